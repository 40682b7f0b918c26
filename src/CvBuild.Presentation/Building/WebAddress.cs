using System.Text;

namespace CvBuild.Presentation.Building;

/// <summary>
/// Web addresses as the outputs write them: every character RFC 3986 does not allow in a URI is
/// percent-encoded (§2.1, UTF-8 bytes per §2.5), so "&lt;" in a DOI cannot end a plain-text "&lt;…&gt;" and
/// a PDF link annotation holds a valid URI.
/// </summary>
public static class WebAddress
{
    // RFC 3986 §2.2 reserved and §2.3 unreserved characters; '%' is kept where it already starts an escape.
    private const string Allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=";

    /// <summary>An address given by the CV, with only the characters a URI cannot hold encoded.</summary>
    public static string Encode(string url) => Escape(url, Allowed, keepEscapes: true);

    /// <summary>https://doi.org/ and the DOI as one path: '?', '#' and '%' of the DOI name are data, so encoded too (DOI Handbook §2.5.2.4).</summary>
    public static string Doi(string doi) => "https://doi.org/" + Escape(doi, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/@!$&'()*+,;=", keepEscapes: false);

    /// <summary>The arXiv abstract page of an identifier.</summary>
    public static string Arxiv(string id) => "https://arxiv.org/abs/" + Encode(id);

    /// <summary>A mailto: address (RFC 6068).</summary>
    public static string Mail(string email) => "mailto:" + Encode(email);

    private static string Escape(string text, string allowed, bool keepEscapes)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (allowed.Contains(c) || (keepEscapes && c == '%' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2])))
            {
                sb.Append(c);
                continue;
            }
            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            foreach (var b in Encoding.UTF8.GetBytes(text.Substring(i, width))) sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            i += width - 1;
        }
        return sb.ToString();
    }
}

using System.Text;

namespace CvBuild.Html;

/// <summary>
/// Text and attribute values as HTML carries them. The CV is untrusted input, so every character HTML gives a
/// meaning to is written as a character reference (HTML Living Standard §13.1.4 and §13.1.2.3): a title holding
/// "&lt;script&gt;" stays text. Characters HTML forbids in a document (controls other than whitespace,
/// noncharacters, lone surrogates; §13.2.5 parse errors) become U+FFFD.
/// </summary>
public static class HtmlText
{
    /// <summary>Text fit for element content and for a double-quoted attribute value alike.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n': sb.Append(c); break;
                case '\r': sb.Append('\n'); break;
                case < ' ' or (>= '\u007F' and <= '\u009F') or '\uFDD0' or (> '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF':
                    sb.Append('\uFFFD');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The address if a link may point there, else null: only http, https and mailto, so a CV cannot put a
    /// <c>javascript:</c> or <c>data:</c> address behind a reader's click. A relative address has no scheme and is
    /// refused too: the page is one file and has nothing beside it to point to. The scheme is compared as
    /// RFC 3986 §3.1 defines it (letters, then letters, digits, '+', '-', '.'; case-insensitive).
    /// </summary>
    public static string? LinkTarget(string? url)
    {
        if (url is null) return null;
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        var scheme = url[..colon];
        if (!char.IsAsciiLetter(scheme[0]) || !scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return null;
        return scheme.ToLowerInvariant() switch
        {
            "http" or "https" => url.Length > colon + 3 && url.AsSpan(colon + 1).StartsWith("//") ? url : null,
            "mailto" => url.Length > colon + 1 ? url : null,
            _ => null,
        };
    }

    /// <summary>The host a web address leads to ("arxiv.org"), or null for a mail address or one without a host.</summary>
    public static string? Host(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.IdnHost.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : null;
}

using System.Text;
using System.Text.RegularExpressions;

namespace CvBuild.Text.Markdown;

/// <summary>
/// Makes data safe to place in GitHub-flavoured Markdown: a title with '*', '_' or '[' must read as those
/// characters, not start emphasis or a link. Backslash escapes are valid before any ASCII punctuation,
/// so escaping more than strictly needed is harmless.
/// </summary>
public static partial class MarkdownEscaper
{
    /// <summary>Escapes inline text: emphasis, links, code, HTML, tables, strikethrough and entities.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '*' or '_' or '[' or ']' or '`' or '<' or '>' or '|' or '~':
                    sb.Append('\\').Append(c);
                    break;
                case '&' when EntityLike().IsMatch(text.AsSpan(i)):
                    sb.Append("\\&");
                    break;
                case '\n' or '\r' or '\t':
                    // Inline text is one line; a raw newline could start a heading or a list.
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// A composed line must not begin with something block-level: "# ", "- ", "+ ", "1. ", "=" or "> ".
    /// Only the start of a line matters for these, so they are escaped there alone.
    /// </summary>
    public static string EscapeLineStart(string line)
    {
        var m = BlockStart().Match(line);
        if (!m.Success) return line;
        var at = m.Groups["mark"].Index;
        return line[..at] + "\\" + line[at..];
    }

    /// <summary>Link destinations: spaces and parentheses would end the destination early.</summary>
    public static string Url(string url) =>
        url.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);

    [GeneratedRegex(@"^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex EntityLike();

    // Leading spaces, then a heading, list, quote, thematic break or setext underline marker.
    [GeneratedRegex(@"^ {0,3}(?:(?<mark>[#+=-])|\d{1,9}(?<mark>[.)])(?=\s|$))")]
    private static partial Regex BlockStart();
}

using System.Globalization;
using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.Core.Reading;

/// <summary>
/// Screens every YAML scalar for characters that are not text, before anything else sees it, so the model
/// never holds them and no output (text, Markdown, BibTeX, the PDF's text layer) can carry them.
/// <list type="bullet">
/// <item>Error: C0 controls other than tab and line feed (NUL, BEL, ESC, CR written as "\r"...), DEL, C1
/// controls (U+0080–U+009F) and lone surrogates. They are never part of a name or title; an ESC sequence
/// pasted from a terminal rewrites the screen of whoever prints the output. The user must remove them.</item>
/// <item>Warning, and removed: the bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
/// cvbuild lays out right-to-left text by the Unicode bidi algorithm itself; an explicit override only
/// makes text display in another order than it is stored (Trojan Source, CVE-2021-42574). Removing it
/// leaves the text in its true order, so reading can go on.</item>
/// </list>
/// Tabs and line breaks stay: block scalars (abstracts) use them. Left-to-right and right-to-left marks
/// (U+200E, U+200F, U+061C) stay too: they only nudge neutral characters and are common in Arabic and Hebrew.
/// </summary>
public static class TextScreen
{
    /// <summary>C0 controls other than tab and line feed, DEL and C1 controls: never text.</summary>
    public static bool IsForbidden(char c) =>
        (c < 0x20 && c is not ('\t' or '\n')) || c is >= '\u007F' and <= '\u009F';

    /// <summary>Bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>
    /// The value without forbidden or bidi control characters, each kind reported once, at the first such
    /// character as <paramref name="at"/> places character i of the value in the file.
    /// </summary>
    internal static string Clean(string value, Func<int, SourceSpan> at, DiagnosticBag diagnostics)
    {
        if (!NeedsCleaning(value)) return value;
        var sb = new StringBuilder(value.Length);
        int forbidden = 0, bidi = 0, firstForbidden = -1, firstBidi = -1;
        char forbiddenChar = '\0', bidiChar = '\0';
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
                continue;
            }
            if (IsForbidden(c) || char.IsSurrogate(c))
            {
                if (forbidden++ == 0) (firstForbidden, forbiddenChar) = (i, c);
                continue;
            }
            if (IsBidiControl(c))
            {
                if (bidi++ == 0) (firstBidi, bidiChar) = (i, c);
                continue;
            }
            sb.Append(c);
        }
        if (forbidden > 0)
            diagnostics.Error(at(firstForbidden), $"this value holds {Name(forbiddenChar)} at character {firstForbidden + 1}{More(forbidden)}; " +
                "control characters are not text (remove it; a copy from a terminal or a PDF can bring them)");
        if (bidi > 0)
            diagnostics.Warning(at(firstBidi), $"this value holds the bidirectional formatting character {Name(bidiChar)} at character {firstBidi + 1}{More(bidi)}; " +
                "it was removed, since it would make the text display in another order than it is written");
        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> PrintableAscii =
        System.Buffers.SearchValues.Create("\t\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Whether <see cref="Clean"/> would change the value: it holds a forbidden character or a bidi control.</summary>
    internal static bool NeedsCleaning(string value)
    {
        // Nearly every scalar is printable ASCII, which a vectorised search settles at once.
        var other = value.AsSpan().IndexOfAnyExcept(PrintableAscii);
        if (other < 0) return false;
        foreach (var c in value.AsSpan(other))
            if (IsForbidden(c) || char.IsSurrogate(c) || IsBidiControl(c)) return true;
        return false;
    }

    private static string More(int count) => count > 1 ? $" (and {count - 1} more)" : "";

    /// <summary>"U+001B (ESCAPE)"-style name of a screened character, for messages.</summary>
    public static string Name(char c)
    {
        var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        var name = c switch
        {
            '\0' => "NUL",
            '\a' => "BEL",
            '\b' => "BACKSPACE",
            '\r' => "CARRIAGE RETURN",
            '\u001B' => "ESC",
            '\u007F' => "DEL",
            '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
            '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
            '\u202C' => "POP DIRECTIONAL FORMATTING",
            '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
            '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
            '\u2066' => "LEFT-TO-RIGHT ISOLATE",
            '\u2067' => "RIGHT-TO-LEFT ISOLATE",
            '\u2068' => "FIRST STRONG ISOLATE",
            '\u2069' => "POP DIRECTIONAL ISOLATE",
            _ when char.IsSurrogate(c) => "a lone surrogate",
            _ when c >= 0x80 => "a C1 control",
            _ => "a control character",
        };
        return $"{code} ({name})";
    }
}

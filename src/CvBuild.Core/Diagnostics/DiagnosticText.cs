using System.Globalization;
using System.Text;

namespace CvBuild.Core.Diagnostics;

/// <summary>
/// Makes text from an input safe to print on a terminal. A value, key or path quoted in a message comes
/// from a file someone else may have written: an ESC sequence in it can retitle the terminal or rewrite
/// what was printed before, and a bidi override (Trojan Source, CVE-2021-42574) can make the message
/// read differently from what it says. Such characters are shown as \u001B-style escapes instead.
/// </summary>
public static class DiagnosticText
{
    /// <summary>
    /// True for what must never reach a terminal raw: C0 controls (tab and newline included: a message is
    /// one line), DEL, C1 controls, the bidi embeddings, overrides, isolates and marks (UAX #9 §2), the
    /// line and paragraph separators, and lone surrogates.
    /// </summary>
    public static bool IsUnsafe(char c) =>
        c < 0x20 || c is >= '\u007F' and <= '\u009F'
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || char.IsSurrogate(c);

    /// <summary>The text with every unsafe character written \uXXXX; anything else unchanged.</summary>
    public static string Escape(string text)
    {
        var first = FirstUnsafe(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            // A well-formed surrogate pair is an ordinary astral character (an emoji, a CJK extension).
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            AppendEscaped(sb, c);
        }
        return sb.ToString();
    }

    internal static void AppendEscaped(StringBuilder sb, char c)
    {
        if (IsUnsafe(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        else sb.Append(c);
    }

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (IsUnsafe(c)) return i;
        }
        return -1;
    }
}

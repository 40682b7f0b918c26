using System.Globalization;
using System.Text;
using CvBuild.Core.Writing;

namespace CvBuild.Text.PlainText;

/// <summary>
/// Turns text into plain ASCII for mail bodies and old terminals: typographic punctuation becomes its
/// ASCII spelling, accented letters lose their accents, ligature letters are spelled out, and anything
/// still not ASCII becomes '?' (rare for Latin-script CVs, which is the point of the tables below).
/// </summary>
public static class AsciiTransliterator
{
    private static readonly Dictionary<int, string> Table = new()
    {
        ['ß'] = "ss", ['ẞ'] = "SS", ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE",
        ['ø'] = "o", ['Ø'] = "O", ['đ'] = "d", ['Đ'] = "D", ['ð'] = "d", ['Ð'] = "D", ['ł'] = "l", ['Ł'] = "L",
        ['þ'] = "th", ['Þ'] = "Th", ['ı'] = "i", ['ħ'] = "h", ['Ħ'] = "H", ['ŋ'] = "ng", ['ĸ'] = "k",
        ['—'] = "--", ['–'] = "-", ['‐'] = "-", ['‑'] = "-", ['‒'] = "-", ['−'] = "-", ['―'] = "--",
        ['“'] = "\"", ['”'] = "\"", ['„'] = "\"", ['‟'] = "\"", ['″'] = "\"", ['«'] = "<<", ['»'] = ">>",
        ['‘'] = "'", ['’'] = "'", ['‚'] = "'", ['‛'] = "'", ['′'] = "'", ['‹'] = "<", ['›'] = ">",
        ['…'] = "...", ['•'] = "*", ['·'] = ".", ['×'] = "x", ['÷'] = "/", ['±'] = "+/-",
        ['≤'] = "<=", ['≥'] = ">=", ['≠'] = "!=", ['≈'] = "~", ['→'] = "->", ['←'] = "<-", ['↔'] = "<->",
        ['©'] = "(c)", ['®'] = "(R)", ['™'] = "(TM)", ['°'] = " deg", ['§'] = "S", ['¶'] = "P",
        ['€'] = "EUR", ['£'] = "GBP", ['¥'] = "JPY", ['¢'] = "c",
        ['\u00A0'] = " ", ['\u2002'] = " ", ['\u2003'] = " ", ['\u2009'] = " ", ['\u202F'] = " ", ['\u2007'] = " ",
        ['\u200B'] = "", ['\u200C'] = "", ['\u200D'] = "", ['\u00AD'] = "", ['\uFEFF'] = "",
        ['¡'] = "!", ['¿'] = "?", ['ª'] = "a", ['º'] = "o", ['¹'] = "1", ['²'] = "2", ['³'] = "3",
        ['½'] = "1/2", ['¼'] = "1/4", ['¾'] = "3/4",
        ['α'] = "alpha", ['β'] = "beta", ['γ'] = "gamma", ['δ'] = "delta", ['ε'] = "epsilon", ['θ'] = "theta",
        ['λ'] = "lambda", ['μ'] = "mu", ['π'] = "pi", ['σ'] = "sigma", ['τ'] = "tau", ['φ'] = "phi", ['ω'] = "omega",
        ['ﬁ'] = "fi", ['ﬂ'] = "fl", ['ﬀ'] = "ff", ['ﬃ'] = "ffi", ['ﬄ'] = "ffl", ['Ĳ'] = "IJ", ['ĳ'] = "ij",
    };

    public static string Transliterate(string text)
    {
        if (IsAscii(text)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                sb.Append((char)rune.Value);
                continue;
            }
            if (Table.TryGetValue(rune.Value, out var mapped))
            {
                sb.Append(mapped);
                continue;
            }
            if (rune.IsBmp && AccentTable.BaseLetters.TryGetValue((char)rune.Value, out var letter))
            {
                sb.Append(letter);
                continue;
            }
            sb.Append(StripMarks(rune));
        }
        return sb.ToString();
    }

    // A lone combining mark (e + U+0301) disappears, its letter already written; anything else has no ASCII spelling.
    private static string StripMarks(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark
            ? "" : "?";

    private static bool IsAscii(string text)
    {
        foreach (var c in text) if (c > 0x7F) return false;
        return true;
    }
}

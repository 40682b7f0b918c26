using System.Globalization;
using System.Text;

namespace CvBuild.Text.Wrapping;

/// <summary>
/// How many terminal columns a string takes: East Asian wide and fullwidth characters take two,
/// combining marks and format characters none. Plain-text wrapping must count columns, not chars,
/// or a CJK title overflows and "é" written as e + combining acute looks two columns wide.
/// </summary>
public static class DisplayWidth
{
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += Of(rune);
        return width;
    }

    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x20 || (value >= 0x7F && value < 0xA0)) return 0;
        if (value < 0x300) return 1;
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
                return 0;
        }
        if (value is >= 0x1160 and <= 0x11FF) return 0; // Hangul medial vowels and final consonants join the syllable.
        return IsWide(value) ? 2 : 1;
    }

    // The wide and fullwidth blocks of Unicode's East Asian Width property (W and F), in ranges.
    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
        or >= 0x231A and <= 0x231B
        or >= 0x2329 and <= 0x232A
        or >= 0x2E80 and <= 0x303E
        or >= 0x3041 and <= 0x33FF
        or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF
        or >= 0xA000 and <= 0xA4CF
        or >= 0xA960 and <= 0xA97F
        or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF
        or >= 0xFE10 and <= 0xFE19
        or >= 0xFE30 and <= 0xFE6F
        or >= 0xFF00 and <= 0xFF60
        or >= 0xFFE0 and <= 0xFFE6
        or >= 0x1F300 and <= 0x1F64F
        or >= 0x1F900 and <= 0x1F9FF
        or >= 0x20000 and <= 0x2FFFD
        or >= 0x30000 and <= 0x3FFFD;

    /// <summary>The text followed by spaces up to the given width (never truncated).</summary>
    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));

    public static string PadLeft(string text, int width) => new string(' ', Math.Max(0, width - Of(text))) + text;
}

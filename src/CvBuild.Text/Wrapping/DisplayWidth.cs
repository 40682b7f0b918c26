using System.Globalization;
using System.Text;
using Wcwidth;

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

    /// <summary>
    /// Columns of one code point per UAX #11 East_Asian_Width (W and F take two; Unicode 15.0, the version of the
    /// layout engine's tables, through the Wcwidth package's data); controls, combining marks, format characters and
    /// Hangul medial vowels and final consonants (which join the syllable before them) take none.
    /// </summary>
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
        if (value is >= 0x1160 and <= 0x11FF) return 0;
        return Math.Max(0, UnicodeCalculator.GetWidth(value, Unicode.Version_15_0_0));
    }

    /// <summary>The text followed by spaces up to the given width (never truncated).</summary>
    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));

    public static string PadLeft(string text, int width) => new string(' ', Math.Max(0, width - Of(text))) + text;
}

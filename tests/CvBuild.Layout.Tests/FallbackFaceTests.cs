using CvBuild.Layout.Tests.Support;
using UglyToad.PdfPig;

namespace CvBuild.Layout.Tests;

/// <summary>Which bundled face draws a character the text's own family lacks, and which characters none can draw.</summary>
public sealed class FallbackFaceTests
{
    private static string FontOf(string text, TextStyle style, string character)
    {
        var pdf = new Document { Fonts = TestFonts.Library, Content = new RichText(text, style) }.Render();
        using var document = PdfDocument.Open(pdf);
        var letter = document.GetPage(1).Letters.First(l => l.Value == character);
        return letter.FontName ?? "";
    }

    [Theory]
    [InlineData("√", "DejaVuSerif-Italic")]
    [InlineData("≤", "DejaVuSerif-Italic")]
    public void Math_symbols_in_an_italic_serif_line_come_from_an_italic_serif(string symbol, string face) =>
        Assert.EndsWith(face, FontOf($"x {symbol} y", TestFonts.Serif.WithItalic(), symbol));

    [Fact]
    public void Math_symbols_in_a_bold_sans_line_come_from_a_bold_sans() =>
        Assert.EndsWith("DejaVuSans-Bold", FontOf("x √ y", TestFonts.Sans.WithBold(), "√"));

    [Theory]
    [InlineData("김민준", "김")]
    [InlineData("王小明", "王")]
    [InlineData("山田 たろう", "た")]
    public void Hangul_kana_and_ideographs_in_bold_text_use_a_real_bold_cut(string text, string character) =>
        Assert.EndsWith("NanumGothicBold", FontOf(text, TestFonts.Serif.WithBold(), character));

    [Theory]
    [InlineData("김민준", "김", "NanumGothic")]
    [InlineData("王小明", "王", "DroidSansFallback")]
    public void Hangul_and_ideographs_in_regular_text_use_a_regular_cut(string text, string character, string face) =>
        Assert.EndsWith(face, FontOf(text, TestFonts.Serif, character));

    [Fact]
    public void Uncovered_characters_are_reported_with_their_index_and_code_point()
    {
        var found = TestFonts.Library.FindUncovered("a\uE000 𝔄 Ꭰ\U000F0000", TestFonts.Serif);
        Assert.Equal([new UncoveredCharacter(1, 0xE000), new UncoveredCharacter(6, 0x13A0), new UncoveredCharacter(7, 0xF0000)], found);
        Assert.Equal("U+E000", found[0].Notation);
    }

    [Fact]
    public void Spaces_line_ends_and_format_controls_need_no_glyph() =>
        Assert.Empty(TestFonts.Library.FindUncovered("a b\n\u200D\u00A0\uFE0F\u2060", TestFonts.Sans));
}

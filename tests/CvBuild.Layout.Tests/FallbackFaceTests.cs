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

    [Fact]
    public void Hangul_in_bold_text_uses_a_real_bold_cut() =>
        Assert.EndsWith("NanumGothicBold", FontOf("김민준", TestFonts.Serif.WithBold(), "김"));

    // 张, 伟, 数, 学 and 邓 are simplified forms outside KS X 1001's hanja (the old bold cut); 働 and 込 are kanji made in Japan.
    [Theory]
    [InlineData("张伟", "张")]
    [InlineData("数据科学", "数")]
    [InlineData("邓小平", "邓")]
    [InlineData("王小明", "王")]
    [InlineData("山田 たろう", "た")]
    [InlineData("カタカナ", "カ")]
    [InlineData("働き込む", "働")]
    [InlineData("「数据」", "「")]
    public void Kana_ideographs_and_cjk_punctuation_in_bold_text_use_a_real_bold_cut(string text, string character)
    {
        Assert.EndsWith("NotoSansCJKsc-Bold", FontOf(text, TestFonts.Serif.WithBold(), character));
        Assert.EndsWith("NotoSansCJKsc-Bold", FontOf(text, TestFonts.Sans.WithBold().WithItalic(), character));
    }

    [Theory]
    [InlineData("张伟", "张")]
    [InlineData("山田 たろう", "た")]
    public void Kana_and_ideographs_in_regular_and_italic_text_keep_the_regular_cut(string text, string character)
    {
        Assert.EndsWith("DroidSansFallback", FontOf(text, TestFonts.Serif, character));
        Assert.EndsWith("DroidSansFallback", FontOf(text, TestFonts.Serif.WithItalic(), character));
    }

    [Fact]
    public void A_rare_ideograph_the_bold_cut_lacks_comes_from_the_regular_cut_in_bold_text()
    {
        const int rare = 0x9F98; // 龘 (dá): in the regular fallback but in none of the character sets the bold cut keeps.
        var bold = TestFonts.Sans.WithBold();
        Assert.EndsWith("DroidSansFallback", FontOf("a \u9F98 b", bold, "\u9F98"));
        Assert.True(TestFonts.Library.Covers(rare, bold));
    }

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

using CvBuild.Layout.Tests.Support;
using UglyToad.PdfPig;

namespace CvBuild.Layout.Tests;

public sealed class TextExtractionTests
{
    private static byte[] Render(params string[] paragraphs) =>
        Pdfs.Doc(new Column(paragraphs.Select(p => (Element)new RichText(p, TestFonts.Serif)))).Render();

    [Fact]
    public void Ligatures_extract_as_their_letters()
    {
        var pdf = Render("We did finetuning in the office, affluent and fluffy.");
        var text = Pdfs.AllText(pdf);
        Assert.Contains("finetuning", text);
        Assert.Contains("office,", text);
        Assert.Contains("affluent", text);
        Assert.DoesNotContain("\uFB01", text);
        Assert.DoesNotContain("\uFB03", text);
    }

    [Fact]
    public void Ligatures_are_really_drawn_as_ligature_glyphs()
    {
        var face = TestFonts.Library.Resolve(TestFonts.Serif);
        var shaped = TestFonts.Library.Shaper.Shape(face, "finetuning");
        // "fi" becomes one glyph, so ten letters give nine glyphs.
        Assert.Equal(9, shaped.Count);
    }

    [Theory]
    [InlineData("Müller")]
    [InlineData("Ångström")]
    [InlineData("Chloé")]
    [InlineData("Dvořák")]
    [InlineData("Łódź")]
    public void Accented_words_extract_intact(string word)
    {
        var pdf = Render($"Worked with {word} on things.");
        Assert.Contains(word, Pdfs.AllText(pdf));
    }

    [Fact]
    public void Decomposed_accents_stay_with_their_letter()
    {
        var pdf = Render("Chloe\u0301 wrote it.");
        Assert.Contains("Chloe\u0301 wrote", Pdfs.AllText(pdf));
    }

    [Fact]
    public void Greek_and_Cyrillic_words_extract()
    {
        var pdf = Render("Καλημέρα κόσμε and Привет мир.");
        var text = Pdfs.AllText(pdf);
        Assert.Contains("Καλημέρα", text);
        Assert.Contains("Привет", text);
    }

    [Fact]
    public void Cjk_text_renders_with_the_cjk_fallback_font()
    {
        var pdf = Render("Hello 你好世界 world");
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        var cjk = letters.Where(l => l.Value == "你").ToList();
        Assert.NotEmpty(cjk);
        Assert.Contains("DroidSansFallback", cjk[0].FontName);
        Assert.Contains("NotoSerif", letters.First(l => l.Value == "H").FontName);
        Assert.Contains("你好世界", Pdfs.AllText(pdf));
    }

    [Fact]
    public void Symbols_missing_from_the_main_font_come_from_a_symbol_fallback()
    {
        const string symbol = "\u2A01"; // N-ary circled plus: in DejaVu Sans and Noto Sans Math, not in Noto Serif.
        Assert.False(TestFonts.Library.Resolve(TestFonts.Serif).HasGlyph(0x2A01));
        var pdf = Render($"Direct sum {symbol} here");
        using var document = PdfDocument.Open(pdf);
        var letter = document.GetPage(1).Letters.First(l => l.Value == symbol);
        Assert.Matches("DejaVu|NotoSansMath", letter.FontName);
    }

    [Fact]
    public void All_fonts_are_embedded_truetype()
    {
        var pdf = Render("Text in Noto with 你好 and \u2A01.");
        var raw = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.DoesNotContain("/Type3", raw);
        Assert.Equal(3, CountOccurrences(raw, "/FontFile2"));
    }

    [Fact]
    public void Embedded_fonts_are_subset_to_the_glyphs_used()
    {
        // The CJK fallback alone is 4 MB; subset to a handful of glyphs the whole PDF stays small.
        var pdf = Render("Text in Noto with 你好 and \u2A01.");
        Assert.True(pdf.Length < 150_000, $"{pdf.Length} bytes");
    }

    [Fact]
    public void Superscript_text_is_smaller_and_raised()
    {
        var text = new RichText { { "x", TestFonts.Serif }, { "2", TestFonts.Serif.WithSuperscript() } };
        var pdf = Pdfs.Doc(text).Render();
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        var x = letters.Single(l => l.Value == "x");
        var two = letters.Single(l => l.Value == "2");
        Assert.True(two.PointSize < x.PointSize);
        Assert.True(two.StartBaseLine.Y > x.StartBaseLine.Y + 2);
    }

    private static int CountOccurrences(string haystack, string needle)
    {
        var count = 0;
        for (var i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = haystack.IndexOf(needle, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}

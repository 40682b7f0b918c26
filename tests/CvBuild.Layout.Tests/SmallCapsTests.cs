using CvBuild.Layout.Tests.Support;
using CvBuild.Layout.Text;
using CvBuild.TestSupport;

namespace CvBuild.Layout.Tests;

/// <summary>
/// Small capitals: the face's own (OpenType smcp through HarfBuzz) where it has one for the letter, else capitals at a
/// smaller size; the text layer keeps the letters as written. Noto Serif and Noto Sans (every cut) have small capitals
/// for Basic Latin, Latin-1 and Latin Extended-A; Greek, Cyrillic and the rest of Latin are synthesised.
/// </summary>
public sealed class SmallCapsTests
{
    private static readonly TextStyle Serif = TestFonts.Serif;

    private static ShapedParagraph Shape(string text, TextStyle style) => ShapedParagraph.Create([new TextSpan(text, style)], 1.2f, TestFonts.Library);

    private static ushort GlyphAt(ShapedParagraph paragraph, int index)
    {
        var run = paragraph.Runs.Single(r => r.Start <= index && index < r.End);
        return run.Shaped.Glyphs[Array.IndexOf(run.Shaped.Clusters, index - run.Start)];
    }

    [Theory]
    [InlineData(FontFamilies.Serif, false, false)]
    [InlineData(FontFamilies.Serif, true, true)]
    [InlineData(FontFamilies.Sans, true, false)]
    [InlineData(FontFamilies.Sans, false, true)]
    public void A_bundled_latin_face_draws_its_own_small_capitals(string family, bool bold, bool italic)
    {
        var style = Serif with { FontFamily = family, Bold = bold, Italic = italic };
        var plain = Shape("Research", style);
        var upper = Shape("RESEARCH", style);
        var small = Shape("Research", style with { SmallCaps = true });
        Assert.Single(small.Runs);
        Assert.Equal(style.Size, small.Runs[0].FontSize);
        for (var i = 1; i < "Research".Length; i++)
        {
            Assert.NotEqual(GlyphAt(plain, i), GlyphAt(small, i));
            Assert.NotEqual(GlyphAt(upper, i), GlyphAt(small, i));
        }
        // The capital R is the same glyph.
        Assert.Equal(GlyphAt(plain, 0), GlyphAt(small, 0));
    }

    [Theory]
    [InlineData("Αλφα")]
    [InlineData("Дата")]
    [InlineData("Mǎ")]
    public void A_letter_without_a_small_capital_is_a_smaller_capital(string word)
    {
        var small = Shape(word, Serif with { SmallCaps = true });
        var upper = Shape(word.ToUpperInvariant(), Serif);
        var lower = small.Runs.Single(r => r.Start == 1);
        Assert.Equal(Serif.Size * TextStyle.SmallCapsScale, lower.FontSize, 3);
        Assert.Equal(Serif.Size, small.Runs.Single(r => r.Start == 0).FontSize);
        for (var i = 1; i < word.Length; i++) Assert.Equal(GlyphAt(upper, i), GlyphAt(small, i));
        // The paragraph's text, which the PDF's text layer carries, is still as written.
        Assert.Equal(word, small.Text);
    }

    [ToolFact("pdftotext")]
    public void Small_capitals_extract_in_the_case_they_were_written()
    {
        var pdf = Pdfs.Doc(new Column(new RichText("Research Interests, Αλφα and Дата", Serif with { SmallCaps = true }))).Render();
        var path = Path.Combine(Path.GetTempPath(), $"smallcaps-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var (exit, text, _) = ExternalTools.Run("pdftotext", ["-enc", "UTF-8", path, "-"]);
            Assert.Equal(0, exit);
            Assert.Contains("Research Interests, Αλφα and Дата", text);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

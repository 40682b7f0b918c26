using CvBuild.Layout.Tests.Support;
using CvBuild.Layout.Text;

namespace CvBuild.Layout.Tests.Bidi;

/// <summary>
/// A word cut into spans (a bold owner's name, a link) is shaped with the text around it as context, so Arabic letters
/// keep their joining forms across the cut.
/// </summary>
public sealed class JoiningAcrossSpansTests
{
    private static readonly TextStyle Sans = TestFonts.Sans;

    /// <summary>The glyph drawn for each character that starts a cluster, in logical order.</summary>
    private static List<(int Char, ushort Glyph)> Glyphs(params TextSpan[] spans)
    {
        var paragraph = ShapedParagraph.Create(spans, 1.2f, TestFonts.Library);
        return [.. paragraph.Runs
            .SelectMany(r => Enumerable.Range(0, r.Shaped.Count).Select(g => (Char: r.Start + r.Shaped.Clusters[g], Glyph: r.Shaped.Glyphs[g])))
            .OrderBy(x => x.Char).ThenBy(x => x.Glyph)];
    }

    [Theory]
    [InlineData("محمد", 2)]
    [InlineData("العربية", 3)]
    [InlineData("العربية", 1)]
    [InlineData("كتاب جديد", 4)]
    [InlineData("Dr. سعيد", 6)]
    public void A_word_split_across_two_spans_is_drawn_with_the_glyphs_of_the_whole_word(string text, int cut)
    {
        var whole = Glyphs(new TextSpan(text, Sans));
        var split = Glyphs(new TextSpan(text[..cut], Sans), new TextSpan(text[cut..], Sans, "https://example.org"));
        Assert.Equal(whole, split);
    }

    [Fact]
    public void A_bold_half_of_a_word_still_joins_with_the_regular_half()
    {
        const string word = "محمد";
        var bold = Sans.WithBold();
        var split = Glyphs(new TextSpan(word[..2], Sans), new TextSpan(word[2..], bold));
        // Each half takes the forms the whole word gives its letters in that weight, not the isolated or final ones.
        var regularWhole = Glyphs(new TextSpan(word, Sans));
        var boldWhole = Glyphs(new TextSpan(word, bold));
        Assert.Equal(regularWhole.Where(g => g.Char < 2), split.Where(g => g.Char < 2));
        Assert.Equal(boldWhole.Where(g => g.Char >= 2), split.Where(g => g.Char >= 2));
        // And the cut is visible without context: shaped alone, the first half ends in a final form.
        Assert.NotEqual(regularWhole.Where(g => g.Char < 2), Glyphs(new TextSpan(word[..2], Sans)));
    }
}

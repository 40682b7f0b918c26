using CvBuild.Layout.Hyphenation;
using CvBuild.Layout.Tests.Support;
using CvBuild.Layout.Text;

namespace CvBuild.Layout.Tests;

/// <summary>Knuth–Plass breaking: fits the width, never loops, avoids runts, and beats first fit on evenness.</summary>
public sealed class TotalFitBreakingTests
{
    private static ShapedParagraph Shape(string text, bool justify = false, BreakingMethod method = BreakingMethod.TotalFit, string? language = null) =>
        ShapedParagraph.Create([new TextSpan(text, TestFonts.Serif)], 1.2f, TestFonts.Library,
            new ParagraphSettings(justify, method, Hyphenator.ForLanguage(language)));

    private static List<string> LinesOf(ShapedParagraph p, float width) => p.Lines(width).Select(l => p.Text[l.Start..l.End]).ToList();

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, null)]
    [InlineData(true, "en")]
    [InlineData(false, "de")]
    public void Lines_cover_the_text_in_order_and_fit_the_width(bool justify, string? language)
    {
        var random = new Random(99);
        string[] pieces = ["a", "word", "internationalization", " ", " ", " ", " ", "-", "—", "https://example.org/path/to/page",
            "Müller", "你好", "e\u0301", "(", ")", ",", "\u00A0", "supercalifragilisticexpialidocious", "\n", "representational", "\U0001F600"];
        for (var iteration = 0; iteration < 300; iteration++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 80)).Select(_ => pieces[random.Next(pieces.Length)]));
            var width = (float)(15 + random.NextDouble() * 300);
            var p = Shape(text, justify, language: language);
            var position = 0;
            foreach (var line in p.Lines(width))
            {
                Assert.Equal(position, line.Start);
                Assert.True(line.Next > line.Start, "no progress");
                // Justified lines may shrink their spaces by a third.
                var shrink = justify ? p.SpaceShrink(line.Start, line.End) : 0;
                Assert.True(line.Width - shrink <= width + 0.01f || line.End - line.Start <= 2 || !line.Hyphenated && IsUnbreakable(p, line),
                    $"'{text[line.Start..line.End]}' is {line.Width} > {width}");
                position = line.Next;
            }
            Assert.Equal(text.Length, position);
        }
    }

    // An overfull piece with no break inside: first fit splits it between clusters.
    private static bool IsUnbreakable(ShapedParagraph p, TextLine line) =>
        !p.Candidates.Any(c => c.Position > line.Start && c.Position < line.End);

    [Fact]
    public void A_single_word_is_not_left_alone_on_the_last_line()
    {
        const string text = "Tensor programs and infinite width limits of deep networks: a unified view of Tensor Analysis";
        var p = Shape(text);
        // The width at which first fit leaves "Analysis" alone.
        var width = p.Measure(0, text.LastIndexOf(' ')) + 2;
        var firstFit = LinesOf(Shape(text, method: BreakingMethod.FirstFit), width);
        Assert.Equal("Analysis", firstFit[^1]);
        var totalFit = LinesOf(p, width);
        Assert.Contains(' ', totalFit[^1]);
        Assert.Equal(2, totalFit.Count);
    }

    [Fact]
    public void Total_fit_sets_justified_lines_more_evenly_than_first_fit()
    {
        var text = string.Join(' ', SampleParagraph);
        const float width = 180;
        double Worst(BreakingMethod method)
        {
            var p = Shape(text, justify: true, method: method);
            var lines = p.Lines(width);
            // The largest stretch of a space on a line other than the last, as a multiple of its width.
            return lines.Take(lines.Count - 1).Max(l => (width - l.Width) / Math.Max(p.SpaceStretch(l.Start, l.End), 0.01));
        }
        Assert.True(Worst(BreakingMethod.TotalFit) < Worst(BreakingMethod.FirstFit),
            $"total fit's loosest line {Worst(BreakingMethod.TotalFit):F2}, first fit's {Worst(BreakingMethod.FirstFit):F2}");
    }

    [Fact]
    public void A_piece_wider_than_the_line_falls_back_to_splitting_it()
    {
        const string text = "see Pneumonoultramicroscopicsilicovolcanoconiosis here";
        var lines = LinesOf(Shape(text), 60);
        Assert.True(lines.Count >= 3);
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Forced_breaks_start_new_paragraphs_each_broken_on_its_own()
    {
        var lines = LinesOf(Shape("one two three\nfour five six seven\n\nend"), 1000);
        Assert.Equal(["one two three", "four five six seven", "", "end"], lines);
    }

    [Fact]
    public void Hyphenation_is_used_only_when_it_pays()
    {
        // Wide lines of short words need no hyphen even when hyphenation is on.
        var p = Shape(string.Join(' ', SampleParagraph), justify: false, language: "en");
        Assert.DoesNotContain(p.Lines(400), l => l.Hyphenated);
    }

    private static readonly string[] SampleParagraph =
    [
        "We", "study", "how", "the", "width", "of", "a", "neural", "network", "changes", "what", "it", "learns,", "and", "show",
        "that", "in", "the", "limit", "of", "infinite", "width", "training", "follows", "a", "simple", "kernel", "regime", "whose",
        "behaviour", "can", "be", "predicted", "before", "any", "training", "is", "done;", "we", "then", "ask", "which", "parts",
        "of", "this", "picture", "survive", "at", "finite", "width", "and", "measure", "them", "on", "real", "data.",
    ];
}

using CvBuild.Layout.Tests.Support;
using CvBuild.Layout.Text;
using UglyToad.PdfPig;

namespace CvBuild.Layout.Tests;

public sealed class LineBreakingTests
{
    private static ShapedParagraph Shape(string text, TextStyle? style = null) =>
        ShapedParagraph.Create([new TextSpan(text, style ?? TestFonts.Serif)], 1.2f, TestFonts.Library);

    private static List<string> LinesOf(string text, float width)
    {
        var p = Shape(text);
        return p.Lines(width).Select(l => text[l.Start..l.End]).ToList();
    }

    [Fact]
    public void Lines_never_exceed_the_width_for_random_text()
    {
        var random = new Random(1234);
        string[] pieces = ["a", "word", "finetuning", " ", " ", " ", "-", "—", "–", "https://example.org/path/to/some/page", "Müller",
            "你好", "Καλημέρα", "e\u0301", "(", ")", ",", ".", "\u00A0", "supercalifragilisticexpialidocious", "\n", "/", "\U0001F600",
            "שלום", "محمد العلي", "\u202B", "\u2067", "١٩٨٧"];
        for (var iteration = 0; iteration < 300; iteration++)
        {
            var count = random.Next(1, 60);
            var text = string.Concat(Enumerable.Range(0, count).Select(_ => pieces[random.Next(pieces.Length)]));
            var width = (float)(20 + random.NextDouble() * 300);
            var p = Shape(text);
            var lines = p.Lines(width);
            var position = 0;
            foreach (var line in lines)
            {
                Assert.Equal(position, line.Start);
                Assert.True(line.Width <= width + 0.01f || IsSingleCluster(text, line), $"'{text[line.Start..line.End]}' is {line.Width} > {width}");
                Assert.True(line.Next > line.Start, "no progress");
                Assert.True(text[line.End..line.Next].All(c => c is ' ' or '\n'), "only spaces or a newline may be dropped");
                position = line.Next;
            }
            Assert.Equal(text.Length, position);
        }
    }

    private static bool IsSingleCluster(string text, TextLine line) =>
        System.Globalization.StringInfo.ParseCombiningCharacters(text[line.Start..line.End]).Length <= 1;

    [Fact]
    public void A_word_longer_than_the_line_is_broken_rather_than_overflowing()
    {
        const string word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
        var lines = LinesOf(word, 60);
        Assert.True(lines.Count > 2);
        Assert.Equal(word, string.Concat(lines));
    }

    [Fact]
    public void Long_urls_break_after_slashes()
    {
        const string url = "https://example.org/research/publications/2024/finetuning-large-language-models";
        var lines = LinesOf(url, 150);
        Assert.True(lines.Count >= 2);
        Assert.Equal(url, string.Concat(lines));
        Assert.All(lines.SkipLast(1), l => Assert.True(l.EndsWith('/') || l.EndsWith('-'), l));
    }

    [Fact]
    public void Breaks_come_after_spaces_and_hyphens_but_never_before_closing_punctuation()
    {
        const string text = "well-known (test), ok!";
        var breaks = LineBreaker.Analyze(text);
        var allowed = Enumerable.Range(0, text.Length + 1).Where(i => breaks[i] != BreakKind.None).ToArray();
        // After "well-", before "(test)," (not inside it, not before ")" or ","), before "ok!" and at the end.
        Assert.Equal([5, 11, 19, 22], allowed);
    }

    [Fact]
    public void No_break_at_no_break_space()
    {
        var breaks = LineBreaker.Analyze("10\u00A0km");
        Assert.All(breaks[1..^1], b => Assert.Equal(BreakKind.None, b));
    }

    [Fact]
    public void Cjk_text_breaks_between_ideographs()
    {
        var lines = LinesOf("研究者として大規模言語モデルの微調整に取り組んだ。", 60);
        Assert.True(lines.Count >= 3);
        Assert.All(lines.Skip(1), l => Assert.NotEqual('。', l[0]));
    }

    [Fact]
    public void A_newline_forces_a_break()
    {
        Assert.Equal(["first", "second"], LinesOf("first\nsecond", 500));
    }

    [Fact]
    public void Justified_lines_fill_the_width_except_the_last()
    {
        var paragraph = new RichText(SampleText.Lorem(8, 7), TestFonts.Serif) { Alignment = TextAlignment.Justify };
        var pdf = Pdfs.Doc(paragraph).Render();
        Pdfs.Save(pdf, "justified");
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var lines = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key).ToList();
        Assert.True(lines.Count >= 3);
        var right = page.Width - 56.6929;
        foreach (var line in lines.SkipLast(1))
        {
            var lineRight = line.Max(l => l.EndBaseLine.X);
            Assert.InRange(lineRight, right - 0.6, right + 0.6);
            Assert.InRange(line.Min(l => l.StartBaseLine.X), 56.6929 - 0.6, 56.6929 + 0.6);
        }
        Assert.True(lines[^1].Max(l => l.EndBaseLine.X) < right - 5);
    }

    [Fact]
    public void Ragged_lines_stay_within_the_content_area()
    {
        var pdf = Pdfs.Doc(new RichText(SampleText.Lorem(20, 3) + " https://example.org/a/very/long/url/that/does/not/fit/on/one/line/at/all/ever/really/truly", TestFonts.Serif)).Render();
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.All(page.Letters, l => Assert.True(l.EndBaseLine.X <= page.Width - 56.6929 + 0.5, $"{l.Value} at {l.EndBaseLine.X}"));
    }

    [Fact]
    public void Hanging_indent_puts_the_label_in_the_margin_of_the_first_line()
    {
        var item = new RichText(SampleText.Lorem(5), TestFonts.Serif) { HangingIndent = 24, Label = new TextSpan("[12]", TestFonts.Serif) };
        var pdf = Pdfs.Doc(item).Render();
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var label = letters.First(l => l.Value == "[");
        Assert.InRange(label.StartBaseLine.X, 56.0, 57.5);
        var body = letters.Where(l => l.Value != "[" && l.Value != "]" && l.Value != "1" && l.Value != "2");
        Assert.All(body, l => Assert.True(l.StartBaseLine.X >= 56.6929 + 24 - 0.5));
    }

    private static int[] Opportunities(string text)
    {
        var breaks = LineBreaker.Analyze(text);
        return Enumerable.Range(1, text.Length - 1).Where(i => breaks[i] != BreakKind.None).ToArray();
    }

    [Fact]
    public void Page_ranges_with_a_hyphen_stay_together_but_an_en_dash_may_break_after()
    {
        // UAX #14 LB25: "12-15" is one number; LB21 and LB31: an en dash (BA) allows a break after it.
        Assert.Empty(Opportunities("12-15"));
        Assert.Equal([3], Opportunities("12\u201315"));
    }

    [Fact]
    public void Prices_and_percentages_stay_with_their_numbers()
    {
        // LB25: prefix and postfix symbols and the separators inside numbers; only the spaces (LB18) allow breaks.
        Assert.Equal([7, 10], Opportunities("$1,000 at 5.5%"));
    }

    [Fact]
    public void Emoji_modifiers_and_flags_are_never_split()
    {
        // LB30b: a skin-tone modifier after its base; LB30a: regional indicators pair into flags, two flags may part.
        Assert.Empty(Opportunities("\U0001F44D\U0001F3FD"));
        Assert.Equal([4], Opportunities("\U0001F1E9\U0001F1EA\U0001F1EB\U0001F1F7"));
    }

    [Fact]
    public void Hangul_syllables_break_between_syllables_and_words()
    {
        // LB26/LB31: precomposed Hangul syllables (H2, H3) allow a break between them; the space allows one after it.
        Assert.Equal([1, 3], Opportunities("김민 준"));
    }

    [Fact]
    public void A_slash_outside_a_url_follows_uax14_and_inside_a_url_the_tailoring_adds_breaks_after_dots()
    {
        // Plain text: UAX #14 allows a break after '/' before a letter (SY, LB31) but keeps "example.org" together (LB29).
        Assert.Equal([4], Opportunities("and/or"));
        Assert.Empty(Opportunities("example.org"));
        // In a URL the tailoring adds breaks after '.', and "//" is never split.
        var url = "https://example.org/2024";
        var breaks = Opportunities(url);
        Assert.Contains(url.IndexOf(".org", StringComparison.Ordinal) + 1, breaks);
        Assert.Contains(url.IndexOf("2024", StringComparison.Ordinal), breaks);
        Assert.DoesNotContain(url.IndexOf("//", StringComparison.Ordinal) + 1, breaks);
    }

    [Fact]
    public void A_no_break_span_stays_on_one_line_while_the_text_around_it_wraps()
    {
        TextSpan[] spans =
        [
            new("Authors: Ada Lovelace, ", TestFonts.Serif),
            new("Given0172 Author0172", TestFonts.Serif) { NoBreak = true },
            new(", Charles Babbage and others", TestFonts.Serif),
        ];
        var p = ShapedParagraph.Create(spans, 1.2f, TestFonts.Library);
        var name = p.Text.IndexOf("Given0172", StringComparison.Ordinal);
        // From the narrowest line that can hold the name (narrower ones must split it) to one that holds all but a word.
        for (var width = p.Measure(name, name + "Given0172 Author0172".Length) + 0.5f; width < 260f; width += 3f)
        {
            var lines = p.Lines(width);
            Assert.True(lines.Count > 1);
            // No line may start inside the name ("Author0172" never begins a line on its own).
            Assert.DoesNotContain(lines, l => l.Start > name && l.Start < name + "Given0172 Author0172".Length);
        }
    }

    [Fact]
    public void A_no_break_span_wider_than_the_line_is_still_split_rather_than_overflowing()
    {
        var p = ShapedParagraph.Create([new TextSpan("Pneumonoultramicroscopic silicovolcanoconiosis", TestFonts.Serif) { NoBreak = true }],
            1.2f, TestFonts.Library);
        Assert.All(p.Lines(50), l => Assert.True(l.Width <= 50.01f, $"{l.Width}"));
    }
}

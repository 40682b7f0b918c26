using CvBuild.Layout.Tests.Pdf;
using CvBuild.Layout.Tests.Support;
using CvBuild.Layout.Text;
using CvBuild.Layout.Unicode;
using CvBuild.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CvBuild.Layout.Tests.Bidi;

/// <summary>
/// Right-to-left and mixed lines end to end: spans in, PDF out, read back with PdfPig (positions) and pdftotext
/// (what a reader copying text gets).
/// </summary>
public sealed class RightToLeftLayoutTests
{
    private static readonly TextStyle Sans = TestFonts.Sans;

    private static byte[] Render(string text, TextStyle? style = null, float? width = null)
    {
        Element content = new RichText(text, style ?? Sans);
        return Pdfs.Doc(width is { } w ? new Row().Fixed(w, content) : content).Render();
    }

    private static List<Letter> Letters(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseActualText = true });
        return document.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
    }

    private static double X(List<Letter> letters, string value) => letters.Single(l => l.Value == value).StartBaseLine.X;

    [Fact]
    public void First_logical_word_of_a_right_to_left_line_is_placed_right_of_the_second()
    {
        // "שלום עתיד": the first word (starting with shin) must be read first, so it sits at the right.
        var letters = Letters(Render("שלום עתיד"));
        Assert.True(X(letters, "ש") > X(letters, "ע"), "first word left of the second");
        // Inside a word the letters run right to left too: shin, vav, final mem of the first word.
        Assert.True(X(letters, "ש") > X(letters, "ו") && letters.Where(l => l.Value == "ם").All(m => m.StartBaseLine.X < X(letters, "ש")));
    }

    [Fact]
    public void Arabic_letters_are_shaped_in_their_joining_forms()
    {
        const string word = "محمد";
        var joined = Shape(word).Runs.Single().Shaped.Glyphs;
        var isolated = word.Select(c => Shape(c.ToString()).Runs.Single().Shaped.Glyphs.Single()).Reverse().ToArray();
        Assert.Equal(4, joined.Length);
        // Initial meem, medial hah, final meem (the dal at the end cannot join forward, so it keeps its final form).
        Assert.NotEqual(isolated[3], joined[3]);
        Assert.NotEqual(isolated[2], joined[2]);
        Assert.NotEqual(isolated[1], joined[1]);
    }

    [Fact]
    public void Arabic_inside_a_left_to_right_paragraph_is_joined_too()
    {
        var paragraph = Shape("Author: محمد العلي");
        var mixed = paragraph.Runs.First(r => r.IsRightToLeft && paragraph.Text[r.Start..r.End] == "محمد");
        var alone = Shape("محمد").Runs.Single();
        Assert.Equal(alone.Shaped.Glyphs, mixed.Shaped.Glyphs);
        var isolated = "محمد".Select(c => Shape(c.ToString()).Runs.Single().Shaped.Glyphs.Single()).Reverse().ToArray();
        Assert.NotEqual(isolated, mixed.Shaped.Glyphs);
    }

    [Fact]
    public void Numbers_in_a_right_to_left_line_read_left_to_right()
    {
        // UAX #9 W7/I2: European digits after Arabic letters keep their own order, and the number sits left of the word.
        var letters = Letters(Render("سنة 1987"));
        Assert.True(X(letters, "1") < X(letters, "9") && X(letters, "8") < X(letters, "7"));
        Assert.True(X(letters, "7") < letters.Where(l => l.Value[0] >= '\u0600').Min(l => l.StartBaseLine.X));
    }

    [Fact]
    public void Arabic_indic_digits_read_left_to_right_inside_arabic()
    {
        // Arabic-Indic digits are AN: level 2 in a right-to-left paragraph, so "١٩٨٧" keeps its order (I1, L2).
        var letters = Letters(Render("عام ١٩٨٧"));
        Assert.True(X(letters, "١") < X(letters, "٩") && X(letters, "٩") < X(letters, "٨") && X(letters, "٨") < X(letters, "٧"));
    }

    [Theory]
    [InlineData(TextAlignment.Start, true)]
    [InlineData(TextAlignment.End, false)]
    [InlineData(TextAlignment.Justify, true)]
    [InlineData(TextAlignment.Left, false)]
    public void Start_end_and_justified_last_lines_follow_the_paragraph_direction(TextAlignment alignment, bool atRight)
    {
        var left = 56.6929;
        foreach (var (text, rightToLeft) in new[] { ("שלום עולם", true), ("Hello world", false) })
        {
            var pdf = Pdfs.Doc(new RichText(text, Sans) { Alignment = alignment }).Render();
            using var document = PdfDocument.Open(pdf);
            var page = document.GetPage(1);
            var right = page.Width - left;
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            // Start and Justify put a right-to-left line at the right, a left-to-right one at the left; End the other way.
            var expectRight = rightToLeft ? atRight : alignment is TextAlignment.End;
            if (expectRight)
            {
                Assert.InRange(letters.Max(l => l.EndBaseLine.X), right - 0.6, right + 0.6);
            }
            else
            {
                Assert.InRange(letters.Min(l => l.StartBaseLine.X), left - 0.6, left + 0.6);
            }
        }
    }

    [Fact]
    public void A_left_to_right_line_with_hebrew_and_a_number_is_ordered_by_the_bidi_algorithm()
    {
        // Logical: "Title: שלום עולם 1987, done". Displayed: "Title: 1987 עולם שלום, done".
        var letters = Letters(Render("Title: שלום עולם 1987, done"));
        var title = X(letters, "T");
        var number = X(letters, "1");
        var second = X(letters, "ע");
        var first = X(letters, "ש");
        var done = X(letters, "d");
        Assert.True(title < number && number < second && second < first && first < done,
            $"T {title}, 1987 {number}, עולם {second}, שלום {first}, done {done}");
    }

    [Fact]
    public void A_right_to_left_paragraph_places_latin_names_by_the_bidi_algorithm()
    {
        // The first strong letter is Hebrew, so the paragraph is right to left: "נועה" rightmost, then the Arabic name, then
        // "Noa Cohen", which itself reads left to right.
        var letters = Letters(Render("נועה כהן, محمد العلي, Noa Cohen"));
        var hebrew = X(letters, "נ");
        var arabic = letters.Where(l => l.Value[0] is >= '\u0600' and <= '\u06FF' or >= '\uFE70').Min(l => l.StartBaseLine.X);
        var noa = X(letters, "N");
        var cohen = X(letters, "C");
        Assert.True(noa < cohen && cohen < arabic && arabic < hebrew, $"Noa {noa}, Cohen {cohen}, Arabic {arabic}, Hebrew {hebrew}");
    }

    [Fact]
    public void Brackets_in_right_to_left_text_are_mirrored_and_paired()
    {
        // UAX #9 N0 gives both parentheses the right-to-left level; L4 draws each as its mirror image, so the opening
        // parenthesis (at the right of its content) looks like ")".
        var letters = Letters(Render("العربية (الجزء 2)"));
        var parens = letters.Where(l => l.Value is "(" or ")").OrderBy(l => l.StartBaseLine.X).ToList();
        Assert.Equal(2, parens.Count);
        var digit = X(letters, "2");
        Assert.True(parens[0].StartBaseLine.X < digit && digit < parens[1].StartBaseLine.X);
        var arabic = letters.Where(l => l.Value[0] >= '\u0600').Select(l => l.StartBaseLine.X).ToList();
        Assert.Contains(arabic, x => x < parens[1].StartBaseLine.X);
        Assert.Contains(arabic, x => x > parens[1].StartBaseLine.X);

        // The glyphs themselves: the opening parenthesis, at the right, is drawn as its Bidi_Mirroring_Glyph, i.e. with
        // the outline of ")" (its ink sits left of its origin as in a left-to-right ")"), yet it extracts as "(".
        static double InkOffset(Letter l) => l.BoundingBox.Left - l.StartBaseLine.X;
        var plain = Letters(Render("()"));
        var opening = plain.Single(l => l.Value == "(");
        var closing = plain.Single(l => l.Value == ")");
        Assert.NotEqual(InkOffset(opening), InkOffset(closing), 2);
        Assert.Equal("(", parens[1].Value);
        Assert.Equal(")", parens[0].Value);
        Assert.Equal(InkOffset(closing), InkOffset(parens[1]), 2);
        Assert.Equal(InkOffset(opening), InkOffset(parens[0]), 2);
    }

    [Fact]
    public void Wrapped_right_to_left_paragraph_keeps_its_words_in_reading_order_on_each_line()
    {
        var words = Enumerable.Range(0, 30).Select(i => "מילה" + (char)('א' + i % 22)).ToArray();
        var p = Shape(string.Join(' ', words));
        var lines = p.Lines(120);
        Assert.True(lines.Count > 2);
        Assert.Equal(string.Join(' ', words), string.Join(' ', lines.Select(l => p.Text[l.Start..l.End])));
        var pdf = Render(string.Join(' ', words), width: 120);
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseActualText = true });
        // The text layer lists each line's letters in logical order; every word must start left of the one before it.
        var drawnLines = document.GetPage(1).Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).ToList();
        Assert.Equal(lines.Count, drawnLines.Count);
        foreach (var line in drawnLines)
        {
            var wordStarts = new List<(string Word, double X)>();
            var word = "";
            double start = 0;
            foreach (var letter in line.Append(null))
            {
                if (letter is null || letter.Value == " ")
                {
                    if (word.Length > 0)
                    {
                        wordStarts.Add((word, start));
                    }
                    word = "";
                    continue;
                }
                if (word.Length == 0)
                {
                    start = letter.StartBaseLine.X;
                }
                word += letter.Value;
            }
            Assert.All(wordStarts, w => Assert.Contains(w.Word, words));
            Assert.True(wordStarts.Zip(wordStarts.Skip(1)).All(p => p.First.X > p.Second.X),
                string.Join(", ", wordStarts.Select(w => $"{w.Word}@{w.X:F1}")));
        }
    }

    [Fact]
    public void Hanging_indent_and_label_of_a_right_to_left_paragraph_are_at_the_right()
    {
        var left = 56.6929;
        var item = new RichText("שלום עולם", Sans)
        {
            HangingIndent = 24, Label = new TextSpan("[7]", Sans), Alignment = TextAlignment.Start,
        };
        using var document = PdfDocument.Open(Pdfs.Doc(item).Render());
        var page = document.GetPage(1);
        var right = page.Width - left;
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var label = letters.Where(l => l.Value is "[" or "7" or "]").ToList();
        var body = letters.Except(label).ToList();
        Assert.InRange(label.Max(l => l.EndBaseLine.X), right - 0.6, right + 0.6);
        // The text starts (at the right) where the indent ends.
        Assert.InRange(body.Max(l => l.EndBaseLine.X), right - 24 - 0.6, right - 24 + 0.6);
    }

    [ToolFact("pdftotext")]
    public void Text_layer_keeps_logical_order_for_pdftotext()
    {
        // pdftotext reorders mixed-direction lines by its own heuristics, so this checks single-direction lines; the
        // content order of mixed lines is checked with PdfPig below.
        // Also glyphs that stand for several letters (the lam-alef and lam-yeh ligatures), and clusters of a letter with
        // its marks (shadda, Hebrew points), which extractors place by their glyphs' positions.
        string[] lines =
        [
            "נועה כהן", "אוניברסיטת חיפה", "محمد العلي", "المؤتمر العربي للحوسبة",
            "ليلى حداد", "عمّان الأردن", "لا إله", "שָׁלוֹם כֹּהֵן",
        ];
        var pdf = Pdfs.Doc(new Column(lines.Select(l => (Element)new RichText(l, Sans)))).Render();
        var path = PdfTestKit.TempFile(pdf);
        try
        {
            var result = PdfTestKit.RunTool("pdftotext", "-enc", "UTF-8", path, "-");
            Assert.True(result.ExitCode == 0, result.StdErr);
            // pdftotext wraps right-to-left lines in directional embedding marks; the characters between them are the test.
            var extracted = result.StdOut.Split('\n').Select(StripDirectionalMarks).Select(l => l.Trim('\f'))
                .Where(l => l.Length > 0).ToList();
            Assert.Equal(lines, extracted);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Text_layer_content_order_is_logical_for_mixed_lines()
    {
        const string text = "נועה כהן, محمد العلي, Noa Cohen";
        using var document = PdfDocument.Open(Render(text), new ParsingOptions { UseActualText = true });
        var content = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        Assert.Equal(text, content);
    }

    [Fact]
    public void Random_mixed_direction_paragraphs_keep_every_character_in_logical_order_in_the_text_layer()
    {
        string[] pieces = ["שלום", "עולם", "محمد", "العلي", "Noa", "Cohen", "2024", "١٩٨٧", " ", " ", " ", ", ", ": ", "(", ")", "[", "]",
            "-", "%", "$", "\u202B", "\u202A", "\u202C", "\u2067", "\u2066", "\u2069", "\u200F", "e\u0301", "\U0001F600", "研究"];
        var random = new Random(4711);
        for (var iteration = 0; iteration < 60; iteration++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var pdf = Pdfs.Doc(new Row().Fixed(90, new RichText(text, Sans))).Render();
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseActualText = true });
            var content = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
            Assert.Equal(Visible(text), Visible(content));
        }
    }

    // Spaces and invisible format controls (bidi embeddings and isolates) may or may not appear in the text layer.
    private static string Visible(string s) =>
        new(s.Where(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).ToArray());

    [Fact]
    public void Latin_paragraphs_have_no_bidi_levels()
    {
        var p = Shape("Plain Latin text, 2024 (with numbers).");
        Assert.False(p.HasRightToLeft);
        Assert.All(p.Runs, r => Assert.Equal(0, r.Level));
    }

    private static string StripDirectionalMarks(string s) =>
        new(s.Where(c => c is not (>= '\u202A' and <= '\u202E') and not '\u200E' and not '\u200F').ToArray());

    private static ShapedParagraph Shape(string text) =>
        ShapedParagraph.Create([new TextSpan(text, Sans)], 1.2f, TestFonts.Library);
}

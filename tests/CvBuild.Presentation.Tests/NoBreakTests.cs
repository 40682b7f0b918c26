using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CvBuild.Layout;
using CvBuild.Pdf;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;
using CvBuild.TestSupport;
using CvBuild.Text.Markdown;
using CvBuild.Text.PlainText;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CvBuild.Presentation.Tests;

/// <summary>
/// The no-break rules (a person's name, a venue and its year, "IL, USA", " (virtual)", a link label) are marked once in
/// the presentation document and every output keeps them. Each end-to-end test renders an unseen CV whose entries grow
/// a word at a time, so the line ends sweep across every protected place; the same document with its marks removed
/// does break there (so the widths really reach those places), the document as built never does.
/// </summary>
public sealed partial class NoBreakTests
{
    private static readonly string[] Words = ["on", "Robust", "Learning", "and", "Control", "of", "Large", "Dynamical", "Systems", "in", "Practice", "with", "Guarantees", "for", "Science"];

    /// <summary>An astronomer's CV: talks in "Springfield, IL, USA (virtual)", papers with 60 authors, notes naming "NeurIPS 2025", link labels.</summary>
    internal static string Yaml()
    {
        var sb = new StringBuilder("""
            person:
              name: Ingrid Halvorsen
            publications:

            """);
        // Each step adds a word or a short one, so a line's end moves by a few letters at a time.
        string Grown(int k) => string.Join(" ", Words.Take(k / 2)) + (k % 2 == 1 ? " at" : "");
        for (var k = 0; k < 2 * Words.Length; k++)
        {
            var authors = string.Join(", ", Enumerable.Range(k * 7, k < 6 ? 60 : 3).Select(i => $"Given{i:0000} Author{i:0000}"));
            sb.Append(CultureInfo.InvariantCulture, $"""
                  - kind: journal
                    title: Survey {k}
                    authors: [Ingrid Halvorsen, {authors}]
                    venue: Astrophysical Journal
                    year: 2024
                    awards: [Outstanding paper award at the International Workshop on Theory and Practice {Grown(k)} at NeurIPS 2025 and an oral presentation]
                    links: {"{"}doi: "10.1000/ab{k}{new string('x', k % 16 * 3)}", pdf: "https://example.org/p{k}.pdf", code: "https://example.org/c{k}"{"}"}

                """);
        }
        sb.Append("talks:\n");
        for (var k = 0; k < 2 * Words.Length; k++)
            sb.Append(CultureInfo.InvariantCulture, $"""
                  - date: {1990 + k}
                    event: Colloquium of the Society for Theory and Practice {Grown(k)}
                    location: Springfield, IL, USA
                    virtual: true
                    role: session chair

                """);
        return sb.ToString();
    }

    private static PresentationDocument Marked { get; } = DocumentBuilder.Build(Outputs.Read(Yaml()), new DocumentOptions(), PresentationStrings.English);

    private static PresentationDocument Unmarked { get; } = WithoutMarks(Marked);

    /// <summary>The document with no span kept together: what the outputs would print without the rules.</summary>
    private static PresentationDocument WithoutMarks(PresentationDocument document) =>
        document.WithSectionLines(line => line with { Spans = [.. line.Spans.Select(s => s with { NoBreak = false, NoBreakBefore = false })] });

    /// <summary>Each place where a line ends inside a protected piece: "IL, | USA", "| (virtual)", a name, "NeurIPS | 2025", "| PDF".</summary>
    internal static List<string> BrokenPlaces(IEnumerable<string> lines)
    {
        var all = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var broken = new List<string>();
        for (var i = 1; i < all.Count; i++)
        {
            var (end, start) = (all[i - 1], all[i]);
            if (end.EndsWith(" IL,", StringComparison.Ordinal) && start.StartsWith("USA", StringComparison.Ordinal)) broken.Add($"place: '{end}' | '{start}'");
            if (start.StartsWith("(virtual)", StringComparison.Ordinal)) broken.Add($"(virtual): '{end}' | '{start}'");
            if (GivenAtEnd().IsMatch(end)) broken.Add($"name: '{end}' | '{start}'");
            if (end.EndsWith("NeurIPS", StringComparison.Ordinal) && start.StartsWith("2025", StringComparison.Ordinal)) broken.Add($"venue year: '{end}' | '{start}'");
            if (LabelAtStart().IsMatch(start)) broken.Add($"link label: '{end}' | '{start}'");
        }
        return broken;
    }

    [GeneratedRegex(@"Given\d{4}$")]
    private static partial Regex GivenAtEnd();

    [GeneratedRegex(@"^(?:PDF|code)\b")]
    private static partial Regex LabelAtStart();

    [Fact]
    public void The_document_marks_names_places_virtual_venue_years_and_link_labels()
    {
        var spans = Marked.Sections.SelectMany(s => s.Blocks).SelectMany(Lines).SelectMany(l => l.Spans).ToList();
        Assert.All(spans.Where(s => s.Kind == SpanKind.Person), s => Assert.True(s.NoBreak, s.Text));
        Assert.Contains(spans, s => s is { Text: "IL, USA", NoBreak: true });
        Assert.Contains(spans, s => s is { Text: " (virtual)", NoBreak: true });
        Assert.Contains(spans, s => s is { Text: "NeurIPS 2025", NoBreak: true, Kind: SpanKind.Note });
        Assert.Contains(spans, s => s is { Text: "PDF", NoBreakBefore: true, Kind: SpanKind.Link });
        // Marks only: the text is the CV's, with its ordinary spaces.
        Assert.DoesNotContain(spans, s => s.Text.Contains('\u00A0', StringComparison.Ordinal));
        Assert.Contains("Springfield, IL, USA (virtual)", string.Concat(spans.Select(s => s.Text)), StringComparison.Ordinal);
    }

    private static IEnumerable<Line> Lines(Block block) => block switch
    {
        Entry e => e.Lines,
        NumberedList n => n.Entries.SelectMany(e => e.Lines),
        TextBlock t => [t.Line],
        _ => [],
    };

    [Fact]
    public void Plain_text_at_every_width_never_breaks_inside_a_protected_piece()
    {
        var reached = new HashSet<string>();
        for (var width = 40; width <= 100; width++)
        {
            var options = new PlainTextOptions { Width = width };
            var control = BrokenPlaces(PlainTextRenderer.Render(Unmarked, options).Split('\n'));
            reached.UnionWith(control.Select(c => c[..c.IndexOf(':', StringComparison.Ordinal)]));
            var broken = BrokenPlaces(PlainTextRenderer.Render(Marked, options).Split('\n'));
            Assert.True(broken.Count == 0, $"width {width}:\n" + string.Join("\n", broken));
        }
        Assert.Equal(["(virtual)", "link label", "name", "place", "venue year"], reached.Order());
    }

    [ToolTheory("pdftotext")]
    [InlineData("classic", "(virtual), name, venue year")]
    [InlineData("sidebar", "(virtual), link label, name, place, venue year")]
    public void The_pdf_never_breaks_inside_a_protected_piece_and_its_text_keeps_the_plain_spaces(string theme, string reachedWithoutMarks)
    {
        var options = new PdfOptions { Fonts = Fonts.Value, Design = new Core.Model.Design { Theme = theme } };
        var control = BrokenPlaces(Outputs.PdfToText(CvPdfRenderer.Render(Unmarked, options)).Split('\n'));
        var reached = control.Select(c => c[..c.IndexOf(':', StringComparison.Ordinal)]).Distinct().ToList();
        // Total fit avoids a lone word on a paragraph's last line anyway, so the ties are reached mid-paragraph.
        Assert.Subset(reached.ToHashSet(), reachedWithoutMarks.Split(", ").ToHashSet());
        var text = Outputs.PdfToText(CvPdfRenderer.Render(Marked, options));
        var broken = BrokenPlaces(text.Split('\n'));
        Assert.True(broken.Count == 0, string.Join("\n", broken));
        // Text extraction reads the source's characters: ordinary spaces, no no-break space.
        Assert.Contains("Springfield, IL, USA (virtual)", Outputs.Fold(text), StringComparison.Ordinal);
        Assert.Contains("Given0001 Author0001", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u00A0', text);
    }

    private static readonly Lazy<FontLibrary> Fonts = new(() => FontLibrary.Load(FontLibrary.DefaultDirectory));

    [Fact]
    public void Markdown_does_not_wrap_so_each_protected_piece_is_on_its_line_and_a_split_tie_stays_in_its_emphasis()
    {
        var markdown = MarkdownRenderer.Render(Marked, new MarkdownOptions());
        Assert.Equal(2 * Words.Length, Regex.Count(markdown, @"^- Colloquium of the Society[^\n]*, Springfield, IL, USA \(virtual\)[^\n]*$", RegexOptions.Multiline));
        Assert.Empty(BrokenPlaces(markdown.Split('\n')));
        // The note is one emphasis although the tie "NeurIPS 2025" is a span of its own.
        Assert.Contains("*Outstanding paper award at the International Workshop on Theory and Practice on Robust at NeurIPS 2025 and an oral presentation*", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain('\u00A0', markdown);
    }

    [Fact]
    public void Html_keeps_each_protected_piece_in_a_nowrap_span_and_its_text_is_the_source_text()
    {
        var html = Encoding.UTF8.GetString(Outputs.Render(Outputs.Read(Yaml()), "html"));
        Assert.Contains(".nobreak{white-space:nowrap}", html, StringComparison.Ordinal);
        Assert.Contains(", <span class=\"nobreak\">IL, USA</span><span class=\"nobreak\"> (virtual)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"nobreak\">Given0001 Author0001</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"nobreak\"><em>NeurIPS 2025</em></span>", html, StringComparison.Ordinal);
        // The space before a label goes inside, or the browser could break after it.
        Assert.Matches(",<span class=\"nobreak\"> <a href=\"https://example.org/p0.pdf\">PDF", html);
        // Copy and paste, search and a screen reader get the CV's characters.
        var text = Outputs.HtmlText(Encoding.UTF8.GetBytes(html));
        Assert.Contains("Practice on Robust, Springfield, IL, USA (virtual)", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u00A0', html);
    }

    // Spans a builder makes: words, years, places, commas, and some already kept whole or linked.
    private static Arbitrary<List<Span>> SpanLists() =>
        (from text in Gen.Elements("NeurIPS", "2025", "1999", "ICML", " ", ", ", "CA", "USA", "U.K.", "Oxford", "of", "x9", "’s", "Zürich", "-")
             .ListOf().Select(parts => string.Concat(parts))
         from kind in Gen.Elements(SpanKind.Text, SpanKind.Venue, SpanKind.Note, SpanKind.Date, SpanKind.Person)
         from mark in Gen.Elements(0, 1, 2, 3)
         select new Span(text, kind) { NoBreak = mark == 1, Url = mark == 2 ? "https://x.org/" : null })
        .ListOf().Select(l => l.ToList()).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Ties_keep_the_text_and_every_span_and_only_add_no_break() =>
        Prop.ForAll(SpanLists(), spans =>
        {
            var tied = NoBreakTies.Apply(spans);
            Assert.Equal(string.Concat(spans.Select(s => s.Text)), string.Concat(tied.Select(s => s.Text)));
            // Each span becomes consecutive pieces of itself that differ from it at most in NoBreak, set and never cleared;
            // a link, a span already kept whole and a date stay one piece.
            var k = 0;
            foreach (var span in spans)
            {
                var length = 0;
                var pieces = 0;
                do
                {
                    var piece = tied[k++];
                    Assert.Equal(span with { Text = piece.Text, NoBreak = piece.NoBreak }, piece);
                    Assert.True(piece.NoBreak || !span.NoBreak);
                    length += piece.Text.Length;
                    pieces++;
                }
                while (length < span.Text.Length);
                if (span.Url is not null || span.NoBreak || span.Kind == SpanKind.Date) Assert.Equal(1, pieces);
            }
            Assert.Equal(tied.Count, k);
        });

    [Theory]
    [InlineData("Best paper, NeurIPS 2025", "NeurIPS 2025")]
    [InlineData("Cupertino, CA, USA", "CA, USA")]
    [InlineData("Oxford, UK", "Oxford, UK")]
    [InlineData("the class of 1999", "of 1999")]
    public void A_tie_becomes_a_no_break_span_of_its_own(string text, string tie)
    {
        var spans = NoBreakTies.Apply([new Span(text, SpanKind.Venue)]);
        Assert.Equal(text, string.Concat(spans.Select(s => s.Text)));
        Assert.Equal([tie], spans.Where(s => s.NoBreak).Select(s => s.Text));
        Assert.All(spans, s => Assert.Equal(SpanKind.Venue, s.Kind));
    }

    [Fact]
    public void A_date_with_a_tie_is_kept_whole_not_split()
    {
        var spans = NoBreakTies.Apply([new Span("4 déc. 2023", SpanKind.Date)]);
        Assert.Equal([new Span("4 déc. 2023", SpanKind.Date) { NoBreak = true }], spans);
    }

    [Fact]
    public void A_line_without_ties_is_the_same_list()
    {
        IReadOnlyList<Span> spans = [new("Deep nets", SpanKind.Title), Span.Plain(", "), new("Princeton University", SpanKind.Venue)];
        Assert.Same(spans, NoBreakTies.Apply(spans));
    }
}

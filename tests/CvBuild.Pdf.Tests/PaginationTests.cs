using System.Text.RegularExpressions;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Document;

namespace CvBuild.Pdf.Tests;

/// <summary>Page breaks a typesetter would accept: no heading stranded at a page foot, no entry torn in two.</summary>
public sealed class PaginationTests
{
    public static TheoryData<string, string, double, int?> Layouts() => new()
    {
        { "classic", "a4", 10, null },
        { "classic", "letter", 11, null },
        { "modern", "a4", 9, null },
        { "modern", "letter", 10.5, null },
        { "classic", "a4", 12, 2021 },
        { "modern", "a4", 11, 2022 },
        { "compact", "a4", 10, null },
        { "compact", "letter", 9, 2021 },
        { "sidebar", "a4", 10, null },
        { "sidebar", "letter", 11, null },
        { "banded", "a4", 10, null },
        { "banded", "letter", 11.5, 2020 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_heading_is_never_the_last_line_on_a_page(string theme, string size, double fontSize, int? since)
    {
        var cv = Repo.LoadExample();
        cv = cv with { Settings = cv.Settings with { Design = cv.Settings.Design with { FontSize = fontSize } } };
        var options = new DocumentOptions { Since = since };
        var bytes = Render.Pdf(cv, options, cv.Settings.Design with { Theme = theme, PageSize = size });
        var headings = Headings(Render.Document(cv, options));

        using var pdf = PdfFile.Open(bytes);
        Assert.True(pdf.NumberOfPages > 1);
        foreach (var page in pdf.GetPages())
        {
            var body = PdfText.Lines(page).Where(l => !l.Text.Contains("\u2014 page", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(body);
            Assert.False(headings.Contains(body[^1].Text), $"page {page.Number} ends with the heading '{body[^1].Text}'");
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_publication_is_not_split_across_pages(string theme, string size, double fontSize, int? since)
    {
        var cv = Repo.LoadExample();
        cv = cv with { Settings = cv.Settings with { Design = cv.Settings.Design with { FontSize = fontSize } } };
        var options = new DocumentOptions { Since = since };
        using var pdf = PdfFile.Open(Render.Pdf(cv, options, cv.Settings.Design with { Theme = theme, PageSize = size }));
        // Hyphens are dropped on both sides: a word hyphenated at a line end must still count as found.
        var pages = pdf.GetPages().Select(p => Unhyphenated(PdfText.Squeeze(string.Concat(p.Letters.Select(l => l.Value))))).ToList();
        var papers = Render.Document(cv, options).Sections.Single(s => s.Id == SectionIds.Publications).Blocks
            .OfType<NumberedList>().SelectMany(l => l.Entries).ToList();
        Assert.Equal(cv.Publications.Count(p => p.Year >= (since ?? 0)), papers.Count);
        foreach (var paper in papers)
        {
            // Title, authors and venue line, in the theme's drawing order: all of it must be found on one page.
            var lines = CvBuild.Pdf.Sections.EntryLayout.Arrange(CvBuild.Pdf.Theming.BuiltInThemes.Get(theme), paper.Lines);
            var entry = Unhyphenated(PdfText.Squeeze(string.Concat(lines.Take(3).Select(l => l.PlainText))));
            Assert.True(pages.Count(page => page.Contains(entry, StringComparison.Ordinal)) == 1, $"'{paper.Lines[0].PlainText}' is split or missing");
        }
    }

    private static string Unhyphenated(string text) => text.Replace("-", "", StringComparison.Ordinal);

    [Theory]
    [InlineData(1, 9.0)]
    [InlineData(2, 10.0)]
    [InlineData(3, 11.5)]
    public void Many_short_groups_never_strand_a_group_heading(int seed, double fontSize)
    {
        // Small groups of varied entry lengths put group headings at every possible height on the page.
        var random = new Random(seed);
        var kinds = Enum.GetValues<PublicationKind>();
        var groups = kinds.Select(k => new PublicationGroup($"Group of {k}", [k])).ToList();
        var publications = Enumerable.Range(0, 90).Select(i => new Publication
        {
            Kind = kinds[random.Next(kinds.Length)],
            Title = $"Paper {i} " + string.Join(" ", Enumerable.Repeat("on learning", random.Next(2, 12))),
            Authors = [new Author("Ada Lovelace", random.Next(4) == 0), new Author("Alan Turing")],
            Venue = new Venue("V", "Venue of Things"),
            Year = 2000 + i % 25,
        }).ToList();
        var cv = new Cv
        {
            Person = new Person { Name = "Ada Lovelace" },
            Publications = publications,
            Settings = new DocumentSettings
            {
                SectionOrder = [SectionIds.Publications],
                PublicationGroups = groups,
                Design = new Design { FontSize = fontSize },
            },
        };
        using var pdf = PdfFile.Open(Render.Pdf(cv));
        var headings = Headings(Render.Document(cv));
        Assert.True(pdf.NumberOfPages > 3);
        foreach (var page in pdf.GetPages())
        {
            var body = PdfText.Lines(page).Where(l => !l.Text.Contains("\u2014 page", StringComparison.Ordinal)).ToList();
            Assert.False(headings.Contains(body[^1].Text), $"page {page.Number} ends with '{body[^1].Text}'");
            Assert.False(Regex.IsMatch(body[0].Text, @"^(Ada Lovelace\*?, Alan Turing|Venue of Things)"), $"page {page.Number} starts inside an entry: '{body[0].Text}'");
        }
    }

    /// <summary>
    /// Cases/14-orphan-section-heading.yaml (from the reported case): "Publications" fell at a page foot while its
    /// group heading and first paper began the next page. The section heading, group heading and first paper share a page.
    /// </summary>
    [Theory]
    [InlineData("classic", "a4")]
    [InlineData("classic", "letter")]
    [InlineData("modern", "a4")]
    [InlineData("modern", "letter")]
    public void A_section_heading_stays_with_its_group_heading_and_first_entry(string theme, string size)
    {
        var read = CvReader.ReadFile(Path.Combine(Repo.Root, "tests", "CvBuild.Pdf.Tests", "Cases", "14-orphan-section-heading.yaml"));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var cv = read.Cv!;
        using var pdf = PdfFile.Open(Render.Pdf(cv, null, cv.Settings.Design with { Theme = theme, PageSize = size }));
        var headings = Headings(Render.Document(cv));
        Assert.True(pdf.NumberOfPages > 1);
        foreach (var page in pdf.GetPages())
        {
            var body = PdfText.Lines(page).Where(l => !l.Text.Contains("\u2014 page", StringComparison.Ordinal)).ToList();
            Assert.False(headings.Contains(body[^1].Text), $"page {page.Number} ends with the heading '{body[^1].Text}'");
        }
        var pageOf = (string text) => pdf.GetPages().Single(p => PdfText.Lines(p).Any(l => l.Text.Contains(text, StringComparison.Ordinal))).Number;
        Assert.Equal(pageOf("Journal Paper 0"), pageOf("Publications"));
        Assert.Equal(pageOf("Journal Paper 0"), pageOf("Journal Articles"));
    }

    [Theory]
    [InlineData("classic")]
    [InlineData("modern")]
    public void A_long_author_list_never_breaks_inside_a_name(string theme)
    {
        // The document marks each person as no-break; the PDF must keep "Given0172 Author0172" on one line.
        var authors = Enumerable.Range(0, 600).Select(i => new Author($"Given{i:0000} Author{i:0000}")).ToList();
        var cv = new Cv
        {
            Person = new Person { Name = "Given0000 Author0000" },
            Publications = [new Publication { Kind = PublicationKind.Journal, Title = "A paper by many", Authors = authors, Venue = new Venue("V", "Venue"), Year = 2020 }],
            Settings = new DocumentSettings { SectionOrder = [SectionIds.Publications], Design = new Design { Theme = theme } },
        };
        using var pdf = PdfFile.Open(Render.Pdf(cv));
        var lines = pdf.GetPages().SelectMany(PdfText.Lines).Select(l => l.Text).ToList();
        Assert.Contains(lines, l => l.Contains("Given0172 Author0172", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => Regex.IsMatch(l, @"Given\d{4}\*?$") || Regex.IsMatch(l, @"^Author\d{4}"));
    }

    /// <summary>
    /// Every heading line the document has: section headings, group headings, the legend; compared without case, as
    /// a small-capitals theme draws a heading in capitals.
    /// </summary>
    private static HashSet<string> Headings(PresentationDocument document) =>
        document.Sections.Select(s => s.Heading)
            .Concat(document.Sections.SelectMany(s => s.Blocks).OfType<Subheading>().Where(h => h.Kind == SubheadingKind.Group).Select(h => h.Text))
            .Concat(document.Sections.SelectMany(s => s.Blocks).OfType<TextBlock>().Where(t => t.Kind == TextKind.Legend).Select(t => t.Line.PlainText))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}

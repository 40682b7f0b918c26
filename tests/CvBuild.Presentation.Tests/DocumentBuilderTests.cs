using CvBuild.Core.Model;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Tests;

/// <summary>Rules that live in the builder alone and therefore hold in every output.</summary>
public sealed class DocumentBuilderTests
{
    private static readonly Person Ada = new() { Name = "Ada Lovelace" };

    private static PresentationDocument Build(Cv cv, DocumentOptions? options = null, PresentationStrings? strings = null) =>
        DocumentBuilder.Build(cv, options ?? new(), strings ?? PresentationStrings.English);

    private static string Yaml(string body) => "person:\n  name: Ada Lovelace\n" + body;

    [Theory]
    [InlineData(2023, 2023, false, "2023")]
    [InlineData(2019, 2024, false, "2019–2024")]
    [InlineData(2024, null, true, "2024–present")]
    [InlineData(2025, null, false, "2025")]
    public void A_range_within_one_year_prints_that_year_once(int start, int? end, bool ongoing, string worded)
    {
        var period = new Period(new PartialDate(start, 1), end is { } e ? new PartialDate(e, 12) : null, ongoing);
        Assert.Equal(worded, new DateWording(PresentationStrings.English).Years(period));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("pdf")]
    public void A_same_year_position_prints_one_year_in_every_output(string output)
    {
        var cv = Outputs.Read(Yaml("positions:\n  - title: Intern\n    organization: Lab\n    start: 2023-06\n    end: 2023-09\n"));
        var text = output == "pdf" ? Outputs.PdfToText(Outputs.Render(cv, "pdf")) : output == "text" ? Outputs.Text(cv) : Outputs.Markdown(cv);
        Assert.Contains("2023", text);
        Assert.DoesNotContain("2023–2023", text);
    }

    [Fact]
    public void Service_without_items_after_one_with_items_is_its_own_entry_in_text_and_markdown()
    {
        var cv = Outputs.Read(Yaml("service:\n  - role: Reviewer\n    items: [ICML, NeurIPS]\n  - role: Organizer\n    description: Workshop on Theory\n"));
        var text = Outputs.Text(cv).Split('\n');
        Assert.Contains("Organizer", text);
        Assert.Contains("Workshop on Theory", text);
        Assert.Contains("- ICML", text);
        var markdown = Outputs.Markdown(cv).Split('\n');
        // At the margin after a blank line: a paragraph of its own, not a list item under "Reviewer".
        var at = Array.IndexOf(markdown, "**Organizer**\\");
        Assert.True(at > 0 && markdown[at - 1].Length == 0, string.Join("\n", markdown));
    }

    [Fact]
    public void Custom_sections_follow_the_built_in_ones_under_the_default_order_in_every_output()
    {
        var cv = Outputs.Read(Yaml("awards:\n  - year: 2020\n    title: Prize\ncustom_sections:\n  - id: skills\n    heading: Skills\n    entries:\n      - title: Languages\n        text: Python\n"));
        Assert.Equal(["awards", "skills"], Build(cv).Sections.Select(s => s.Id));
        var pdf = Outputs.Fold(Outputs.PdfToText(Outputs.Render(cv, "pdf")));
        Assert.Contains("Skills", pdf);
        Assert.Contains("Languages Python", pdf);
    }

    [Fact]
    public void A_profile_label_replaces_its_address_which_stays_the_link()
    {
        var cv = Outputs.Read(Yaml("  profiles:\n    - network: GitHub\n      url: https://github.com/ada-lovelace-analytical-engine-notes\n      label: ada\n"));
        var pdf = Outputs.Render(cv, "pdf");
        var text = Outputs.PdfToText(pdf);
        Assert.Contains("GitHub: ada", text);
        Assert.DoesNotContain("github.com", text);
        Assert.Contains("https://github.com/ada-lovelace-analytical-engine-notes", Outputs.PdfLinks(pdf));
        Assert.Contains("GitHub: ada <https://github.com/ada-lovelace-analytical-engine-notes>", Outputs.Text(cv));
    }

    [Theory]
    [InlineData("https://orcid.org/0000-0002-1825-0097")]
    [InlineData("https://univ-lyon.academia.edu/HeleneDubois/papers/medieval/merchants/fifteenth/century")]
    public void A_long_profile_address_in_the_pdf_header_breaks_only_between_its_parts(string url)
    {
        var cv = Outputs.Read(Yaml($"  profiles:\n    - network: Profile\n      url: {url}\n"));
        var text = Outputs.PdfToText(Outputs.Render(cv, "pdf"));
        foreach (var part in url.Split(['/', '.', '-', ':'], StringSplitOptions.RemoveEmptyEntries).Where(p => p != "https"))
            Assert.Matches($@"(^|[/.\-:\s]){System.Text.RegularExpressions.Regex.Escape(part)}($|[/.\-:\s])", text);
    }

    [Fact]
    public void Talks_show_title_and_note_in_the_full_cv()
    {
        var cv = Outputs.Read(Yaml("talks:\n  - date: 2023-12-04\n    event: Seminar\n    title: On Engines\n    note: Joint work\n    room: Hall 3\n"));
        var entry = Assert.IsType<Entry>(Build(cv).Sections.Single().Blocks[1]);
        Assert.Equal(["Seminar", "“On Engines”", "Joint work"], entry.Lines.Select(l => l.PlainText));
        // The room belongs to the talks listing.
        Assert.Contains("Room: Hall 3", Build(cv, new DocumentOptions { Variant = CvVariant.Talks }).Sections.Single().Blocks.OfType<Entry>().Single().Lines.Select(l => l.PlainText));
    }

    [Fact]
    public void Publication_details_follow_the_venue_in_one_line()
    {
        var cv = new Cv
        {
            Person = Ada,
            Publications =
            [
                new Publication
                {
                    Kind = PublicationKind.Book, Title = "Notes", Year = 1843, Authors = [new Author("Ada Lovelace")],
                    Edition = "2nd", Volume = "3", Number = "7", Pages = "1–99", Publisher = "Taylor", Institution = "Royal Society",
                    Status = "to appear", Links = new PublicationLinks { Doi = "10.1/x", Arxiv = "1843.0001", Code = "https://example.org/c" },
                },
            ],
        };
        var entry = Build(cv).Sections.Single().Blocks.OfType<NumberedList>().Single().Entries.Single();
        Assert.Equal("Book, 2nd ed., vol. 3, no. 7, pp. 1–99, Taylor, Royal Society, 1843, to appear", entry.Lines[2].PlainText);
        Assert.Equal("arXiv:1843.0001, doi:10.1/x, code", entry.Lines[3].PlainText);
        Assert.Equal(["https://arxiv.org/abs/1843.0001", "https://doi.org/10.1/x", "https://example.org/c"], entry.Lines[3].Spans.Select(s => s.Url).OfType<string>());
    }

    [Theory]
    [InlineData("1–99", "pp. 1–99")]
    [InlineData("12-15", "pp. 12-15")]
    [InlineData("3, 7–9", "pp. 3, 7–9")]
    [InlineData("290", "p. 290")]
    [InlineData("e1002", "p. e1002")]
    public void A_single_page_or_article_number_is_p_and_a_range_is_pp(string pages, string printed)
    {
        var cv = new Cv
        {
            Person = Ada,
            Publications = [new Publication { Kind = PublicationKind.Journal, Title = "T", Year = 2019, Authors = [new Author("Ada Lovelace")], Venue = new Venue(null, "J"), Pages = pages }],
        };
        var entry = Build(cv).Sections.Single().Blocks.OfType<NumberedList>().Single().Entries.Single();
        Assert.Contains(entry.Lines, l => l.PlainText.Contains(", " + printed + ",", StringComparison.Ordinal) || l.PlainText.EndsWith(", " + printed, StringComparison.Ordinal));
    }

    [Fact]
    public void Owner_and_equal_contributors_are_marked_on_the_person_spans()
    {
        var cv = new Cv
        {
            Person = Ada with { Aliases = ["A. Lovelace"] },
            Publications = [new Publication { Kind = PublicationKind.Journal, Title = "T", Year = 1843, Authors = [new Author("A. Lovelace", true), new Author("Charles Babbage", true)] }],
        };
        var people = Build(cv).Sections.Single().Blocks.OfType<NumberedList>().Single().Entries.Single().Lines[1].Spans.Where(s => s.Kind == SpanKind.Person).ToList();
        Assert.Equal([(true, true), (false, true)], people.Select(p => (p.Owner, p.EqualContribution)));
        Assert.Equal("A. Lovelace*, Charles Babbage*", Build(cv).Sections.Single().Blocks.OfType<NumberedList>().Single().Entries.Single().Lines[1].PlainText);
    }

    [Fact]
    public void Patents_are_dated_in_every_output_never_numbered()
    {
        var cv = new Cv { Person = Ada, Patents = [new Patent { Title = "Engine", Year = 1840, Inventors = ["Ada Lovelace"], Office = "GB", Number = "123", Status = PatentStatus.Application }] };
        var entry = Assert.IsType<Entry>(Build(cv).Sections.Single().Blocks.Single());
        Assert.Equal((MarkerKind.Date, "1840"), (entry.Kind, entry.Marker));
        Assert.Equal("GB Patent Application 123", entry.Lines[^1].PlainText);
    }

    [Fact]
    public void Reverse_numbering_counts_down_within_each_group()
    {
        var papers = Enumerable.Range(0, 3).Select(i => new Publication { Kind = PublicationKind.Journal, Title = $"P{i}", Year = 2000 + i, Authors = [new Author("Ada Lovelace")] }).ToList();
        var list = Build(new Cv { Person = Ada, Publications = papers }, new DocumentOptions { Numbering = Numbering.Reverse })
            .Sections.Single().Blocks.OfType<NumberedList>().Single();
        Assert.True(list.Descending);
        Assert.Equal(["3.", "2.", "1."], list.Entries.Select(e => e.Marker));
    }

    [Fact]
    public void Unknown_section_ids_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Build(new Cv { Person = Ada }, new DocumentOptions { Sections = ["educaton"] }));
        Assert.Contains("educaton", ex.Message);
    }
}

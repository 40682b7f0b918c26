using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Tests;

/// <summary>
/// Author marks and their legends (equal-contribution groups, the corresponding author), undated work first,
/// groups by tag and by year, and thesis degrees: decided once in the document, so checked in every full output.
/// </summary>
public sealed class PublicationMarksAndGroupsTests
{
    public static TheoryData<string> FullOutputs() => ["text", "markdown", "html", "pdf classic", "pdf sidebar"];

    private static string Output(Cv cv, string output) => output switch
    {
        "text" => Outputs.Fold(Outputs.Text(cv)),
        "markdown" => Outputs.Fold(Outputs.Unescape(Outputs.Markdown(cv))).Replace("**", "", StringComparison.Ordinal),
        "html" => Outputs.HtmlText(Outputs.Render(cv, "html")),
        _ => Outputs.Fold(Outputs.PdfToText(Outputs.Render(cv, "pdf", options: new() { ["theme"] = output.Split(' ')[1] }))),
    };

    private static PresentationDocument Build(Cv cv) => DocumentBuilder.Build(cv, new DocumentOptions(), PresentationStrings.English);

    private static IEnumerable<string> Texts(PresentationDocument doc) =>
        doc.Sections.SelectMany(s => s.Blocks).SelectMany(b => b switch
        {
            Subheading h => [h.Text],
            TextBlock t => [string.Concat(t.Line.Spans.Select(x => x.Text))],
            Entry e => [string.Concat(e.Lines[0].Spans.Select(x => x.Text))],
            NumberedList l => l.Entries.Select(e => string.Concat(e.Lines[0].Spans.Select(x => x.Text))),
            _ => [],
        });

    private const string Marked = """
        person: {name: Ada Lovelace}
        settings:
          equal_contribution_groups:
            - {mark: "†", legend: "† Co-first authors"}
            - {mark: "‡", legend: "‡ Co-last authors"}
          corresponding_mark: "✉"
        publications:
          - kind: journal
            title: Marked Paper
            authors:
              - {name: Ada Lovelace, equal: true, corresponding: true}
              - {name: Mary Somerville, equal: true}
              - Charles Babbage
              - {name: Augustus De Morgan, equal_group: 2}
              - {name: Michael Faraday, equal_group: 2}
            venue: Nature
            year: 2020
        """;

    [Theory]
    [MemberData(nameof(FullOutputs))]
    public void Each_equal_contribution_group_and_the_corresponding_author_have_their_mark_and_legend(string output)
    {
        var text = Output(Outputs.Read(Marked), output);
        Assert.Contains("† Co-first authors", text);
        Assert.Contains("‡ Co-last authors", text);
        Assert.Contains("✉ corresponding author", text);
        Assert.Contains("Ada Lovelace†✉", text);
        Assert.Contains("Mary Somerville†", text);
        Assert.Contains("Augustus De Morgan‡", text);
        Assert.Contains("Michael Faraday‡", text);
    }

    [Fact]
    public void The_simple_form_keeps_its_star_and_legend_and_a_second_group_gets_its_own_default_mark()
    {
        var cv = Outputs.Read("person: {name: Ada Lovelace}\npublications:\n  - {kind: journal, title: T, authors: [Ada Lovelace*, Mary Somerville*, {name: C B, equal_group: 2}, {name: D E, equal_group: 2}], venue: V, year: 2020}\n");
        var texts = Texts(Build(cv)).ToList();
        Assert.Contains("* denotes equal contribution", texts);
        Assert.Contains("# denotes equal contribution", texts);
        var authors = string.Concat(((NumberedList)Build(cv).Sections[0].Blocks.Last()).Entries[0].Lines[1].Spans.Select(s => s.Text));
        Assert.Equal("Ada Lovelace*, Mary Somerville*, C B#, D E#", authors);
    }

    [Fact]
    public void An_equal_contribution_group_of_one_is_an_error_at_its_author()
    {
        var result = CvReader.Parse("person: {name: Ada Lovelace}\npublications:\n  - {kind: journal, title: T, authors: [Ada Lovelace*, Mary Somerville*, {name: C B, equal_group: 2}], venue: V, year: 2020}\n", "cv.yaml");
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("equal-contribution group 2", StringComparison.Ordinal) && d.Span.Line == 3);
    }

    [Fact]
    public void Undated_work_needs_a_status_and_is_listed_before_dated_work_in_its_group()
    {
        var missing = CvReader.Parse("person: {name: Ada Lovelace}\npublications:\n  - {kind: journal, title: T, authors: [Ada Lovelace], venue: V}\n", "cv.yaml");
        Assert.Contains(missing.Diagnostics, d => d.IsError && d.Message.Contains("'year' (or a 'status'", StringComparison.Ordinal));
        var cv = Outputs.Read("""
            person: {name: Ada Lovelace}
            publications:
              - {kind: journal, title: Dated Old, authors: [Ada Lovelace], venue: V, year: 2019}
              - {kind: journal, title: Dated New, authors: [Ada Lovelace], venue: V, year: 2021}
              - {kind: journal, title: Submitted Work, authors: [Ada Lovelace], venue: V, status: submitted}
            """);
        var text = Outputs.Fold(Outputs.Text(cv));
        Assert.True(text.IndexOf("Submitted Work", StringComparison.Ordinal) < text.IndexOf("Dated Old", StringComparison.Ordinal), text);
        Assert.Contains("V, submitted", text);
        var listing = Outputs.Fold(Outputs.Text(cv, "publications"));
        Assert.True(listing.IndexOf("Submitted Work", StringComparison.Ordinal) < listing.IndexOf("Dated New", StringComparison.Ordinal), listing);
        // --since keeps work not yet published: it is current.
        Assert.Contains("Submitted Work", Outputs.Text(cv, options: new() { ["since"] = 2030 }));
    }

    [Fact]
    public void Groups_by_tag_take_each_paper_once_in_order_and_a_group_without_kinds_or_tags_takes_the_rest()
    {
        var cv = Outputs.Read("""
            person: {name: Ada Lovelace}
            settings:
              publication_groups:
                - {heading: Physics, tags: [physics]}
                - {heading: Computing, kinds: [journal, conference], tags: [Computing], by_year: true}
                - {heading: Other}
            publications:
              - {kind: journal, title: Both Tags, authors: [Ada Lovelace], venue: V, year: 2020, tags: [Physics, computing]}
              - {kind: conference, title: Computing Old, authors: [Ada Lovelace], venue: V, year: 2018, tags: [computing]}
              - {kind: journal, title: Computing New, authors: [Ada Lovelace], venue: V, year: 2022, tags: [computing]}
              - {kind: book, title: Untagged Book, authors: [Ada Lovelace], year: 2021}
            """);
        var texts = Texts(Build(cv)).ToList();
        Assert.Equal(["Physics", "Both Tags", "Computing", "2022", "Computing New", "2018", "Computing Old", "Other", "Untagged Book"], texts);
    }

    [Theory]
    [InlineData("", "Thesis")]
    [InlineData("thesis_type: phd, ", "PhD Thesis")]
    [InlineData("thesis_type: diploma, ", "Diploma Thesis")]
    [InlineData("thesis_type: habilitation, ", "Habilitation Thesis")]
    public void A_thesis_is_called_a_phd_thesis_only_when_it_is_one(string type, string word)
    {
        var cv = Outputs.Read($"person: {{name: Ada Lovelace}}\npublications:\n  - {{kind: thesis, {type}title: T, authors: [Ada Lovelace], institution: TU Wien, year: 2001}}\n");
        var text = Outputs.Fold(Outputs.Text(cv));
        Assert.Contains(word + ", TU Wien, 2001", text);
        if (word != "PhD Thesis") Assert.DoesNotContain("PhD", text);
    }

    [Fact]
    public void Every_new_kind_has_a_default_group_with_a_heading_in_every_locale()
    {
        var kinds = Enum.GetValues<PublicationKind>();
        Assert.All(kinds, k => Assert.Contains(DocumentSettings.DefaultPublicationGroups, g => g.Kinds.Contains(k)));
        foreach (var locale in new[] { "en", "de", "es", "fr", "he", "it", "ja", "nl", "pl", "pt", "zh" })
        {
            var strings = PresentationStrings.BuiltIn(locale)!;
            foreach (var g in DocumentSettings.DefaultPublicationGroups)
                Assert.False(string.IsNullOrWhiteSpace(strings[g.HeadingId!]), $"{locale}: {g.HeadingId}");
        }
    }
}

using System.Text;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Tests;

/// <summary>
/// The person's names and ORCID iD, roles in several periods or known by their end, degree award dates, teaching
/// details and the sections beside the research record, from YAML through the one document to every full output.
/// </summary>
public sealed class PersonAndRecordsOutputTests
{
    private const string Cv = """
        person:
          name: LI Ming
          native_name: 李明
          honorifics: Prof. Dr.
          post_nominals: FRS
          orcid: 0000-0002-1694-233X
        positions:
          - title: Visiting Professor
            organization: Kavli Institute
            start: 2019
            end: present
            periods: [{start: 2001, end: 2004}]
        education:
          - degree: Diploma
            institution: Peking University
            end: 1996
            awarded: 1997-03
        teaching:
          - course: Seismic Tomography
            start: 2015
            level: graduate
            students: 42
            hours: 3 h/week
            description: Lectures with a field week
        publications:
          - kind: journal
            title: Slab Geometry Beneath Tibet
            authors: [Wang Fang, 李明]
            venue: Geophysical Journal International
            year: 2020
        patents:
          - title: Borehole Seismometer Mount
            inventors: [LI Ming]
            number: "11223344"
            office: US
            year: 2022
            assignee: Peking University
        memberships:
          - organization: American Geophysical Union
            role: Fellow
            start: 2012
        media:
          - outlet: Science Friday
            title: Listening to Earthquakes
            date: 2023-05-19
            url: https://example.org/interview
        skills:
          - category: Programming
            items: [Fortran, Python]
        languages:
          - language: Mandarin
            level: native
          - language: German
            level: B2
            note: Goethe-Zertifikat
        """;

    private static readonly Lazy<Core.Model.Cv> Read = new(() => Outputs.Read(Cv));

    /// <summary>What every full output must show, as a reader finds it (whitespace folded).</summary>
    private static readonly string[] Facts =
    [
        "Prof. Dr. LI Ming (李明), FRS", "0000-0002-1694-233X", "2001–2004, 2019–present", "until 1996", "Awarded March 1997",
        "Seismic Tomography", "Graduate, 42 students, 3 h/week", "Lectures with a field week", "Assignee: Peking University",
        "Fellow, American Geophysical Union", "2012–present", "Listening to Earthquakes", "Science Friday, May 19, 2023",
        "Programming: Fortran, Python", "Mandarin: native", "German: B2 (CEFR); Goethe-Zertifikat", "Memberships", "Media Coverage", "Skills", "Languages",
    ];

    public static TheoryData<string> FullOutputs() => new() { "pdf classic", "pdf modern", "pdf compact", "pdf sidebar", "pdf banded", "text", "markdown", "html" };

    private static string ReadOutput(string output) => output switch
    {
        "text" => Outputs.Fold(Outputs.Text(Read.Value)),
        // Emphasis marks split "**Fellow**, *American Geophysical Union*"; this CV has no literal asterisk.
        "markdown" => Outputs.Fold(Outputs.Unescape(Outputs.Markdown(Read.Value)).Replace("*", "", StringComparison.Ordinal)),
        "html" => Outputs.HtmlText(Outputs.Render(Read.Value, "html")),
        _ => PdfText(Outputs.Render(Read.Value, "pdf", options: new() { ["theme"] = output.Split(' ')[1] })),
    };

    private static string PdfText(byte[] pdf) => Outputs.Fold(Outputs.PdfToText(pdf)) + "\n" + string.Join("\n", Outputs.PdfLinks(pdf));

    [Theory]
    [MemberData(nameof(FullOutputs))]
    public void Every_output_prints_the_names_the_orcid_link_the_periods_and_the_new_sections(string output)
    {
        var text = ReadOutput(output);
        var missing = Facts.Where(f => !text.Contains(f, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{output} lacks: {string.Join(" | ", missing)}\n{text}");
        Assert.Contains("https://orcid.org/0000-0002-1694-233X", text);
    }

    [Fact]
    public void The_native_name_in_an_author_list_is_the_owner_and_strong()
    {
        var doc = DocumentBuilder.Build(Read.Value, new(), PresentationStrings.English);
        var authors = doc.Sections.Single(s => s.Id == "publications").Blocks.OfType<NumberedList>().Single().Entries[0].Lines
            .SelectMany(l => l.Spans).Where(s => s.Kind == SpanKind.Person).ToList();
        Assert.Equal([false, true], authors.Select(a => a.Owner));
        Assert.True(authors[1].IsStrong);
    }

    [Fact]
    public void Html_json_ld_names_the_person_plainly_with_honorifics_native_name_and_orcid_as_identifier()
    {
        var html = Encoding.UTF8.GetString(Outputs.Render(Read.Value, "html"));
        Assert.Contains("\"name\":\"LI Ming\"", html);
        Assert.Contains("\"alternateName\":\"李明\"", html);
        Assert.Contains("\"honorificPrefix\":\"Prof. Dr.\"", html);
        Assert.Contains("\"honorificSuffix\":\"FRS\"", html);
        Assert.Contains("\"propertyID\":\"ORCID\"", html);
        Assert.Contains("\"value\":\"0000-0002-1694-233X\"", html);
        Assert.Contains("\"https://orcid.org/0000-0002-1694-233X\"", html);
    }

    [Fact]
    public void Since_keeps_a_role_whose_later_period_is_recent_and_drops_what_ended_before()
    {
        var text = Outputs.Text(Read.Value, options: new() { ["since"] = 2010 });
        Assert.Contains("Visiting Professor", text);
        Assert.DoesNotContain("Peking University", text.Split("Patents")[0]);
        Assert.Contains("Science Friday", text);
    }

    [Fact]
    public void Locales_word_the_open_start_and_the_new_headings()
    {
        var doc = DocumentBuilder.Build(Read.Value, new(), PresentationStrings.BuiltIn("de")!);
        Assert.Equal("bis 1996", doc.Sections.Single(s => s.Id == "education").Blocks.OfType<Entry>().Single().Marker);
        Assert.Contains(doc.Sections, s => s.Heading == "Sprachen");
    }

    [Theory]
    [InlineData("classic", "Zoë Ångström Bartholomew-Fi", "李明 田中太郎")]
    [InlineData("classic", "Zoë Ångström Bartholomew-Fitz", "李明 田中太郎")]
    [InlineData("sidebar", "Ann Bor", "李明")]
    [InlineData("sidebar", "Zoë Zoëx", "李明")]
    public void The_name_in_its_own_script_stays_on_one_line_in_the_pdf_header(string theme, string name, string native)
    {
        // Names whose length puts a line end inside the native name, where UAX #14 alone breaks between ideographs
        // ("(李 / 明 田中太郎)" before the fix).
        var cv = Outputs.Read($"person:\n  name: {name}\n  native_name: {native}\nsettings:\n  design:\n    theme: {theme}\n");
        // The footer repeats the whole name on one line; the header is what is tested.
        var header = Outputs.PdfToText(Outputs.Render(cv, "pdf")).Split('\n').Where(l => !l.Contains("page 1 of 1", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Contains($"({native})", StringComparison.Ordinal));
    }
}

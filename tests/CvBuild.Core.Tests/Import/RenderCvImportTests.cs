using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Core.Tests.Reading;

namespace CvBuild.Core.Tests.Import;

/// <summary>`cvbuild import rendercv` on RenderCV 2.x files written for these tests (Samples/rendercv.yaml and small ones).</summary>
public sealed class RenderCvImportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Sample => Path.Combine(ReaderTestKit.RepoRoot(), "tests", "CvBuild.Core.Tests", "Import", "Samples", "rendercv.yaml");

    private (CliResult Run, Cv Cv) Import(string path)
    {
        var output = _temp.File("cv.yaml");
        var run = CliRunner.Run("import", "rendercv", path, "-o", output);
        Assert.True(run.Exit == 0, run.Err);
        var check = CliRunner.Run("check", output);
        Assert.True(check.Exit == 0, check.Err);
        return (run, CvReader.ReadFile(output).Cv!);
    }

    [Fact]
    public void Every_entry_type_goes_to_its_place_and_the_yaml_passes_check()
    {
        var (_, cv) = Import(Sample);
        var p = cv.Person;
        Assert.Equal(("Chiara Lévêque-Nakamura", "Kyōto, Japan", "chiara@example.org", "+81 75 555 0100", "https://example.org/chiara"),
            (p.Name, p.Location, p.Email, p.Phone, p.Homepage));
        Assert.Equal([new Profile("GitHub", "https://github.com/chiaralev", "chiaralev"), new Profile("Mastodon", "https://sciences.social/@chiara", "@chiara@sciences.social")], p.Profiles);
        // The **bold** author is the CV's owner: an alias, so every output marks her again.
        Assert.Equal(["Chiara Lévêque"], p.Aliases);

        var degree = Assert.Single(cv.Education);
        Assert.Equal(("PhD", "Theoretical Physics", "Università di Bologna", "Bologna, Italy"), (degree.Degree, degree.Field, degree.Institution, degree.Location));
        Assert.Equal(new Period(new PartialDate(2014, 10), new PartialDate(2018, 3)), degree.Period);
        Assert.Equal(["Thesis: Anyons on the lattice"], degree.Honors);

        Assert.Equal(["Kyoto University", "RIKEN"], cv.PositionsOf(PositionKind.Academic).Select(x => x.Organization));
        Assert.Equal(new Period(new PartialDate(2021, 4), null, Ongoing: true), cv.Positions[0].Period);
        Assert.Equal(new Period(new PartialDate(2019)), cv.Positions[1].Period);
        Assert.Equal("Qubitworks", Assert.Single(cv.PositionsOf(PositionKind.Industry)).Organization);

        var paper = Assert.Single(cv.Publications);
        Assert.Equal((PublicationKind.Journal, "Physical Review B", 2019, 9, "10.1103/PhysRevB.100.000001"), (paper.Kind, paper.Venue!.Display, paper.Year, paper.Month, paper.Links.Doi));
        Assert.Equal(["Chiara Lévêque", "Taro Yamada"], paper.Authors.Select(a => a.Name));

        Assert.Equal(["Talks & Posters", "Skills", "Misc", "Awards"], cv.CustomSections.Select(s => s.Heading));
        var talk = Assert.Single(cv.CustomSections[0].Entries);
        Assert.Equal(("Topological order seminar", "Invited talk (Tokyo)"), (talk.Title, talk.Text));
        Assert.Equal(("Languages", "Italian (native), Japanese (fluent), English"), (cv.CustomSections[1].Entries[0].Title, cv.CustomSections[1].Entries[0].Text));
        Assert.Equal("A plain TextEntry line, with ünïcödé.", cv.CustomSections[2].Entries[0].Text);
        Assert.Equal("JSPS Fellowship 2019", cv.CustomSections[3].Entries[0].Text);

        // RenderCV's order and titles are kept.
        Assert.Equal(["education", "academic_positions", "industry_positions", "publications", "talks_posters", "skills_2", "misc", "awards_2"], cv.Settings.SectionOrder);
        Assert.Equal("Industry Experience", cv.Settings.Headings["industry_positions"]);
        Assert.Equal("Journal Articles", cv.Settings.Headings["publications"]);
    }

    [Fact]
    public void Unmapped_content_and_ignored_design_are_reported_at_their_lines()
    {
        var (run, _) = Import(Sample);
        var warnings = run.Err.Split('\n').Where(l => l.Contains(": warning: ", StringComparison.Ordinal)).ToList();
        Assert.Equal([
            $"{Sample}:7:3: warning: /cv/photo not imported (cvbuild has no field for it)",
            $"{Sample}:13:7: warning: /cv/social_networks/2 not imported: a social network needs one of RenderCV's networks (LinkedIn, GitHub, GitLab, IMDB, Instagram, ORCID, StackOverflow, ResearchGate, YouTube, Google Scholar, Telegram, Leetcode, X, Mastodon) and a username",
            $"{Sample}:33:9: warning: /cv/sections/experience/1/date: 'Spring 2019' is imported as the year 2019",
            $"{Sample}:39:9: warning: /cv/sections/industry_experience/0/url not imported (cvbuild has no field for it)",
            $"{Sample}:58:1: warning: 'design' is ignored: it sets RenderCV's looks, not facts (cvbuild's are settings.design, settings.locale and themes; docs/themes.md)",
            $"{Sample}:60:1: warning: 'locale' is ignored: it sets RenderCV's looks, not facts (cvbuild's are settings.design, settings.locale and themes; docs/themes.md)",
            $"{Sample}:62:1: warning: 'rendercv_settings' is ignored: it sets RenderCV's looks, not facts (cvbuild's are settings.design, settings.locale and themes; docs/themes.md)",
        ], warnings);
    }

    [Fact]
    public void An_entry_of_another_type_than_its_section_and_an_unknown_entry_are_reported()
    {
        var path = _temp.Write("rendercv.yaml", """
            cv:
              name: Oluwaseun Ìdòwú
              sections:
                education:
                  - institution: University of Lagos
                    area: Chemistry
                    date: 2015
                  - bullet: not an education entry
                hobbies:
                  - colour: blue
                  - Chess
            """);
        var (run, cv) = Import(path);
        Assert.Contains($"{path}:8:9: warning: /cv/sections/education/1 not imported: the section 'Education' holds Education entries; this entry is of another type", run.Err);
        Assert.Contains($"{path}:10:9: warning: /cv/sections/hobbies/0 not imported: not one of RenderCV's entry types", run.Err);
        Assert.Equal(("Chemistry", new Period(new PartialDate(2015))), (cv.Education[0].Degree, cv.Education[0].Period));
        Assert.Equal("Chess", Assert.Single(Assert.Single(cv.CustomSections).Entries).Text);
    }

    [Theory]
    [InlineData("name: no cv here\n", "1:1", "a RenderCV file is a mapping with a 'cv' field")]
    [InlineData("cv:\n  name: [unclosed\n", "3:1", "")]
    public void A_file_that_is_no_rendercv_input_is_one_error_and_writes_nothing(string text, string at, string message)
    {
        var path = _temp.Write("rendercv.yaml", text);
        var output = _temp.File("cv.yaml");
        var run = CliRunner.Run("import", "rendercv", path, "-o", output);
        Assert.Equal(1, run.Exit);
        Assert.Contains($"{path}:{at}: error: {message}", run.Err);
        Assert.False(File.Exists(output));
    }
}

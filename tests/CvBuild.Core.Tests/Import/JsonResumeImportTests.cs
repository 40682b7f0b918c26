using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Core.Tests.Reading;

namespace CvBuild.Core.Tests.Import;

/// <summary>`cvbuild import jsonresume` on JSON Resume files written for these tests (Samples/resume.json and small ones).</summary>
public sealed class JsonResumeImportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Sample => Path.Combine(ReaderTestKit.RepoRoot(), "tests", "CvBuild.Core.Tests", "Import", "Samples", "resume.json");

    private (CliResult Run, Cv? Cv) Import(string json)
    {
        var output = _temp.File("cv.yaml");
        var run = CliRunner.Run("import", "jsonresume", json, "-o", output);
        var check = CliRunner.Run("check", output);
        Assert.True(check.Exit == 0, check.Err);
        return (run, CvReader.ReadFile(output).Cv);
    }

    [Fact]
    public void The_sample_maps_every_section_and_the_yaml_passes_check()
    {
        var (run, cv) = Import(Sample);
        Assert.True(run.Exit == 0, run.Err);
        var p = cv!.Person;
        Assert.Equal(("Søren Ødegård", "Associate Professor of Glaciology", "Norwegian University of Science and Technology"), (p.Name, p.Title, p.Affiliation));
        Assert.Equal(("soren@example.org", "+47 555 0100", "https://example.org/soren"), (p.Email, p.Phone, p.Homepage));
        Assert.Equal("Trondheim, Trøndelag, NO", p.Location);
        Assert.Equal([new Profile("ORCID", "https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097")], p.Profiles);
        Assert.Equal(["Ice sheets"], p.ResearchInterests);
        Assert.Equal(new PartialDate(2025, 11, 2), cv.LastUpdated);

        Assert.Equal(2, cv.Positions.Count);
        Assert.Equal(new Period(new PartialDate(2019, 8), null, Ongoing: true), cv.Positions[0].Period);
        Assert.Equal("Ice-sheet dynamics. Led the Svalbard field campaign; Taught GEO-3001", cv.Positions[0].Description);
        Assert.Equal(("Prof. Ana Müller", "Advisor"), (cv.Positions[1].Host, cv.Positions[1].HostLabel));
        Assert.Equal(new Period(new PartialDate(2016, 1, 1), new PartialDate(2019, 7, 31)), cv.Positions[1].Period);

        var degree = Assert.Single(cv.Education);
        Assert.Equal(("PhD", "Geophysics", "Universitetet i Oslo", "Excellent"), (degree.Degree, degree.Field, degree.Institution, degree.Gpa));
        var award = Assert.Single(cv.Awards);
        Assert.Equal(("Nansen Medal", 2022, "Norwegian Academy; for ice-shelf modelling"), (award.Title, award.Period.Start.Year, award.Note));
        var service = Assert.Single(cv.Service);
        Assert.Equal(("Session convener", "EGU", "Cryosphere sessions"), (service.Role, Assert.Single(service.Items), service.Description));

        Assert.Equal(2, cv.Publications.Count);
        Assert.Equal(("10.1017/jog.2021.12", new PartialDate(2021, 3, 15), "Journal of Glaciology"), (cv.Publications[0].Links.Doi, cv.Publications[0].Date!.Value, cv.Publications[0].Venue!.Display));
        Assert.Equal("2401.01234", cv.Publications[1].Links.Arxiv);
        Assert.All(cv.Publications, pub => Assert.Equal("Søren Ødegård", Assert.Single(pub.Authors).Name));

        Assert.Equal(["Certificates", "Skills", "Languages", "References", "Projects"], cv.CustomSections.Select(s => s.Heading));
        Assert.Contains(cv.CustomSections.Single(s => s.Heading == "Languages").Entries, e => e.Title == "日本語" && e.Text == "Conversational");
    }

    [Fact]
    public void Everything_not_mapped_is_a_warning_with_its_line_column_and_json_pointer()
    {
        var (run, _) = Import(Sample);
        var warnings = run.Err.Split('\n').Where(l => l.Contains(": warning: ", StringComparison.Ordinal)).ToList();
        Assert.Contains($"{Sample}:6:5: warning: /basics/image not imported (cvbuild prints no photo)", warnings);
        Assert.Contains($"{Sample}:11:18: warning: /basics/location/address not imported (a CV prints the city and country only)", warnings);
        Assert.Contains(warnings, w => w.StartsWith($"{Sample}:14:7: warning: /basics/profiles/1 not imported", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith($"{Sample}:18:82: warning: /work/0/url not imported", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("/education/0/courses not imported", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("/interests/0/keywords not imported", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("/projects/0/roles not imported", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("/meta/version not imported", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("/publications: JSON Resume gives no authors", StringComparison.Ordinal));
        Assert.Equal(10, warnings.Count);
        Assert.EndsWith("0 errors, 10 warnings\n", run.Err);
        Assert.Matches(@"^wrote .*cv\.yaml \(13 entries, \d+\.\d kB\)\n$", run.Out);
    }

    [Fact]
    public void Dates_that_are_no_dates_and_entries_missing_required_fields_are_reported_not_guessed()
    {
        var json = _temp.Write("resume.json", """
            {
              "basics": {"name": "Ngozi Adébáyọ̀", "email": "not-an-address", "url": "example.org"},
              "work": [
                {"name": "Lagos Lab", "position": "Fellow", "startDate": "sometime"},
                {"name": "Ibadan Institute", "position": "Lecturer", "startDate": "2020-02", "endDate": "2018"}
              ],
              "education": [{"institution": "University of Ibadan", "startDate": "2010"}],
              "publications": [{"name": "Undated"}]
            }
            """);
        var (run, cv) = Import(json);
        Assert.Equal(0, run.Exit);
        Assert.Contains($"{json}:2:40: warning: /basics/email: 'not-an-address' is not an email address; not imported", run.Err);
        Assert.Contains($"{json}:2:67: warning: /basics/url: 'example.org' is not a full web address", run.Err);
        Assert.Contains($"{json}:4:49: warning: /work/0/startDate: 'sometime' is not a date", run.Err);
        Assert.Contains($"{json}:4:5: warning: /work/0 not imported: a position needs", run.Err);
        Assert.Contains($"{json}:5:82: warning: /work/1/endDate: the end 2018 is before the start 2020-02", run.Err);
        Assert.Contains($"{json}:7:17: warning: /education/0 not imported: a degree needs", run.Err);
        Assert.Contains($"{json}:8:20: warning: /publications/0 not imported: a publication needs", run.Err);
        var position = Assert.Single(cv!.Positions);
        Assert.Equal(new Period(new PartialDate(2020, 2)), position.Period);
        Assert.Null(cv.Person.Email);
    }

    [Theory]
    [InlineData("{\"basics\": {\"name\": \"A\",}", "2:1", "not valid JSON")]
    [InlineData("[1, 2]", "1:1", "a JSON Resume file is one JSON object")]
    [InlineData("{\"basics\": {\"name\": \"A\"} } {", "1:28", "not valid JSON")]
    public void Broken_json_is_one_error_at_its_place_and_writes_nothing(string text, string at, string message)
    {
        var json = _temp.Write("resume.json", text + "\n");
        var output = _temp.File("cv.yaml");
        var run = CliRunner.Run("import", "jsonresume", json, "-o", output);
        Assert.Equal(1, run.Exit);
        Assert.Contains($"{json}:{at}: error: {message}", run.Err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Quiet_leaves_out_the_written_line_but_not_the_warnings()
    {
        var output = _temp.File("cv.yaml");
        var run = CliRunner.Run("import", "jsonresume", Sample, "-o", output, "--quiet");
        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Contains("warning: /basics/image not imported", run.Err);
    }

    [Fact]
    public void Without_an_output_the_yaml_goes_to_standard_output_and_the_written_line_to_standard_error()
    {
        var run = CliRunner.Run("import", "jsonresume", Sample);
        Assert.StartsWith("# Imported by cvbuild from resume.json (JSON Resume).", run.Out);
        Assert.Matches(@"wrote - \(13 entries, \d+\.\d kB\)\n$", run.Err);
    }
}

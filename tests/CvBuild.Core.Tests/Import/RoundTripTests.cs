using CvBuild.Cli.JsonResume;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Core.Tests.JsonResume;
using CvBuild.Core.Tests.Reading;

namespace CvBuild.Core.Tests.Import;

/// <summary>
/// A CV out to JSON Resume and back: `cvbuild jsonresume` writes a file valid against JSON Resume's published
/// schema, `cvbuild import jsonresume` reads it back into a CV that `cvbuild check` passes, and every fact JSON
/// Resume can carry is the same afterwards.
/// </summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> ExampleCvs => new()
    {
        "cv-data/cv.yaml",
        "cv-data/examples/physicist.yaml",
        "cv-data/examples/humanities.yaml",
    };

    [Theory]
    [MemberData(nameof(ExampleCvs))]
    public void An_example_cv_survives_json_resume_and_back(string example)
    {
        var source = Path.Combine(ReaderTestKit.RepoRoot(), example);
        var json = _temp.File("resume.json");
        var back = _temp.File("back.yaml");
        var written = CliRunner.Run("jsonresume", source, "-o", json, "--quiet");
        Assert.True(written.Exit == 0, written.Err);
        JsonResumeOutputTests.AssertValid(File.ReadAllText(json));

        var imported = CliRunner.Run("import", "jsonresume", json, "-o", back);
        Assert.True(imported.Exit == 0, imported.Err);
        var check = CliRunner.Run("check", back);
        Assert.True(check.Exit == 0, check.Err + check.Out);

        var before = CvReader.ReadFile(source, CvBuild.BibTeX.Import.BibFileSource.Instance).Cv!;
        var after = CvReader.ReadFile(back).Cv!;
        AssertSameCarriedFacts(before, after);
    }

    /// <summary>A period ending where it starts is the same fact as a single date (the import writes it so).</summary>
    private static Period Same(Period period) => period.End == period.Start ? period with { End = null } : period;

    private static void AssertSameCarriedFacts(Cv before, Cv after)
    {
        var (p, q) = (before.Person, after.Person);
        Assert.Equal((p.Name, p.Title, p.Email, p.Phone, p.Homepage, p.Location), (q.Name, q.Title, q.Email, q.Phone, q.Homepage, q.Location));
        Assert.Equal(p.Affiliation, q.Affiliation);
        Assert.Equal(p.Profiles, q.Profiles);
        Assert.Equal(p.ResearchInterests, q.ResearchInterests);
        Assert.Equal(before.LastUpdated, after.LastUpdated);

        Assert.Equal(
            before.Positions.Select(x => (x.Title, x.Organization, x.Location, Same(x.Period), x.Host, x.HostLabel ?? "Host", x.Description)),
            after.Positions.Select(x => (x.Title, x.Organization, x.Location, Same(x.Period), x.Host, x.HostLabel ?? "Host", x.Description)));
        Assert.Equal(
            before.Education.Select(x => (x.Degree, x.Field, x.Institution, Same(x.Period), x.Gpa)),
            after.Education.Select(x => (x.Degree, x.Field, x.Institution, Same(x.Period), x.Gpa)));
        Assert.Equal(
            before.Awards.Select(x => (x.Title, x.Period.Start.Year, x.Note)),
            after.Awards.Select(x => (x.Title, x.Period.Start.Year, x.Note)));
        Assert.Equal(
            // JSON Resume has no status: undated work (submitted, in preparation) is not carried, and the import says so.
            before.Publications.Where(x => x.Year is not null).Select(x => (x.Title, x.Year, JsonResumeWriter.ReleaseDate(x), x.Venue?.Display ?? x.Institution ?? x.Publisher, JsonResumeWriter.PublicationUrl(x.Links), x.Abstract)),
            after.Publications.Select(x => (x.Title, x.Year, JsonResumeWriter.ReleaseDate(x), x.Venue?.Display, JsonResumeWriter.PublicationUrl(x.Links), x.Abstract)));
    }
}

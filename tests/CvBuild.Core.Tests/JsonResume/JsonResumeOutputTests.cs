using System.Text.Json;
using CvBuild.Cli.JsonResume;
using CvBuild.Core.Reading;
using CvBuild.Core.Tests.Cli;
using CvBuild.Core.Tests.Reading;
using NJsonSchema;

namespace CvBuild.Core.Tests.JsonResume;

/// <summary>The jsonresume output against the published JSON Resume schema, and what it carries.</summary>
public sealed class JsonResumeOutputTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(ReaderTestKit.RepoRoot(), "tests", "CvBuild.Core.Tests", "JsonResume", "resume-schema.json"))).GetAwaiter().GetResult());

    private static void AssertValid(string json)
    {
        var errors = Schema.Value.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    private const string Sample = """
        person:
          name: Émilie du Châtelet
          title: "Natural philosopher"
          affiliation: "Académie, \"Cirey\""
          email: emilie@example.org
          homepage: https://example.org/emilie
          location: Cirey, France
          profiles:
            - {network: ORCID, url: "https://orcid.org/0000-0000-0000-0001", label: "0000-0000-0000-0001"}
          research_interests: [Physics, Mathematics]
        last_updated: 2025-11-20
        positions:
          - {title: Translator, organization: Royal Society, start: 1745-03, end: present, host: Voltaire, host_label: Advisor, description: Principia}
          - {title: Visitor, organization: Academy, start: 1740}
        education:
          - {degree: PhD, field: Physics, institution: University of Paris, start: 1730, end: 1735, gpa: "summa"}
        awards:
          - {year: 1738, title: Prize essay, note: honourable mention}
        publications:
          - kind: book
            title: Institutions de physique
            authors: [Émilie du Châtelet]
            year: 1740
            month: 6
            venue: Prault
            links: {doi: 10.1000/xyz}
            abstract: On forces.
        """;

    [Fact]
    public void The_sample_cv_is_valid_json_resume_and_carries_its_facts()
    {
        var cv = CvReader.Parse(Sample, "cv.yaml");
        Assert.True(cv.Succeeded, string.Join("\n", cv.Diagnostics));
        var json = JsonResumeWriter.Write(cv.Cv!);
        AssertValid(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("Émilie du Châtelet", root.GetProperty("basics").GetProperty("name").GetString());
        Assert.Equal("Académie, \"Cirey\"", root.GetProperty("basics").GetProperty("summary").GetString());
        var work = root.GetProperty("work");
        Assert.Equal("1745-03", work[0].GetProperty("startDate").GetString());
        Assert.False(work[0].TryGetProperty("endDate", out _));
        Assert.Equal("Advisor: Voltaire", work[0].GetProperty("highlights")[0].GetString());
        Assert.Equal("1740", work[1].GetProperty("endDate").GetString());
        var pub = root.GetProperty("publications")[0];
        Assert.Equal("1740-06", pub.GetProperty("releaseDate").GetString());
        Assert.Equal("https://doi.org/10.1000/xyz", pub.GetProperty("url").GetString());
        Assert.Equal("Prault", pub.GetProperty("publisher").GetString());
        Assert.Equal("2025-11-20", root.GetProperty("meta").GetProperty("lastModified").GetString());
        Assert.Equal(["Physics", "Mathematics"], root.GetProperty("interests").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }

    [Fact]
    public void The_example_cv_is_valid_json_resume_through_the_command_and_the_same_bytes_twice()
    {
        var output = _dir.File("resume.json");
        var (code, _, err) = CliRun.Run("jsonresume", ReaderTestKit.ExamplePath, "-o", output);
        Assert.True(code == 0, err);
        var json = File.ReadAllText(output);
        AssertValid(json);
        var (_, again, _) = CliRun.Run("jsonresume", ReaderTestKit.ExamplePath, "-o", "-");
        Assert.Equal(json, again);
        var example = CvReader.ReadFile(ReaderTestKit.ExamplePath).Cv!;
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(example.Publications.Count, doc.RootElement.GetProperty("publications").GetArrayLength());
        Assert.Equal(example.Positions.Count, doc.RootElement.GetProperty("work").GetArrayLength());
    }

    [Fact]
    public void The_schema_check_rejects_what_json_resume_cannot_read()
    {
        // Proves the validation above has teeth: a worded date breaks the schema's iso8601 pattern.
        Assert.NotEmpty(Schema.Value.Validate("""{"work": [{"name": "X", "startDate": "June 2020"}]}"""));
    }

    [Fact]
    public void A_cv_with_only_a_name_is_valid()
    {
        AssertValid(JsonResumeWriter.Write(CvReader.Parse(ReaderTestKit.Person, "cv.yaml").Cv!));
    }

    [Fact]
    public void Orcid_skills_languages_and_a_degree_known_by_its_end_are_valid_json_resume()
    {
        const string yaml = """
            person:
              name: LI Ming
              orcid: https://orcid.org/0000-0002-1694-233X
            education:
              - {degree: Diploma, institution: Peking University, end: 1996}
            skills:
              - {category: Programming, items: [Fortran, Python]}
            languages:
              - {language: Mandarin, level: native}
              - {language: German, level: B2}
            """;
        var cv = CvReader.Parse(yaml, "cv.yaml");
        Assert.True(cv.Succeeded, string.Join("\n", cv.Diagnostics));
        var json = JsonResumeWriter.Write(cv.Cv!);
        AssertValid(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var orcid = root.GetProperty("basics").GetProperty("profiles")[0];
        Assert.Equal(("ORCID", "0000-0002-1694-233X", "https://orcid.org/0000-0002-1694-233X"),
            (orcid.GetProperty("network").GetString(), orcid.GetProperty("username").GetString(), orcid.GetProperty("url").GetString()));
        var degree = root.GetProperty("education")[0];
        Assert.False(degree.TryGetProperty("startDate", out _));
        Assert.Equal("1996", degree.GetProperty("endDate").GetString());
        Assert.Equal(["Fortran", "Python"], root.GetProperty("skills")[0].GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["Native speaker", "B2"], root.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("fluency").GetString()));
    }
}

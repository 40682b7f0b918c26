using System.Runtime.CompilerServices;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;

namespace CvBuild.BibTeX.Tests;

/// <summary>Paths and inputs shared by the tests: the example CV and the fixtures beside this file.</summary>
internal static class TestData
{
    public static string TestDir([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    public static string RepoRoot
    {
        get
        {
            var dir = TestDir();
            while (!Directory.Exists(Path.Combine(dir, "cv-data"))) dir = Path.GetDirectoryName(dir)!;
            return dir;
        }
    }

    public static string ExampleCvPath => Path.Combine(RepoRoot, "cv-data", "cv.yaml");

    public static Cv ExampleCv()
    {
        var result = CvReader.ReadFile(ExampleCvPath);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Cv!;
    }

    /// <summary>Every example CV: cv-data/examples/*.yaml and the cv.yaml of each example folder (senior-professor/).</summary>
    public static IEnumerable<string> ExampleCvPaths()
    {
        var examples = Path.Combine(RepoRoot, "cv-data", "examples");
        return Directory.GetFiles(examples, "*.yaml")
            .Concat(Directory.GetDirectories(examples).Select(d => Path.Combine(d, "cv.yaml")).Where(File.Exists))
            .Order(StringComparer.Ordinal);
    }

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(TestDir(), "Fixtures", name));

    public static Person Person(string name = "Noam Razin") => new() { Name = name };

    public static Publication Paper(string title = "Implicit Regularization in Tensor Factorization", params string[] authors) => new()
    {
        Kind = PublicationKind.Conference,
        Title = title,
        Authors = (authors.Length == 0 ? ["Noam Razin", "Nadav Cohen"] : authors).Select(a => new Author(a)).ToList(),
        Venue = new Venue("ICML", "International Conference on Machine Learning"),
        Year = 2021,
    };

    public static Cv CvOf(params Publication[] publications) => new() { Person = Person(), Publications = publications };
}

using CvBuild.Core.Diagnostics;
using CvBuild.Core.Reading;

namespace CvBuild.Core.Tests.Reading;

/// <summary>Shortcuts for reading YAML text and asserting on exact diagnostics.</summary>
internal static class ReaderTestKit
{
    public const string Person = "person:\n  name: Ada Lovelace\n";

    public static ReadResult Read(string yaml) => CvReader.Parse(yaml, "cv.yaml");

    /// <summary>Asserts one diagnostic with this severity at this line and column whose message contains the text.</summary>
    public static Diagnostic Single(ReadResult result, Severity severity, int line, int column, string containing)
    {
        var matches = result.Diagnostics.Where(d => d.Severity == severity && d.Message.Contains(containing, StringComparison.Ordinal)).ToList();
        var d = Assert.Single(matches);
        Assert.Equal((line, column), (d.Span.Line, d.Span.Column));
        Assert.Equal("cv.yaml", d.Span.File);
        return d;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CvBuilder.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    public static string ExamplePath => Path.Combine(RepoRoot(), "cv-data", "cv.yaml");
}

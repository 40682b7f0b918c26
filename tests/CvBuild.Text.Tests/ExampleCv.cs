using System.Runtime.CompilerServices;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;

namespace CvBuild.Text.Tests;

/// <summary>The example CV in cv-data/, read once for all tests.</summary>
internal static class ExampleCv
{
    public static string RepoRoot { get; } = FindRoot();

    public static string CvPath => Path.Combine(RepoRoot, "cv-data", "cv.yaml");

    private static readonly Lazy<Cv> Loaded = new(() =>
    {
        var result = CvReader.ReadFile(CvPath);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Cv!;
    });

    public static Cv Cv => Loaded.Value;

    private static string FindRoot([CallerFilePath] string self = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(self)!, "..", ".."));
}

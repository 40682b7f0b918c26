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

/// <summary>The pipeline the CLI runs, in code: CV to presentation document to text or Markdown.</summary>
internal static class Texts
{
    public static CvBuild.Presentation.Document.PresentationDocument Document(Cv cv, CvBuild.Presentation.Building.DocumentOptions? options = null) =>
        CvBuild.Presentation.Building.DocumentBuilder.Build(cv, options ?? new(), CvBuild.Presentation.Strings.PresentationStrings.English);

    public static string Plain(Cv cv, CvBuild.Text.PlainText.PlainTextOptions? options = null, CvBuild.Presentation.Building.DocumentOptions? document = null) =>
        CvBuild.Text.PlainText.PlainTextRenderer.Render(Document(cv, document), options ?? new());

    public static string Markdown(Cv cv, CvBuild.Text.Markdown.MarkdownOptions? options = null, CvBuild.Presentation.Building.DocumentOptions? document = null) =>
        CvBuild.Text.Markdown.MarkdownRenderer.Render(Document(cv, document), options ?? new());
}

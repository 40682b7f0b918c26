using CvBuild.Cli.JsonResume;
using CvBuild.Core.Model;

namespace CvBuild.Cli.Build;

/// <summary>The CV as a JSON Resume document, so JSON Resume's themes can render a cvbuild CV.</summary>
internal sealed class JsonResumeFormat : IOutputFormat
{
    public string Name => "jsonresume";
    public string Description => "Write the CV as JSON Resume (resume.json, schema 1.0.0) for JSON Resume's themes; sections JSON Resume has no place for are left out (docs/migrating.md).";
    public string Extension => ".json";
    public bool IsText => true;
    public IReadOnlyList<string> Variants { get; } = ["full"];
    public IReadOnlyList<FormatOption> Options { get; } = [];

    public RenderedOutput Render(Cv cv, string variant, OptionValues options, RenderContext context)
    {
        var bytes = Utf8.Bytes(JsonResumeWriter.Write(cv));
        return new RenderedOutput(bytes, $"{cv.Positions.Count} work, {cv.Education.Count} education, {cv.Publications.Count} publications");
    }
}

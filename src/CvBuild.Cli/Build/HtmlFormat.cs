using CvBuild.Core.Model;
using CvBuild.Html;
using CvBuild.Presentation.Building;

namespace CvBuild.Cli.Build;

/// <summary>The CV as one self-contained HTML page, in any variant of the presentation document.</summary>
internal sealed class HtmlFormat : IOutputFormat
{
    public string Name => "html";
    public string Description => "Write the CV as one self-contained HTML page (inline CSS, no script, nothing fetched).";
    public string Extension => ".html";
    public bool IsText => true;
    public IReadOnlyList<string> Variants => DocumentOptions.VariantNames;
    public IReadOnlyList<FormatOption> Options { get; } = [.. ContentOptions.All];

    // The page's lang is the language of the words it prints: the locale's tag.
    public RenderedOutput Render(Cv cv, string variant, OptionValues options, RenderContext context)
    {
        var document = ContentOptions.Build(cv, variant, options, context);
        return Utf8.Output(HtmlRenderer.Render(document, new HtmlOptions { Language = document.Strings.Language }));
    }
}

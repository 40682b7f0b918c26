using System.Text;
using CvBuild.Core.Model;
using CvBuild.Presentation.Building;
using CvBuild.Text.Markdown;
using CvBuild.Text.PlainText;

namespace CvBuild.Cli.Build;

/// <summary>The plain-text CV, wrapped to a width.</summary>
internal sealed class PlainTextFormat : IOutputFormat
{
    public string Name => "text";
    public string Description => "Write the CV as plain text, wrapped to a width.";
    public string Extension => ".txt";
    public bool IsText => true;
    public IReadOnlyList<string> Variants => DocumentOptions.VariantNames;

    public IReadOnlyList<FormatOption> Options { get; } =
    [
        FormatOption.Number("width", "Line width in display columns (wide CJK characters count two).", "80", PlainTextOptions.MinWidth, PlainTextOptions.MaxWidth, "100"),
        FormatOption.Flag("ascii", "Transliterate to plain ASCII (ü → u, — → --)."),
        .. ContentOptions.All,
    ];

    public RenderedOutput Render(Cv cv, string variant, OptionValues options, RenderContext context) =>
        Utf8.Output(PlainTextRenderer.Render(ContentOptions.Build(cv, variant, options, context), new PlainTextOptions
        {
            Width = options.Integer("width") ?? 80,
            Ascii = options.Flag("ascii"),
        }));
}

/// <summary>The CV as GitHub-flavoured Markdown.</summary>
internal sealed class MarkdownFormat : IOutputFormat
{
    public string Name => "markdown";
    public string Description => "Write the CV as GitHub-flavoured Markdown.";
    public string Extension => ".md";
    public bool IsText => true;
    public IReadOnlyList<string> Variants => DocumentOptions.VariantNames;

    public IReadOnlyList<FormatOption> Options { get; } =
    [
        FormatOption.Flag("front_matter", "Begin with Jekyll front matter (layout: page, title)."),
        .. ContentOptions.All,
    ];

    public RenderedOutput Render(Cv cv, string variant, OptionValues options, RenderContext context) =>
        Utf8.Output(MarkdownRenderer.Render(ContentOptions.Build(cv, variant, options, context), new MarkdownOptions
        {
            FrontMatter = options.Flag("front_matter"),
        }));
}

/// <summary>Text outputs are UTF-8 without a byte-order mark.</summary>
internal static class Utf8
{
    public static byte[] Bytes(string text) => new UTF8Encoding(false).GetBytes(text);

    public static RenderedOutput Output(string text)
    {
        var bytes = Bytes(text);
        return new RenderedOutput(bytes, null);
    }
}

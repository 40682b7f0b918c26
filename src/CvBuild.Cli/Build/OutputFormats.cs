using CvBuild.Core.Schema;

namespace CvBuild.Cli.Build;

/// <summary>The formats this build of cvbuild can make: each is a command and a configuration <c>format</c>.</summary>
public static class OutputFormats
{
    public static IReadOnlyList<IOutputFormat> All { get; } =
    [
        new PlainTextFormat(),
        new MarkdownFormat(),
        new HtmlFormat(),
        new PdfFormat(),
        new BibTeXFormat(),
        new JsonResumeFormat(),
    ];

    public static IReadOnlyList<OutputFormatSpec> Specs { get; } = [.. All.Select(OutputFormatSpecs.Of)];

    public static IOutputFormat Get(string name) => All.First(f => f.Name == name);
}

using CvBuild.Core.Schema;

namespace CvBuild.Cli.Build;

/// <summary>The formats this build of cvbuild can make. The configuration may name only these.</summary>
public static class OutputFormats
{
    public static IReadOnlyList<IOutputFormat> All { get; } =
    [
        new PlainTextFormat(),
        new MarkdownFormat(),
        new PdfFormat(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH")),
        new BibTeXFormat(),
    ];

    public static IReadOnlyList<OutputFormatSpec> Specs { get; } = All.Select(f => f.Spec).ToList();

    public static IOutputFormat Get(string name) => All.First(f => f.Name == name);
}

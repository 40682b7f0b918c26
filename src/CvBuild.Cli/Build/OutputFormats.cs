using CvBuild.Core.Schema;

namespace CvBuild.Cli.Build;

/// <summary>The formats this build of cvbuild can make. The configuration may name only these.</summary>
public static class OutputFormats
{
    public static IReadOnlyList<IOutputFormat> All { get; } =
    [
        new PlainTextFormat(),
        new MarkdownFormat(),
        // PLUG-IN POINT for the PDF and BibTeX formats. Each becomes one IOutputFormat here:
        //   "pdf":    Render => CvPdfRenderer.Render(cv, PdfOptions from entry.Options/entry.Variant)
        //   "bibtex": Render => UTF-8 of BibTeXWriter.Write(cv, BibTeXOptions from entry.Options)
        // Until then the configuration reader reports "format 'pdf' is not available in this version".
    ];

    public static IReadOnlyList<OutputFormatSpec> Specs { get; } = All.Select(f => f.Spec).ToList();

    public static IOutputFormat Get(string name) => All.First(f => f.Name == name);
}

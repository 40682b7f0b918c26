using CvBuild.Core.Model;
using CvBuild.Pdf;
using CvBuild.Presentation.Building;

namespace CvBuild.Cli.Build;

/// <summary>The typeset PDF, in any variant of the presentation document, with the CV's design or these overrides.</summary>
internal sealed class PdfFormat : IOutputFormat
{
    public string Name => "pdf";
    public string Description => "Typeset the CV as a PDF.";
    public string Extension => ".pdf";
    public bool IsText => false;
    public IReadOnlyList<string> Variants => DocumentOptions.VariantNames;

    public IReadOnlyList<FormatOption> Options { get; } =
    [
        FormatOption.Choice("theme", "Theme (default: the CV's design.theme).", "the CV's", "classic", "modern"),
        FormatOption.Choice("page_size", "Page size (default: the CV's design.page_size).", "the CV's", "a4", "letter"),
        FormatOption.Number("max_pages", "Fail (exit 1, file not written) when the PDF has more pages than this: a funder's page limit.", "none", 1, 10000, "2"),
        .. ContentOptions.All,
    ];

    public RenderedOutput Render(Cv cv, string variant, OptionValues options, RenderContext context)
    {
        var document = ContentOptions.Build(cv, variant, options, context);
        var design = cv.Settings.Design;
        var pdfOptions = new PdfOptions
        {
            Fonts = context.Fonts,
            Design = design with
            {
                Theme = options.Choice("theme") ?? design.Theme,
                PageSize = options.Choice("page_size") ?? design.PageSize,
            },
            Date = context.DateOf(cv),
            Version = RenderContext.Version,
        };
        try
        {
            var rendering = CvPdfRenderer.RenderDetailed(document, pdfOptions);
            var pages = rendering.PageCount == 1 ? "1 page" : $"{rendering.PageCount} pages";
            if (options.Integer("max_pages") is { } limit && rendering.PageCount > limit)
                throw new PageLimitException($"{pages}, more than the limit of {limit} (max_pages); not written");
            return new RenderedOutput(rendering.Pdf, $"{pages}, {BuildRunner.Size(rendering.Pdf.Length)}");
        }
        catch (PdfRenderException ex)
        {
            throw new OutputException(ex.Message);
        }
    }
}

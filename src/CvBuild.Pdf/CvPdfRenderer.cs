using CvBuild.Layout;
using CvBuild.Pdf.Sections;
using CvBuild.Pdf.Theming;
using CvBuild.Presentation.Document;

namespace CvBuild.Pdf;

/// <summary>
/// Typesets a presentation document as a PDF. Pure: the output depends only on the document and the options
/// (fonts, design and date handed in; no clock, no environment, no file system), so two renders of the same
/// input are byte-identical.
/// </summary>
public static class CvPdfRenderer
{
    /// <exception cref="PdfRenderException">An unknown theme, page size, font or colour, or a margin or size out of range; or content that cannot be laid out.</exception>
    public static byte[] Render(PresentationDocument document, PdfOptions options) => RenderDetailed(document, options).Pdf;

    /// <inheritdoc cref="Render"/>
    public static PdfRendering RenderDetailed(PresentationDocument document, PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var design = options.Design;
        var theme = Theme.Named(design.Theme);
        var pageSize = design.PageSize.Trim().ToLowerInvariant() switch
        {
            "a4" => PageSizes.A4,
            "letter" => PageSizes.Letter,
            var other => throw new PdfRenderException($"unknown page size '{other}' (known: a4, letter)"),
        };
        if (design.MarginMm is < 5 or > 50) throw new PdfRenderException($"margin {design.MarginMm} mm is outside 5–50 mm");
        var margin = Margins.Millimetres((float)design.MarginMm);
        var fonts = options.Fonts;
        var styles = new Styles(theme, design, fonts, pageSize.Width - 2 * margin);
        var date = options.Date?.ToUniversalTime() ?? PdfOptions.FixedDate;

        var content = new Column([PageHeader.Create(styles, document.Header), .. new SectionBuilder(styles).Build(document.Sections)])
        {
            Spacing = styles.SectionGap,
        };
        var info = document.Info;
        var strings = document.Strings;
        var pdf = new Document
        {
            Fonts = fonts,
            Content = content,
            PageSize = pageSize,
            Margins = new Margins(margin * 0.85f, margin, margin * 0.7f, margin),
            Footer = (page, total) => PageFooter.Create(styles, strings.Format("footer.page", document.Header.Name, page, total), document.Footer),
            FooterSpacing = styles.Size * 1.2f,
            Metadata = new DocumentMetadata
            {
                Title = info.Title,
                Author = info.Author,
                Subject = info.Subject,
                Keywords = info.Keywords,
                Creator = $"cvbuild {options.Version}",
                Producer = $"cvbuild {options.Version}",
                Created = date,
                Modified = date,
                Language = strings.Language,
            },
        };
        try
        {
            var result = pdf.RenderDetailed();
            return new PdfRendering(result.Pdf, result.PageCount);
        }
        catch (LayoutException ex)
        {
            throw new PdfRenderException("the CV could not be laid out: " + ex.Message, ex);
        }
        catch (FontLoadException ex)
        {
            // Faces are read on first use, so a font file damaged after it was registered surfaces here.
            throw new PdfRenderException("a font could not be loaded: " + ex.Message, ex);
        }
    }
}

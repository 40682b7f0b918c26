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
    /// <summary>The least share of the text width the sections keep beside a sidebar.</summary>
    private const float MinSectionsShare = 0.6f;

    /// <exception cref="PdfRenderException">An unknown theme, page size, font or colour, or a margin or size out of range; or content that cannot be laid out.</exception>
    public static byte[] Render(PresentationDocument document, PdfOptions options) => RenderDetailed(document, options).Pdf;

    /// <inheritdoc cref="Render"/>
    public static PdfRendering RenderDetailed(PresentationDocument document, PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var design = options.Design;
        // A theme file is read by the caller (the renderer reads no file); a name is a built-in theme.
        var theme = options.Theme ?? BuiltInThemes.Get(design.Theme);
        var pageSize = design.PageSize.Trim().ToLowerInvariant() switch
        {
            "a4" => PageSizes.A4,
            "letter" => PageSizes.Letter,
            var other => throw new PdfRenderException($"unknown page size '{other}' (known: a4, letter)"),
        };
        if (design.MarginMm is < 5 or > 50) throw new PdfRenderException($"margin {design.MarginMm} mm is outside 5–50 mm");
        var margin = Margins.Millimetres((float)design.MarginMm);
        var fonts = options.Fonts;
        var contentWidth = pageSize.Width - 2 * margin;
        var sidebarWidth = (float)design.FontSize * theme.SidebarWidth;
        var gutter = (float)design.FontSize * 1.6f;
        // Large type or wide margins can leave the sections too narrow beside a sidebar for a word a line; the
        // sidebar then gives way to the split header on top of page one (PageHeader.Create's default).
        var sidebar = theme.Header == HeaderLayout.Sidebar && contentWidth - sidebarWidth - gutter >= contentWidth * MinSectionsShare;
        if (sidebar) contentWidth -= sidebarWidth + gutter;
        var styles = new Styles(theme, design, fonts, contentWidth)
        {
            Direction = document.RightToLeft ? TextDirection.RightToLeft : TextDirection.LeftToRight,
        };
        var date = options.Date?.ToUniversalTime() ?? PdfOptions.FixedDate;

        var sections = new SectionBuilder(styles, document.Strings).Build(document.Sections);
        Element content = sidebar
            // The sections' column runs on beside the sidebar's width on every page, so entries line up throughout.
            ? new Row(RowItem.Fixed(sidebarWidth, PageHeader.Sidebar(styles, document.Header, sidebarWidth)), RowItem.Relative(new Column(sections) { Spacing = styles.SectionGap }))
            {
                Spacing = gutter,
            }
            : new Column([PageHeader.Create(styles, document.Header), .. sections]) { Spacing = styles.SectionGap };
        var info = document.Info;
        var strings = document.Strings;
        var pdf = new Document
        {
            Fonts = fonts,
            Content = content,
            PageSize = pageSize,
            Margins = new Margins(margin * theme.MarginTop, margin, margin * theme.MarginBottom, margin),
            Footer = (page, total) => PageFooter.Create(styles, strings.Format("footer.page", document.Header.Name, page, total), document.Footer),
            FooterSpacing = styles.Size * 1.2f,
            Breaking = options.Breaking,
            // Words break by the CV's language's TeX patterns (settings.locale); names, links and identifiers never do.
            HyphenationLanguage = strings.Language,
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
            return new PdfRendering(result.Pdf, result.PageCount) { Text = result.Text };
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

using CvBuild.Core.Model;
using CvBuild.Layout;
using CvBuild.Pdf.Sections;
using CvBuild.Pdf.Theming;

namespace CvBuild.Pdf;

/// <summary>
/// Typesets a CV as a PDF. Pure: the output depends only on the CV and the options (no clock, no environment),
/// so two renders of the same input are byte-identical.
/// </summary>
public static class CvPdfRenderer
{
    public static byte[] Render(Cv cv, PdfOptions options) => RenderDetailed(cv, options).Pdf;

    public static PdfRendering RenderDetailed(Cv cv, PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(cv);
        ArgumentNullException.ThrowIfNull(options);
        var design = cv.Settings.Design;
        var theme = Theme.Named(options.Theme ?? design.Theme);
        var pageSize = (options.PageSize ?? design.PageSize).Trim().ToLowerInvariant() switch
        {
            "a4" => PageSizes.A4,
            "letter" => PageSizes.Letter,
            var other => throw new PdfRenderException($"unknown page size '{other}' (known: a4, letter)"),
        };
        if (design.MarginMm is < 5 or > 50) throw new PdfRenderException($"margin {design.MarginMm} mm is outside 5–50 mm");
        var margin = Margins.Millimetres((float)design.MarginMm);
        var fonts = options.Fonts ?? Bundled();
        var styles = new Styles(theme, design, fonts, pageSize.Width - 2 * margin);
        var numbering = options.Numbering ?? cv.Settings.Numbering;

        DateTimeOffset? known = cv.LastUpdated is { } updated
            ? new DateTimeOffset(updated.Year, updated.Month ?? 1, updated.Day ?? 1, 0, 0, 0, TimeSpan.Zero)
            : options.Date?.ToUniversalTime();
        var date = known ?? PdfOptions.FixedDate;
        string? lastUpdated = cv.LastUpdated is { Month: null } yearOnly
            ? yearOnly.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : known is { } k ? $"{PartialDate.MonthName(k.Month)} {k.Year}" : null;

        var content = new Column([PageHeader.Create(styles, cv.Person), .. new SectionBuilder(cv, styles, numbering).Build()])
        {
            Spacing = styles.SectionGap,
        };
        var name = cv.Person.Name;
        var document = new Document
        {
            Fonts = fonts,
            Content = content,
            PageSize = pageSize,
            Margins = new Margins(margin * 0.85f, margin, margin * 0.7f, margin),
            Footer = (page, total) => PageFooter.Create(styles, name, lastUpdated, page, total),
            FooterSpacing = styles.Size * 1.2f,
            Metadata = new DocumentMetadata
            {
                Title = $"{name} \u2014 Curriculum Vitae",
                Author = name,
                Subject = cv.Person.Title is { } title
                    ? $"Curriculum vitae of {name}, {title}" + (cv.Person.Affiliation is { } aff ? $", {aff}" : "")
                    : $"Curriculum vitae of {name}",
                Keywords = cv.Person.ResearchInterests.Count > 0 ? string.Join(", ", cv.Person.ResearchInterests) : null,
                Creator = $"cvbuild {options.Version}",
                Producer = $"cvbuild {options.Version}",
                Created = date,
                Modified = date,
            },
        };
        try
        {
            var result = document.RenderDetailed();
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

    private static FontLibrary Bundled()
    {
        try
        {
            // One set per process: every render (each rebuild of `watch`) reuses the parsed faces and shaping cache.
            return FontLibrary.Bundled;
        }
        catch (FontLoadException ex)
        {
            throw new PdfRenderException("the bundled fonts could not be loaded: " + ex.Message, ex);
        }
    }
}

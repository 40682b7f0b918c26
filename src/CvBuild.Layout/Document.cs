using CvBuild.Layout.Engine;

namespace CvBuild.Layout;

/// <summary>
/// A paged document: content flowing over pages of one size, with optional repeated header and footer.
/// <c>new Document { Fonts = fonts, Content = new Column(...), Footer = (page, total) => ... }.Render()</c>.
/// Rendering is deterministic: the same document gives byte-identical PDFs.
/// </summary>
public sealed class Document
{
    public required FontLibrary Fonts { get; init; }
    public Element Content { get; init; } = new Column();
    public PageSize PageSize { get; init; } = PageSizes.A4;
    public Margins Margins { get; init; } = new(Margins.Millimetres(20));
    public DocumentMetadata Metadata { get; init; } = new();

    /// <summary>Built for each page from (1-based page number, total pages) and drawn at the top of the content area.</summary>
    public Func<int, int, Element>? Header { get; init; }

    /// <summary>Built for each page from (1-based page number, total pages) and drawn at the foot of the content area.</summary>
    public Func<int, int, Element>? Footer { get; init; }

    /// <summary>Gap between the header and the content, in points.</summary>
    public float HeaderSpacing { get; init; } = 6;

    /// <summary>Gap between the content and the footer, in points.</summary>
    public float FooterSpacing { get; init; } = 6;

    /// <summary>How paragraphs are broken into lines; total fit (Knuth–Plass) unless first fit is asked for.</summary>
    public BreakingMethod Breaking { get; init; } = BreakingMethod.TotalFit;

    /// <summary>
    /// The BCP 47 tag of the language whose TeX hyphenation patterns words in justified paragraphs may break by (see
    /// <see cref="Hyphenation.Hyphenator.SupportedLanguages"/>); null, or a language without patterns, hyphenates nothing.
    /// Ragged paragraphs are never hyphenated.
    /// </summary>
    public string? HyphenationLanguage { get; init; }

    /// <summary>Renders the PDF.</summary>
    public byte[] Render() => RenderDetailed().Pdf;

    /// <summary>Renders the PDF and reports the page count and the bookmarks found.</summary>
    public RenderResult RenderDetailed() => new PageRenderer(this).Render();
}

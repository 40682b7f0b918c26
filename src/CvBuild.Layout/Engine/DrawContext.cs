using CvBuild.Layout.Pdf;

namespace CvBuild.Layout.Engine;

/// <summary>
/// The drawing side of a render pass. A dry pass has no page: it only counts pages and records bookmarks, so the
/// real pass can draw with final page totals.
/// </summary>
internal sealed class DrawContext(LayoutContext layout)
{
    public LayoutContext Layout { get; } = layout;

    /// <summary>The page being drawn, or null in a dry pass.</summary>
    public PdfPageContent? Page { get; set; }

    public int PageIndex { get; set; }
    public List<BookmarkMark> Bookmarks { get; } = [];

    /// <summary>A reusable buffer for the glyph runs the text painter hands to the page.</summary>
    public GlyphRun Run { get; } = new();

    /// <summary>What the lines drawn in this pass look like (counted on every pass; the final pass's are reported).</summary>
    public TextStatistics Statistics { get; set; } = new(0, 0, 0, 0);
}

using CvBuild.Layout.Pdf;

namespace CvBuild.Layout.Engine;

/// <summary>
/// The page loop. Content is laid out and drawn once; headers and footers, which may say "page X of Y", are only
/// measured then (with a provisional page total) and drawn when the total is known, as a second content stream of each
/// page. Should a header or footer change height with the real total, which would move the content, the content is laid
/// out again in dry passes (no page) until the page count is stable and then drawn with the final total.
/// </summary>
internal sealed class PageRenderer(Document document)
{
    private const int MaxPages = 10_000;
    private const int MaxDryPasses = 4;

    public RenderResult Render()
    {
        var layout = new LayoutContext(document.Fonts, document.Breaking, document.HyphenationLanguage);
        var hasFixedParts = document.Header is not null || document.Footer is not null;
        var pdf = new PdfDocumentWriter(document.Metadata);
        layout.ShapeAhead(document.Content, WorkerThread.Shared);
        try
        {
            return Render(layout, pdf, hasFixedParts);
        }
        finally
        {
            // Failed or not, the worker is done with the document's fonts when Render returns: the caller may dispose them.
            layout.StopShapingAhead();
        }
    }

    private RenderResult Render(LayoutContext layout, PdfDocumentWriter pdf, bool hasFixedParts)
    {
        var draw = new DrawContext(layout);
        var heights = new List<(float Header, float Footer)>();
        var total = RunPages(draw, 1, pdf, heights, hasFixedParts ? new DrawContext(layout) : null);
        if (hasFixedParts)
        {
            // Headers and footers are drawn with the real total straight away; should one come out at another height
            // than was measured, the pages drawn so far are thrown away with their writer.
            var kept = true;
            for (var page = 0; page < total && kept; page++)
            {
                draw.PageIndex = page;
                draw.Page = pdf.ContinuePage(page);
                kept = PlaceFixed(draw, page, total, out _, out _) == heights[page];
                pdf.EndPage();
            }
            draw.Page = null;
            if (!kept)
            {
                total = SettlePageCount(layout, total);
                pdf = new PdfDocumentWriter(document.Metadata);
                draw = new DrawContext(layout);
                // After the pass limit the count may still move by a page; the drawn pages are the truth.
                total = RunPages(draw, total, pdf, null, null);
            }
        }
        var bookmarks = draw.Bookmarks.Select(b => new BookmarkPosition(b.Title, b.PageIndex, b.Y, b.Level)).ToList();
        return new RenderResult(pdf.Finish(bookmarks), total, bookmarks) { Text = draw.Statistics };
    }

    /// <summary>
    /// Dry passes from a first count of <paramref name="total"/> pages until the count is stable (or the pass limit is
    /// reached); returns the page total to draw with.
    /// </summary>
    private int SettlePageCount(LayoutContext layout, int total)
    {
        for (var pass = 1; ; pass++)
        {
            var fixedHeights = new List<(float Header, float Footer)>();
            var pages = RunPages(new DrawContext(layout), total, null, fixedHeights, null);
            var stable = pages == total;
            if (!stable && pass < MaxDryPasses && FixedPartsKeepHeights(layout, pages, fixedHeights))
            {
                // The content area of every page stays as it was, so another pass would lay the content out
                // exactly as this one did: only the headers and footers change.
                stable = true;
            }
            total = pages;
            if (stable || pass >= MaxDryPasses)
            {
                return total;
            }
        }
    }

    /// <summary>
    /// Lays out only the header and footer of each of <paramref name="pages"/> pages for the page total
    /// <paramref name="pages"/>; true when every one is as tall as in the pass that counted the pages.
    /// </summary>
    private bool FixedPartsKeepHeights(LayoutContext layout, int pages, List<(float Header, float Footer)> heights)
    {
        var dry = new DrawContext(layout);
        for (var page = 0; page < pages; page++)
        {
            dry.PageIndex = page;
            if (PlaceFixed(dry, page, pages, out _, out _) != heights[page])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Lays out every page; draws into <paramref name="pdf"/> when given, and records each page's header and
    /// footer heights into <paramref name="fixedHeights"/> when given. Headers and footers are placed with
    /// <paramref name="fixedContext"/> when given (a dry context: they are only measured), else drawn with
    /// <paramref name="context"/>. Returns the number of pages.
    /// </summary>
    private int RunPages(DrawContext context, int totalPages, PdfDocumentWriter? pdf, List<(float Header, float Footer)>? fixedHeights,
        DrawContext? fixedContext)
    {
        var layout = context.Layout;
        var size = document.PageSize;
        var margins = document.Margins;
        layout.PageContentHeight = float.PositiveInfinity;
        var root = document.Content.CreateNode(layout);
        var contentWidth = size.Width - margins.Left - margins.Right;
        if (contentWidth <= 0 || size.Height - margins.Top - margins.Bottom <= 0)
        {
            throw new LayoutException($"The margins leave no room on a {size.Width:0.#} x {size.Height:0.#} pt page.");
        }
        for (var page = 0; ; page++)
        {
            if (page >= MaxPages)
            {
                throw new LayoutException($"Layout did not finish within {MaxPages} pages.");
            }
            context.PageIndex = page;
            context.Page = pdf?.BeginPage(size.Width, size.Height);

            if (fixedContext is not null)
            {
                fixedContext.PageIndex = page;
            }
            var heights = PlaceFixed(fixedContext ?? context, page, totalPages, out var top, out var bottom);
            fixedHeights?.Add(heights);

            var available = Math.Max(0, bottom - top);
            layout.PageContentHeight = available;
            var plan = root.Measure(contentWidth, available);
            if (plan.IsWrap)
            {
                throw new LayoutException(
                    $"Content on page {page + 1} does not fit on an empty page ({contentWidth:0.#} x {available:0.#} pt) and cannot be split.");
            }
            root.Draw(context, new LayoutBox(margins.Left, top, margins.Left + contentWidth, top + available));
            if (pdf is not null)
            {
                pdf.EndPage();
            }
            context.Page = null;
            if (plan.Kind == SpacePlanKind.Full)
            {
                return page + 1;
            }
        }
    }

    /// <summary>
    /// Draws the page's header and footer and returns their heights; <paramref name="top"/> and
    /// <paramref name="bottom"/> bound the content area left between them.
    /// </summary>
    private (float Header, float Footer) PlaceFixed(DrawContext context, int page, int totalPages, out float top, out float bottom)
    {
        var size = document.PageSize;
        var margins = document.Margins;
        var contentWidth = size.Width - margins.Left - margins.Right;
        top = margins.Top;
        bottom = size.Height - margins.Bottom;
        float headerHeight = 0, footerHeight = 0;
        if (document.Header is { } header)
        {
            headerHeight = DrawFixed(context, header(page + 1, totalPages), margins.Left, top, contentWidth, bottom - top, fromBottom: false);
            if (headerHeight > 0)
            {
                top += headerHeight + document.HeaderSpacing;
            }
        }
        if (document.Footer is { } footer)
        {
            footerHeight = DrawFixed(context, footer(page + 1, totalPages), margins.Left, top, contentWidth, bottom - top, fromBottom: true);
            if (footerHeight > 0)
            {
                bottom -= footerHeight + document.FooterSpacing;
            }
        }
        return (headerHeight, footerHeight);
    }

    /// <summary>Lays out a header or footer, which must fit whole; returns its height.</summary>
    private static float DrawFixed(DrawContext context, Element element, float left, float top, float width, float maxHeight,
        bool fromBottom)
    {
        var layout = context.Layout;
        var saved = layout.PageContentHeight;
        layout.PageContentHeight = maxHeight;
        var node = element.CreateNode(layout);
        var plan = node.Measure(width, maxHeight);
        if (plan.Kind != SpacePlanKind.Full)
        {
            throw new LayoutException("A page header or footer does not fit on the page.");
        }
        var y = fromBottom ? top + maxHeight - plan.Height : top;
        node.Draw(context, new LayoutBox(left, y, left + width, y + plan.Height));
        layout.PageContentHeight = saved;
        return plan.Height;
    }
}

using CvBuild.Layout.Bidi;
using CvBuild.Layout.Engine;

namespace CvBuild.Layout.Text;

/// <summary>
/// Turns laid-out lines into positioned glyph runs. Each run carries the source text of its clusters, which the PDF
/// writer turns into ToUnicode entries or /ActualText, so ligatures extract as their letters.
/// </summary>
internal static class TextPainter
{
    public static void DrawLine(DrawContext context, ShapedParagraph paragraph, TextLine line, float x, float top, float width,
        TextAlignment alignment)
    {
        var text = paragraph.Text;
        var slack = width - line.Width;
        var rightToLeft = paragraph.IsRightToLeftParagraphAt(line.Start);
        // Start and End follow the paragraph's direction, as does a justified paragraph's ragged last line.
        var atRight = alignment switch
        {
            TextAlignment.Right => true,
            TextAlignment.Start or TextAlignment.Justify => rightToLeft,
            TextAlignment.End => !rightToLeft,
            _ => false,
        };
        float extra = 0, offset = 0;
        // A justified line stretches its spaces, or shrinks them where total fit chose to (a last line included).
        if (alignment == TextAlignment.Justify && ((!line.EndsParagraph && slack > 0) || slack < 0))
        {
            var spaces = CountSpaces(text, line.Start, line.End);
            extra = spaces > 0 ? slack / spaces : 0;
        }
        else if (atRight)
        {
            offset = slack;
        }
        else if (alignment == TextAlignment.Center)
        {
            offset = slack / 2;
        }

        var baseline = top + line.Baseline;
        var pen = x + offset;
        if (paragraph.HasRightToLeft)
        {
            DrawMixedLine(context, paragraph, line, pen, top, baseline, extra);
            return;
        }
        string? linkUri = null;
        float linkLeft = 0;
        foreach (var run in paragraph.Runs)
        {
            if (run.End <= line.Start || run.Start >= line.End)
            {
                continue;
            }
            var (gStart, gEnd) = GlyphRange(run, line);
            if (gEnd == gStart)
            {
                continue;
            }
            if (run.LinkUri != linkUri)
            {
                FlushLink(context, linkUri, linkLeft, pen, top, line.Height);
                linkUri = run.LinkUri;
                linkLeft = pen;
            }
            pen = DrawRun(context, paragraph, run, gStart, gEnd, pen, baseline, extra, Math.Min(run.End, line.End));
        }
        if (line.Hyphenated && paragraph.HyphenAt(line.End) is { } hyphen)
        {
            pen = DrawHyphen(context, hyphen, pen, baseline);
        }
        FlushLink(context, linkUri, linkLeft, pen, top, line.Height);
    }

    /// <summary>
    /// The hyphen a hyphenated line ends with, drawn with "-" as its text so extraction reads "hy-" as in TeX's PDFs.
    /// Hyphenation is off in paragraphs with right-to-left text, so this is only for left-to-right lines.
    /// </summary>
    private static float DrawHyphen(DrawContext context, Hyphen hyphen, float pen, float baseline)
    {
        var run = hyphen.Run;
        if (context.Page is { } page)
        {
            var buffer = context.Run;
            buffer.Reset("-");
            buffer.Add(hyphen.Shaped.Glyphs[0], 0, 0, 0, 1);
            page.ShowGlyphs(run.Face, run.FontSize, run.Color, pen, baseline - run.Rise, buffer);
        }
        return pen + hyphen.Width;
    }

    /// <summary>
    /// A line with right-to-left runs: the runs' pieces are placed in display order (UAX #9 rule L2, applied to whole runs
    /// since each run has one level and is shaped in its direction), then drawn in logical order at those places, so the
    /// PDF's text layer reads in logical order. Trailing whitespace, which rule L1 would move to the paragraph level, is
    /// already outside the line's visible range.
    /// </summary>
    private static void DrawMixedLine(DrawContext context, ShapedParagraph paragraph, TextLine line, float pen, float top, float baseline,
        float extra)
    {
        var pieces = new List<(StyledRun Run, int GlyphStart, int GlyphEnd, float Left)>();
        foreach (var run in paragraph.Runs)
        {
            if (run.End > line.Start && run.Start < line.End)
            {
                var (gStart, gEnd) = GlyphRange(run, line);
                if (gEnd > gStart)
                {
                    pieces.Add((run, gStart, gEnd, 0));
                }
            }
        }
        Span<byte> levels = pieces.Count <= 64 ? stackalloc byte[pieces.Count] : new byte[pieces.Count];
        Span<int> order = pieces.Count <= 64 ? stackalloc int[pieces.Count] : new int[pieces.Count];
        for (var p = 0; p < pieces.Count; p++)
        {
            levels[p] = pieces[p].Run.Level;
        }
        BidiAlgorithm.VisualOrder(levels, order);

        var text = paragraph.Text;
        string? linkUri = null;
        float linkLeft = 0;
        foreach (var p in order)
        {
            var (run, gStart, gEnd, _) = pieces[p];
            if (run.LinkUri != linkUri)
            {
                FlushLink(context, linkUri, linkLeft, pen, top, line.Height);
                linkUri = run.LinkUri;
                linkLeft = pen;
            }
            pieces[p] = (run, gStart, gEnd, pen);
            var shaped = run.Shaped;
            for (var g = gStart; g < gEnd; g++)
            {
                pen += shaped.Advances[g] * run.Scale + (text[run.Start + shaped.Clusters[g]] == ' ' ? extra : 0);
            }
        }
        FlushLink(context, linkUri, linkLeft, pen, top, line.Height);

        foreach (var (run, gStart, gEnd, left) in pieces)
        {
            var textEnd = Math.Min(run.End, line.End);
            if (run.IsRightToLeft)
            {
                DrawRightToLeft(context, paragraph, run, gStart, gEnd, left, baseline - run.Rise, extra, Math.Max(run.Start, line.Start), textEnd);
            }
            else
            {
                DrawRun(context, paragraph, run, gStart, gEnd, left, baseline, extra, textEnd);
            }
        }
    }

    /// <summary>
    /// The glyphs of a run whose chars lie in the line: one contiguous range, since clusters are monotonic in either
    /// direction (ascending in a left-to-right run, descending in a right-to-left one), found by binary search so a
    /// long paragraph's lines cost no scan of the run from its start.
    /// </summary>
    private static (int Start, int End) GlyphRange(StyledRun run, TextLine line)
    {
        var clusters = run.Shaped.Clusters;
        var n = clusters.Length;
        if (n == 0)
        {
            return (0, 0);
        }
        int low = line.Start - run.Start, high = line.End - run.Start;
        var ascending = clusters[0] <= clusters[n - 1];
        // In display order the glyphs whose cluster is in [low, high) follow those before the line (ascending) or
        // after it (descending).
        var first = ascending ? FirstPast(clusters, low, descending: false) : FirstPast(clusters, high, descending: true);
        var end = ascending ? FirstPast(clusters, high, descending: false) : FirstPast(clusters, low, descending: true);
        return first < end ? (first, end) : (0, 0);
    }

    /// <summary>The first index whose value is at least <paramref name="bound"/> in an ascending array, or below it in a
    /// descending one; the length when there is none.</summary>
    private static int FirstPast(int[] values, int bound, bool descending)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (descending ? values[mid] < bound : values[mid] >= bound)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /// <summary>Draws the left-to-right glyphs [gStart, gEnd) of a run from <paramref name="pen"/>; returns the new pen x.</summary>
    private static float DrawRun(DrawContext context, ShapedParagraph paragraph, StyledRun run, int gStart, int gEnd, float pen,
        float baseline, float extra, int textEnd)
    {
        var text = paragraph.Text;
        var shaped = run.Shaped;
        var clusters = shaped.Clusters;
        var scale = run.Scale;
        var page = context.Page;
        if (page is null)
        {
            for (var g = gStart; g < gEnd; g++)
            {
                pen += shaped.Advances[g] * scale + (text[run.Start + clusters[g]] == ' ' ? extra : 0);
            }
            return pen;
        }
        var buffer = context.Run;
        buffer.Reset(text);
        var local = 0f;
        for (var g = gStart; g < gEnd; g++)
        {
            var c = run.Start + clusters[g];
            var length = 0;
            if (g == gStart || clusters[g] != clusters[g - 1])
            {
                // The cluster's text runs to the next cluster's first char (clusters rise left to right here).
                var next = g + 1;
                while (next < shaped.Count && clusters[next] == clusters[g])
                {
                    next++;
                }
                var clusterEnd = next < shaped.Count ? Math.Min(run.Start + clusters[next], textEnd) : textEnd;
                length = Math.Max(clusterEnd - c, 0);
            }
            if (length > 0 || !IsInvisible(run, g))
            {
                buffer.Add(shaped.Glyphs[g], local + shaped.OffsetsX[g] * scale, -shaped.OffsetsY[g] * scale, c, length);
            }
            local += shaped.Advances[g] * scale + (text[c] == ' ' ? extra : 0);
        }
        page.ShowGlyphs(run.Face, run.FontSize, run.Color, pen, baseline - run.Rise, buffer);
        return pen + local;
    }

    /// <summary>
    /// Draws the glyphs [gStart, gEnd) of a right-to-left run, visually from <paramref name="left"/>, listing them in
    /// logical order (each at its own position), so text extraction reads the chars in typing order.
    /// </summary>
    private static void DrawRightToLeft(DrawContext context, ShapedParagraph paragraph, StyledRun run, int gStart, int gEnd, float left,
        float baseline, float extra, int textStart, int textEnd)
    {
        if (context.Page is not { } page)
        {
            return;
        }
        var text = paragraph.Text;
        var shaped = run.Shaped;
        var clusters = shaped.Clusters;
        var scale = run.Scale;
        var count = gEnd - gStart;
        Span<float> xs = count <= 256 ? stackalloc float[count] : new float[count];
        var local = 0f;
        for (var g = gStart; g < gEnd; g++)
        {
            xs[g - gStart] = local + shaped.OffsetsX[g] * scale;
            local += shaped.Advances[g] * scale + (text[run.Start + clusters[g]] == ' ' ? extra : 0);
        }
        var buffer = context.Run;
        buffer.Reset(text, rightToLeft: true);
        // Visual order is right to left in the text, so walking the glyphs backwards reads the clusters in logical
        // order; a cluster's text runs to the next higher cluster's first char.
        for (var g = gEnd - 1; g >= gStart; g--)
        {
            var c = run.Start + clusters[g];
            var length = 0;
            if (g == gEnd - 1 || clusters[g] != clusters[g + 1])
            {
                var next = g - 1;
                while (next >= gStart && clusters[next] == clusters[g])
                {
                    next--;
                }
                var clusterEnd = next >= gStart ? run.Start + clusters[next] : textEnd;
                length = Math.Max(Math.Min(clusterEnd, textEnd) - Math.Max(c, textStart), 0);
                c = Math.Max(c, textStart);
            }
            if (length > 0 || !IsInvisible(run, g))
            {
                buffer.Add(shaped.Glyphs[g], xs[g - gStart], -shaped.OffsetsY[g] * scale, c, length);
            }
        }
        page.ShowGlyphs(run.Face, run.FontSize, run.Color, left, baseline, buffer);
    }

    /// <summary>A glyph HarfBuzz put in for a default-ignorable character inside a cluster (see <see cref="FontFace.SpaceGlyph"/>).</summary>
    private static bool IsInvisible(StyledRun run, int g) => run.Shaped.Advances[g] == 0 && run.Shaped.Glyphs[g] == run.Face.SpaceGlyph;

    private static void FlushLink(DrawContext context, string? uri, float left, float right, float top, float height)
    {
        if (uri is not null && right > left)
        {
            context.Page?.AddLink(left, top, right, top + height, uri);
        }
    }

    private static int CountSpaces(string text, int start, int end)
    {
        var n = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == ' ')
            {
                n++;
            }
        }
        return n;
    }
}

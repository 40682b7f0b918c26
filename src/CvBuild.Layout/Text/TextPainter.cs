using System.Text;
using CvBuild.Layout.Bidi;
using CvBuild.Layout.Engine;
using SkiaSharp;

namespace CvBuild.Layout.Text;

/// <summary>
/// Turns laid-out lines into positioned glyph runs. Each run carries its source text and UTF-8 clusters, which
/// Skia's PDF backend turns into ToUnicode/ActualText, so ligatures extract as their letters.
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
        var glyph = hyphen.Shaped.Glyphs[0];
        context.GlyphsOf(run.Face).Add(glyph);
        if (context.Canvas is not null)
        {
            var font = context.Font(run.Face, run.FontSize);
            context.Paint.Color = run.Color.ToSkia();
            var buffer = context.BlobBuilder.AllocatePositionedTextRun(font, 1, 1);
            buffer.Glyphs[0] = glyph;
            buffer.Positions[0] = new SKPoint(0, 0);
            buffer.Clusters[0] = 0;
            buffer.Text[0] = (byte)'-';
            using var blob = context.BlobBuilder.Build();
            if (blob is not null)
            {
                context.Canvas.DrawText(blob, pen, baseline - run.Rise, context.Paint);
            }
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
    /// direction.
    /// </summary>
    private static (int Start, int End) GlyphRange(StyledRun run, TextLine line)
    {
        var clusters = run.Shaped.Clusters;
        int first = -1, last = -1;
        for (var g = 0; g < clusters.Length; g++)
        {
            var c = run.Start + clusters[g];
            if (c >= line.Start && c < line.End)
            {
                if (first < 0)
                {
                    first = g;
                }
                last = g;
            }
            else if (first >= 0)
            {
                break;
            }
        }
        return first < 0 ? (0, 0) : (first, last + 1);
    }

    /// <summary>Draws the left-to-right glyphs [gStart, gEnd) of a run from <paramref name="pen"/>; returns the new pen x.</summary>
    private static float DrawRun(DrawContext context, ShapedParagraph paragraph, StyledRun run, int gStart, int gEnd, float pen,
        float baseline, float extra, int textEnd)
    {
        var text = paragraph.Text;
        var shaped = run.Shaped;
        var clusters = shaped.Clusters;
        var used = context.GlyphsOf(run.Face);
        var scale = run.Scale;
        var y0 = baseline - run.Rise;
        var canvas = context.Canvas;
        if (canvas is null)
        {
            for (var g = gStart; g < gEnd; g++)
            {
                used.Add(shaped.Glyphs[g]);
                pen += shaped.Advances[g] * scale + (text[run.Start + clusters[g]] == ' ' ? extra : 0);
            }
            return pen;
        }

        var font = context.Font(run.Face, run.FontSize);
        context.Paint.Color = run.Color.ToSkia();
        // Ragged lines are drawn in segments that each start at their own origin: inside a segment glyphs follow
        // the font's advances exactly, so Skia's PDF writer emits one string rather than a move per glyph
        // (about half the content size). A segment ends where kerning or a mark offset changes the spacing.
        // Justified lines change the spacing at every word; one run per piece is cheaper there.
        if (extra != 0)
        {
            return DrawSegment(context, paragraph, run, font, gStart, gEnd, pen, y0, extra, used, textEnd);
        }
        var s = gStart;
        while (s < gEnd)
        {
            var e = s;
            while (e + 1 < gEnd && (shaped.Nominal[e] || clusters[e + 1] == clusters[e]))
            {
                e++;
            }
            pen = DrawSegment(context, paragraph, run, font, s, e + 1, pen, y0, 0, used, textEnd);
            s = e + 1;
        }
        return pen;
    }

    /// <summary>
    /// Draws the glyphs [gStart, gEnd) of a right-to-left run, visually from <paramref name="left"/>, as one blob that
    /// lists them in logical order (each at its own position), so text extraction reads the chars in typing order.
    /// </summary>
    private static void DrawRightToLeft(DrawContext context, ShapedParagraph paragraph, StyledRun run, int gStart, int gEnd, float left,
        float baseline, float extra, int textStart, int textEnd)
    {
        var text = paragraph.Text;
        var shaped = run.Shaped;
        var clusters = shaped.Clusters;
        var used = context.GlyphsOf(run.Face);
        for (var g = gStart; g < gEnd; g++)
        {
            used.Add(shaped.Glyphs[g]);
        }
        if (context.Canvas is null)
        {
            return;
        }
        var font = context.Font(run.Face, run.FontSize);
        context.Paint.Color = run.Color.ToSkia();
        var scale = run.Scale;
        var utf8 = paragraph.Utf8Offsets;
        var byteStart = utf8[textStart];
        var count = gEnd - gStart;
        var buffer = context.BlobBuilder.AllocatePositionedTextRun(font, count, utf8[textEnd] - byteStart);
        var glyphs = buffer.Glyphs;
        var positions = buffer.Positions;
        var runClusters = buffer.Clusters;
        var local = 0f;
        for (var g = gStart; g < gEnd; g++)
        {
            // Visual glyph g goes to logical slot count - 1 - (g - gStart).
            var i = count - 1 - (g - gStart);
            var c = run.Start + clusters[g];
            glyphs[i] = shaped.Glyphs[g];
            positions[i] = new SKPoint(local + shaped.OffsetsX[g] * scale, -shaped.OffsetsY[g] * scale);
            runClusters[i] = (uint)Math.Max(utf8[c] - byteStart, 0);
            local += shaped.Advances[g] * scale + (text[c] == ' ' ? extra : 0);
        }
        Encoding.UTF8.GetBytes(text.AsSpan(textStart, textEnd - textStart), buffer.Text);
        using var blob = context.BlobBuilder.Build();
        if (blob is not null)
        {
            context.Canvas.DrawText(blob, left, baseline, context.Paint);
        }
    }

    /// <summary>Draws glyphs [start, end) of a run as one blob whose origin is the first glyph; returns the new pen x.</summary>
    private static float DrawSegment(DrawContext context, ShapedParagraph paragraph, StyledRun run, SKFont font, int start, int end,
        float pen, float baseline, float extra, HashSet<ushort> used, int runTextEnd)
    {
        var text = paragraph.Text;
        var shaped = run.Shaped;
        var clusters = shaped.Clusters;
        var scale = run.Scale;
        var utf8 = paragraph.Utf8Offsets;
        var textStart = run.Start + clusters[start];
        var textEnd = end < shaped.Count ? Math.Min(run.Start + clusters[end], runTextEnd) : runTextEnd;
        if (textEnd < textStart)
        {
            textEnd = textStart;
        }
        var byteStart = utf8[textStart];
        var count = end - start;
        var builder = context.BlobBuilder;
        var buffer = builder.AllocatePositionedTextRun(font, count, utf8[textEnd] - byteStart);
        var glyphs = buffer.Glyphs;
        var positions = buffer.Positions;
        var runClusters = buffer.Clusters;
        var local = 0f;
        for (var g = start; g < end; g++)
        {
            var i = g - start;
            var c = run.Start + clusters[g];
            glyphs[i] = shaped.Glyphs[g];
            used.Add(shaped.Glyphs[g]);
            positions[i] = new SKPoint(local + shaped.OffsetsX[g] * scale, -shaped.OffsetsY[g] * scale);
            runClusters[i] = (uint)(Math.Max(utf8[c] - byteStart, 0));
            local += shaped.Advances[g] * scale + (text[c] == ' ' ? extra : 0);
        }
        Encoding.UTF8.GetBytes(text.AsSpan(textStart, textEnd - textStart), buffer.Text);
        using var blob = builder.Build();
        if (blob is not null)
        {
            context.Canvas!.DrawText(blob, pen, baseline, context.Paint);
        }
        return pen + local;
    }

    private static void FlushLink(DrawContext context, string? uri, float left, float right, float top, float height)
    {
        if (uri is not null && context.Canvas is not null && right > left)
        {
            context.Canvas.DrawUrlAnnotation(new SKRect(left, top, right, top + height), uri);
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

using System.Text;
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
        float extra = 0, offset = 0;
        switch (alignment)
        {
            case TextAlignment.Justify when !line.EndsParagraph && slack > 0:
                var spaces = CountSpaces(text, line.Start, line.End);
                extra = spaces > 0 ? slack / spaces : 0;
                break;
            case TextAlignment.Right:
                offset = slack;
                break;
            case TextAlignment.Center:
                offset = slack / 2;
                break;
        }

        var baseline = top + line.Baseline;
        var pen = x + offset;
        string? linkUri = null;
        float linkLeft = 0;
        foreach (var run in paragraph.Runs)
        {
            if (run.End <= line.Start || run.Start >= line.End)
            {
                continue;
            }
            var shaped = run.Shaped;
            var clusters = shaped.Clusters;
            var gStart = 0;
            while (gStart < shaped.Count && run.Start + clusters[gStart] < line.Start)
            {
                gStart++;
            }
            var gEnd = gStart;
            while (gEnd < shaped.Count && run.Start + clusters[gEnd] < line.End)
            {
                gEnd++;
            }
            var count = gEnd - gStart;
            if (count == 0)
            {
                continue;
            }
            if (run.LinkUri != linkUri)
            {
                FlushLink(context, linkUri, linkLeft, pen, top, line.Height);
                linkUri = run.LinkUri;
                linkLeft = pen;
            }

            var textEnd = Math.Min(run.End, line.End);
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
                continue;
            }

            var font = context.Font(run.Face, run.FontSize);
            context.Paint.Color = run.Color.ToSkia();
            // Ragged lines are drawn in segments that each start at their own origin: inside a segment glyphs follow
            // the font's advances exactly, so Skia's PDF writer emits one string rather than a move per glyph
            // (about half the content size). A segment ends where kerning or a mark offset changes the spacing.
            // Justified lines change the spacing at every word; one run per piece is cheaper there.
            if (extra != 0)
            {
                pen = DrawSegment(context, paragraph, run, font, gStart, gEnd, pen, y0, extra, used, textEnd);
                continue;
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
        }
        FlushLink(context, linkUri, linkLeft, pen, top, line.Height);
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

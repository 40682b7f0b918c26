using System.Collections;
using CvBuild.Layout.Engine;
using CvBuild.Layout.Text;

namespace CvBuild.Layout;

/// <summary>
/// A paragraph of styled spans, broken into lines at Unicode break opportunities (UAX #14); splits across pages between
/// lines. Right-to-left text is ordered by the Unicode Bidirectional Algorithm (UAX #9), the paragraph's direction
/// taken from its first strong letter.
/// With <see cref="HangingIndent"/> every line is indented and the optional <see cref="Label"/> (e.g. "[12]")
/// sits in the indent of the first line, as in a numbered list (at the right for a right-to-left paragraph).
/// </summary>
public sealed class RichText : Element, IEnumerable<TextSpan>
{
    private readonly SpanList _spans = [];

    public RichText()
    {
    }

    public RichText(string text, TextStyle? style = null)
    {
        Add(text, style ?? TextStyle.Default);
    }

    public RichText(params IEnumerable<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            _spans.Add(span);
        }
    }

    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Line height as a multiple of the largest font size on the line.</summary>
    public float LineHeight { get; init; } = 1.2f;

    /// <summary>
    /// The paragraph's base direction; <see cref="TextDirection.Auto"/> (the default) takes it from each paragraph's
    /// first strong letter (UAX #9 P2–P3), which lets a line that happens to start with a Hebrew word run right to left.
    /// </summary>
    public TextDirection Direction { get; init; } = TextDirection.Auto;

    /// <summary>Indent of every line, in points; the <see cref="Label"/> is drawn inside it.</summary>
    public float HangingIndent { get; init; }

    /// <summary>
    /// With <see cref="HangingIndent"/> and no <see cref="Label"/>: the first line starts at the left edge and the
    /// wrapped lines at the indent (a list item's hanging indent). Every line is broken to the indented width.
    /// </summary>
    public bool HangFirstLine { get; init; }

    /// <summary>Drawn at the left of the first line, within <see cref="HangingIndent"/> (e.g. a list number).</summary>
    public TextSpan? Label { get; init; }

    /// <summary>The spans; also settable by initializer: <c>new RichText { Alignment = ..., Spans = { { "a", style } } }</c>.</summary>
    public SpanList Spans => _spans;

    public void Add(TextSpan span) => _spans.Add(span);

    public void Add(string text, TextStyle style) => _spans.Add(new TextSpan(text, style));

    /// <summary>Adds a hyperlinked span: its glyph area becomes a PDF link annotation to <paramref name="uri"/>.</summary>
    public void AddLink(string text, string uri, TextStyle style) => _spans.Add(new TextSpan(text, style, uri));

    public IEnumerator<TextSpan> GetEnumerator() => _spans.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override LayoutNode CreateNode(LayoutContext context)
    {
        var paragraph = context.Paragraph(this);
        var label = Label is null ? null : ShapedParagraph.Create([Label], LineHeight, context.Fonts);
        return new Node(context, this, paragraph, label);
    }

    private static readonly System.Buffers.SearchValues<char> OneWordSeparators =
        System.Buffers.SearchValues.Create(" \u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000");

    private sealed class Node(LayoutContext context, RichText owner, ShapedParagraph paragraph, ShapedParagraph? label) : LayoutNode
    {
        private int _line;

        public override SpacePlan Measure(float width, float height)
        {
            var lines = paragraph.Lines(Math.Max(0, width - owner.HangingIndent));
            if (_line >= lines.Count)
            {
                return SpacePlan.Empty;
            }
            var count = FittingLines(lines, height, out var used, out var maxWidth);
            var planWidth = Math.Min(width, maxWidth + owner.HangingIndent);
            if (count == 0)
            {
                return SpacePlan.Wrap;
            }
            return _line + count == lines.Count ? SpacePlan.Full(planWidth, used) : SpacePlan.Partial(planWidth, used);
        }

        public override void Draw(DrawContext context, LayoutBox rect)
        {
            var indent = owner.HangingIndent;
            var lineWidth = Math.Max(0, rect.Width - indent);
            var lines = paragraph.Lines(lineWidth);
            var count = FittingLines(lines, rect.Height, out _, out _);
            var top = rect.Top;
            for (var i = _line; i < _line + count; i++)
            {
                var line = lines[i];
                // A right-to-left paragraph (UAX #9) starts at the right: its indent and label move there.
                var rightToLeft = paragraph.IsRightToLeftParagraphAt(line.Start);
                if (i == 0 && label is not null)
                {
                    DrawLabel(context, line, rightToLeft ? rect.Right - indent : rect.Left, top, indent, rightToLeft);
                }
                // The first line of a hanging paragraph takes the indent's place (at the right in a right-to-left one).
                var hangs = i == 0 && owner.HangFirstLine && label is null;
                var left = rightToLeft == hangs ? rect.Left + indent : rect.Left;
                TextPainter.DrawLine(context, paragraph, line, left, top, lineWidth, owner.Alignment);
                top += line.Height;
                Count(context, lines, i);
            }
            _line += count;
        }

        private void Count(DrawContext context, IReadOnlyList<TextLine> lines, int i)
        {
            var line = lines[i];
            var s = context.Statistics;
            var runt = line.EndsParagraph && i > 0 && !lines[i - 1].EndsParagraph && IsOneWord(paragraph.Text, line.Start, line.End);
            context.Statistics = s with
            {
                Lines = s.Lines + 1,
                Paragraphs = s.Paragraphs + (line.EndsParagraph ? 1 : 0),
                OneWordLastLines = s.OneWordLastLines + (runt ? 1 : 0),
                HyphenatedLines = s.HyphenatedLines + (line.Hyphenated ? 1 : 0),
            };
        }

        private static bool IsOneWord(string text, int start, int end) =>
            end > start && !text.AsSpan(start, end - start).ContainsAny(OneWordSeparators);

        private void DrawLabel(DrawContext context, TextLine firstLine, float left, float top, float indent, bool rightToLeft)
        {
            var labelLines = label!.Lines(float.PositiveInfinity);
            if (labelLines.Count == 0)
            {
                return;
            }
            var labelLine = labelLines[0];
            var width = Math.Max(indent, labelLine.Width);
            // Align baselines so a label in another size still sits on the first line.
            TextPainter.DrawLine(context, label, labelLine, rightToLeft ? left + indent - width : left,
                top + firstLine.Baseline - labelLine.Baseline, width, rightToLeft ? TextAlignment.Right : TextAlignment.Left);
        }

        private int FittingLines(IReadOnlyList<TextLine> lines, float height, out float used, out float maxWidth)
        {
            var count = 0;
            var total = 0f;
            for (var i = _line; i < lines.Count && total + lines[i].Height <= height + SpacePlan.Epsilon; i++)
            {
                total += lines[i].Height;
                count++;
            }
            var remaining = lines.Count - _line;
            if (count < remaining && !float.IsPositiveInfinity(height))
            {
                var atPageTop = height >= context.PageContentHeight - SpacePlan.Epsilon;
                if (_line == 0 && count == 1 && !atPageTop)
                {
                    // Orphan: a paragraph's first line alone at the page foot moves to the next page.
                    count = 0;
                }
                else if (remaining - count == 1 && count >= 3)
                {
                    // Widow: never leave a paragraph's last line alone at the top of the next page.
                    count--;
                }
            }
            used = 0;
            maxWidth = 0;
            for (var i = _line; i < _line + count; i++)
            {
                used += lines[i].Height;
                maxWidth = Math.Max(maxWidth, lines[i].Width);
            }
            return count;
        }
    }
}

using CvBuild.Layout;
using CvBuild.Pdf.Theming;
using CvBuild.Presentation.Document;

namespace CvBuild.Pdf.Sections;

/// <summary>The document's lines as paragraphs: each span kind in the theme's style, links as link annotations.</summary>
internal static class Lines
{
    /// <param name="hangingIndent">See <see cref="Para"/>: a list item's wrapped lines are indented by it.</param>
    public static RichText Paragraph(Styles styles, Line line, TextAlignment alignment = TextAlignment.Left, float hangingIndent = 0, bool hangFirstLine = false)
    {
        if (line.Role == LineRole.Paragraph && alignment == TextAlignment.Left && styles.Theme.JustifiedParagraphs) alignment = TextAlignment.Justify;
        // A paragraph of free text (an abstract) takes its direction from its first letter, as HTML's dir="auto";
        // every other line has the document's direction, with each field an isolate in it.
        var free = line.IsParagraph;
        var para = new Para(styles, alignment, hangingIndent, hangFirstLine, free ? TextDirection.Auto : styles.Direction);
        var item = line.Role == LineRole.Item;
        foreach (var span in line.Spans)
        {
            var style = StyleOf(styles, span, item);
            // Short link labels ("PDF", "code") are set smaller; everything else that links keeps its size, in the accent.
            // Where a line may not break is the document's (Span.NoBreak, Span.NoBreakBefore), the same in every output.
            if (span.Url is { } url) para.Link(span.Text, url, span.Kind == SpanKind.Link ? styles.Link : style with { Color = styles.Accent }, span.NoBreak, span.NoBreakBefore, span.IsField && !free);
            else para.Add(span.Text, style, span.NoBreak, span.IsField && !free, span.NoBreakBefore);
        }
        return para.Build();
    }

    private static TextStyle StyleOf(Styles styles, Span span, bool item) => span.Kind switch
    {
        SpanKind.Note => styles.Note,
        _ when span.IsStrong => styles.Bold,
        _ when span.IsItalic || item => styles.Italic,
        _ => styles.Body,
    };
}

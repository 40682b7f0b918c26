namespace CvBuild.Presentation.Document;

/// <summary>The part a line plays in its entry.</summary>
public enum LineRole
{
    /// <summary>Follows the line before it directly.</summary>
    Normal,
    /// <summary>A paragraph (an abstract) set apart from the lines around it.</summary>
    Paragraph,
    /// <summary>One item of a list inside the entry (the venues a reviewer served).</summary>
    Item,
}

/// <summary>One logical line of an entry; renderers wrap it to their width.</summary>
public sealed record Line(IReadOnlyList<Span> Spans, LineRole Role = LineRole.Normal)
{
    public static Line Of(params Span[] spans) => new(spans);

    public bool IsParagraph => Role == LineRole.Paragraph;

    /// <summary>The line's text without styling (what a reader sees).</summary>
    public string PlainText => string.Concat(Spans.Select(s => s.Text));
}

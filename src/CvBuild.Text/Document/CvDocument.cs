namespace CvBuild.Text.Document;

/// <summary>
/// A CV as a sequence of headed sections of simple blocks: what the plain-text and Markdown renderers
/// share, so both show the same facts in the same order and only the typography differs.
/// </summary>
public sealed record CvDocument(string Title, Header Header, IReadOnlyList<Section> Sections, string? Footer);

public sealed record Header(string Name, IReadOnlyList<Line> Lines);

public sealed record Section(string Heading, IReadOnlyList<Block> Blocks);

public enum SpanStyle { Plain, Strong, Emphasis }

/// <summary>A run of text with one style; a link when Url is set.</summary>
public sealed record Span(string Text, SpanStyle Style = SpanStyle.Plain, string? Url = null)
{
    /// <summary>Wrapping must not break inside this span (a person's name, "(virtual)").</summary>
    public bool NoBreak { get; init; }

    public static Span Plain(string text) => new(text);
    public static Span Strong(string text) => new(text, SpanStyle.Strong);
    public static Span Emphasis(string text) => new(text, SpanStyle.Emphasis);
    public static Span Link(string text, string url) => new(text, SpanStyle.Plain, url);
}

/// <summary>
/// One logical line of an entry. A paragraph (an abstract) stands apart from the lines around it;
/// other lines follow each other directly (hard line breaks in Markdown).
/// </summary>
public sealed record Line(IReadOnlyList<Span> Spans, bool IsParagraph = false)
{
    public static Line Of(params Span[] spans) => new(spans);
    public static Line Paragraph(string text) => new([Span.Plain(text)], IsParagraph: true);
}

public abstract record Block;

/// <summary>A heading inside a section: a publication group, a year of talks, a service role.</summary>
public sealed record Subheading(string Text) : Block;

/// <summary>Free text that is not an entry: research interests, the equal-contribution legend.</summary>
public sealed record TextBlock(Line Line) : Block;

/// <summary>How an entry is introduced: a date column, a number, a bullet, or nothing (listing style).</summary>
public enum MarkerKind { Date, Number, Bullet, None }

/// <summary>One item of a section: a position, a degree, a paper, a talk.</summary>
public sealed record Entry(MarkerKind Kind, string? Marker, IReadOnlyList<Line> Lines) : Block;

/// <summary>A run of numbered entries; Markdown can only show ascending numbers as a real list.</summary>
public sealed record NumberedList(IReadOnlyList<Entry> Entries, bool Descending) : Block;

namespace CvBuild.Presentation.Document;

/// <summary>A part of a section's body.</summary>
public abstract record Block;

/// <summary>What a subheading heads, so each renderer can place it (the PDF sets a year in the dates column).</summary>
public enum SubheadingKind
{
    /// <summary>A publication group ("Conference Proceedings").</summary>
    Group,
    /// <summary>A year of talks; the entries after it until the next subheading are of that year.</summary>
    Year,
}

/// <summary>A heading inside a section.</summary>
public sealed record Subheading(string Text, SubheadingKind Kind) : Block;

/// <summary>What a free-text block is.</summary>
public enum TextKind { Body, Legend }

/// <summary>Free text that is not an entry: research interests, the equal-contribution legend.</summary>
public sealed record TextBlock(Line Line, TextKind Kind = TextKind.Body) : Block;

/// <summary>How an entry is introduced: a dates column, a number, a bullet, or nothing (listing style).</summary>
public enum MarkerKind { Date, Number, Bullet, None }

/// <summary>
/// One item of a section: a position, a degree, a paper, a talk. <see cref="Marker"/> is the worded date
/// ("2019–2024") or number ("12."); a <see cref="MarkerKind.Date"/> entry may have none (an undated service role).
/// </summary>
public sealed record Entry(MarkerKind Kind, string? Marker, IReadOnlyList<Line> Lines) : Block
{
    /// <summary>For a publication, what kind of work it is and its citation facts; null for every other entry.</summary>
    public ScholarlyWork? Work { get; init; }
}

/// <summary>A run of numbered entries; Markdown can only show ascending numbers as a real list.</summary>
public sealed record NumberedList(IReadOnlyList<Entry> Entries, bool Descending) : Block;

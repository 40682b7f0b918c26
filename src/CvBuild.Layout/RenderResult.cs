namespace CvBuild.Layout;

/// <summary>A rendered PDF with what the layout found on the way.</summary>
public sealed record RenderResult(byte[] Pdf, int PageCount, IReadOnlyList<BookmarkPosition> Bookmarks)
{
    /// <summary>How the paragraphs were broken into lines.</summary>
    public TextStatistics Text { get; init; } = new(0, 0, 0, 0);
}

/// <summary>
/// Counts over the drawn paragraphs (each stretch of a <see cref="RichText"/> up to a <c>\n</c> is a paragraph).
/// <paramref name="OneWordLastLines"/> counts paragraphs of two or more lines whose last line holds a single word (a
/// runt); <paramref name="HyphenatedLines"/> counts lines ending at a hyphenation point.
/// </summary>
public sealed record TextStatistics(int Paragraphs, int Lines, int OneWordLastLines, int HyphenatedLines);

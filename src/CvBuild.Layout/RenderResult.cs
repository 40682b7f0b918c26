namespace CvBuild.Layout;

/// <summary>A rendered PDF with what the layout found on the way.</summary>
public sealed record RenderResult(byte[] Pdf, int PageCount, IReadOnlyList<BookmarkPosition> Bookmarks);

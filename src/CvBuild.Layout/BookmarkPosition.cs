namespace CvBuild.Layout;

/// <summary>Where a <see cref="Bookmark"/> landed: page (0-based) and Y in points from the top of the page.</summary>
public sealed record BookmarkPosition(string Title, int PageIndex, float Y, int Level);

namespace CvBuild.Layout.Engine;

/// <summary>A bookmark position found while drawing: Y is in points from the top of the page.</summary>
internal sealed record BookmarkMark(string Title, int PageIndex, float Y, int Level);

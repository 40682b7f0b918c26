namespace CvBuild.Layout.Engine;

/// <summary>
/// An axis-aligned rectangle in points on the page, y growing down from the top edge: the area an element is drawn
/// into.
/// </summary>
internal readonly record struct LayoutBox(float Left, float Top, float Right, float Bottom)
{
    public float Width => Right - Left;
    public float Height => Bottom - Top;
}

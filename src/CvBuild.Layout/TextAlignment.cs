namespace CvBuild.Layout;

/// <summary>How lines of a paragraph sit between its edges.</summary>
public enum TextAlignment
{
    Left,
    Justify,
    Right,
    Center,
}

namespace CvBuild.Layout;

/// <summary>How lines of a paragraph sit between its edges.</summary>
public enum TextAlignment
{
    Left,

    /// <summary>Both edges; the last line (and a line before a forced break) sits at the paragraph's start side.</summary>
    Justify,
    Right,
    Center,

    /// <summary>At the side where the paragraph's reading starts: left, or right for a right-to-left paragraph (UAX #9).</summary>
    Start,

    /// <summary>At the side where the paragraph's reading ends: right, or left for a right-to-left paragraph.</summary>
    End,
}

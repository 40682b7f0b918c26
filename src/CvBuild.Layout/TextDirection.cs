namespace CvBuild.Layout;

/// <summary>The base direction of a paragraph (its UAX #9 paragraph embedding level).</summary>
public enum TextDirection
{
    /// <summary>From each paragraph's first strong letter (UAX #9 rules P2–P3).</summary>
    Auto,
    /// <summary>Level 0, whatever the text starts with (set by a higher-level protocol, HL1).</summary>
    LeftToRight,
    /// <summary>Level 1: lines start at the right.</summary>
    RightToLeft,
}

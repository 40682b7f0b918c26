namespace CvBuild.Layout.Text;

/// <summary>
/// A maximal piece of paragraph text with one span, one font, one script and one bidi embedding level;
/// [Start, End) are paragraph char indices. Odd levels are shaped right to left (UAX #9).
/// </summary>
internal sealed record StyledRun(int Start, int End, FontFace Face, float FontSize, float Rise, float NominalSize, Color Color,
    string? LinkUri, ShapedRun Shaped, byte Level = 0)
{
    /// <summary>Points per font unit at this run's size.</summary>
    public float Scale => FontSize / Face.UnitsPerEm;

    /// <summary>True for odd embedding levels: glyphs are in visual order, so clusters fall from first glyph to last.</summary>
    public bool IsRightToLeft => (Level & 1) == 1;
}

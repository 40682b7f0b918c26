namespace CvBuild.Layout.Text;

/// <summary>A maximal piece of paragraph text with one span and one font; [Start, End) are paragraph char indices.</summary>
internal sealed record StyledRun(int Start, int End, FontFace Face, float FontSize, float Rise, float NominalSize, Color Color,
    string? LinkUri, ShapedRun Shaped)
{
    /// <summary>Points per font unit at this run's size.</summary>
    public float Scale => FontSize / Face.UnitsPerEm;
}

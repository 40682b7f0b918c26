namespace CvBuild.Layout.Text;

/// <summary>
/// HarfBuzz output for one piece of text in one font, in font units (so one result serves every size).
/// Glyphs are in visual order; clusters are char indices into the shaped text, rising for left-to-right runs and
/// falling for right-to-left ones.
/// </summary>
internal sealed class ShapedRun(ushort[] glyphs, int[] clusters, float[] advances, float[] offsetsX, float[] offsetsY)
{
    public ushort[] Glyphs { get; } = glyphs;
    public int[] Clusters { get; } = clusters;
    public float[] Advances { get; } = advances;
    public float[] OffsetsX { get; } = offsetsX;
    public float[] OffsetsY { get; } = offsetsY;
    public int Count => Glyphs.Length;
}

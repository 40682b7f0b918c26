namespace CvBuild.Layout;

/// <summary>
/// A cell of a <see cref="Row"/>: a fixed width in points, as wide as its content (<see cref="Auto"/>),
/// or a share of the width left over.
/// </summary>
public sealed record RowItem(Element Content, float? FixedWidth, float Weight)
{
    /// <summary>True for a cell as wide as its content's widest line (up to the row width left).</summary>
    public bool IsAuto { get; init; }

    public static RowItem Auto(Element content) => new(content, null, 0) { IsAuto = true };

    public static RowItem Fixed(float width, Element content) => new(content, width, 0);

    public static RowItem Relative(float weight, Element content) => new(content, null, weight);

    public static RowItem Relative(Element content) => new(content, null, 1);
}

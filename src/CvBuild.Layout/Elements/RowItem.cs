namespace CvBuild.Layout;

/// <summary>A cell of a <see cref="Row"/>: either a fixed width in points or a share of the remaining width.</summary>
public sealed record RowItem(Element Content, float? FixedWidth, float Weight)
{
    public static RowItem Fixed(float width, Element content) => new(content, width, 0);

    public static RowItem Relative(float weight, Element content) => new(content, null, weight);

    public static RowItem Relative(Element content) => new(content, null, 1);
}

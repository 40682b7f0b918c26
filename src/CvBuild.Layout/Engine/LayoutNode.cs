
namespace CvBuild.Layout.Engine;

/// <summary>
/// The per-render, stateful counterpart of an <see cref="Element"/>. <see cref="Measure"/> is pure; <see cref="Draw"/>
/// draws what fits in the rectangle and remembers where it stopped, so the next page continues from there.
/// </summary>
internal abstract class LayoutNode
{
    public abstract SpacePlan Measure(float width, float height);

    /// <summary>Draws the part that <see cref="Measure"/> says fits in <paramref name="rect"/>'s size, then advances.</summary>
    public abstract void Draw(DrawContext context, LayoutBox rect);

    /// <summary>
    /// True when nothing is left to draw at <paramref name="width"/>: measured at unbounded height, the rest
    /// takes no room and does not continue. Containers override this to stop at their first unfinished child,
    /// so the page loop's "did this child finish?" costs what is on the page, not what is left of the document.
    /// </summary>
    public virtual bool IsDone(float width) => Measure(width, float.PositiveInfinity) is { Kind: SpacePlanKind.Full, Height: <= 0 };
}

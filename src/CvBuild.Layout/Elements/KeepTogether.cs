using CvBuild.Layout.Engine;

namespace CvBuild.Layout;

/// <summary>
/// Keeps its content on one page: if it does not fit in what is left of the page it moves to the next.
/// Content taller than a whole page splits normally rather than failing.
/// </summary>
public sealed class KeepTogether(Element content) : Element
{
    public Element Content { get; } = content;

    internal override bool KeepsWithNext => Content.KeepsWithNext;

    internal override IEnumerable<Element> Parts => [Content];

    internal override LayoutNode CreateNode(LayoutContext context) => new Node(context, Content.CreateNode(context));

    private sealed class Node(LayoutContext context, LayoutNode child) : LayoutNode
    {
        private bool _started;

        public override SpacePlan Measure(float width, float height)
        {
            var plan = child.Measure(width, height);
            if (plan.Kind != SpacePlanKind.Partial || _started)
            {
                return plan;
            }
            var whole = child.Measure(width, float.PositiveInfinity);
            return whole.Height > context.PageContentHeight + SpacePlan.Epsilon ? plan : SpacePlan.Wrap;
        }

        // Measured at unbounded height the content never splits, so keeping it together changes nothing.
        public override bool IsDone(float width) => child.IsDone(width);

        public override void Draw(DrawContext drawContext, LayoutBox rect)
        {
            _started = true;
            child.Draw(drawContext, rect);
        }
    }
}

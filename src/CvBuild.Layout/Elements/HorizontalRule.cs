using CvBuild.Layout.Engine;

namespace CvBuild.Layout;

/// <summary>A full-width horizontal line.</summary>
public sealed class HorizontalRule : Element
{
    public float Thickness { get; init; } = 0.5f;
    public Color Color { get; init; } = Color.Black;

    internal override LayoutNode CreateNode(LayoutContext context) => new Node(this);

    private sealed class Node(HorizontalRule rule) : LayoutNode
    {
        private bool _done;

        public override SpacePlan Measure(float width, float height) =>
            _done ? SpacePlan.Empty
            : rule.Thickness <= height + SpacePlan.Epsilon ? SpacePlan.Full(width, rule.Thickness)
            : SpacePlan.Wrap;

        public override void Draw(DrawContext context, LayoutBox rect)
        {
            // A row draws every cell on every page it spans; a rule already drawn must not be drawn again.
            if (_done)
            {
                return;
            }
            _done = true;
            context.Page?.FillRectangle(rect.Left, rect.Top, rect.Right, rect.Top + rule.Thickness, rule.Color);
        }
    }
}

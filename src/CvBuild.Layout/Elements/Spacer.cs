using CvBuild.Layout.Engine;

namespace CvBuild.Layout;

/// <summary>Empty vertical space; dropped (not carried over) when it does not fit at the foot of a page.</summary>
public sealed class Spacer(float height) : Element
{
    public float Height { get; } = height;

    internal override LayoutNode CreateNode(LayoutContext context) => new Node(Height);

    private sealed class Node(float height) : LayoutNode
    {
        private bool _done;

        public override SpacePlan Measure(float width, float available) =>
            _done ? SpacePlan.Empty : SpacePlan.Full(0, Math.Min(height, Math.Max(0, available)));

        public override void Draw(DrawContext context, LayoutBox rect) => _done = true;
    }
}

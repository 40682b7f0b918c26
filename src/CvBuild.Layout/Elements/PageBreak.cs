using CvBuild.Layout.Engine;

namespace CvBuild.Layout;

/// <summary>Ends the current page; what follows starts on a new one.</summary>
public sealed class PageBreak : Element
{
    internal override LayoutNode CreateNode(LayoutContext context) => new Node();

    private sealed class Node : LayoutNode
    {
        private bool _done;

        // "Partly fits, nothing shown" makes the enclosing column end the page here.
        public override SpacePlan Measure(float width, float height) => _done ? SpacePlan.Empty : SpacePlan.Partial(0, 0);

        public override void Draw(DrawContext context, LayoutBox rect) => _done = true;
    }
}

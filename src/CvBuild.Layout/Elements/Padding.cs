using CvBuild.Layout.Engine;

namespace CvBuild.Layout;

/// <summary>Space around a child, in points. Top and bottom padding are applied on every page the child spans.</summary>
public sealed class Padding(Element content) : Element
{
    public Padding(Element content, float all) : this(content)
    {
        Top = Right = Bottom = Left = all;
    }

    public Element Content { get; } = content;
    public float Top { get; init; }
    public float Right { get; init; }
    public float Bottom { get; init; }
    public float Left { get; init; }

    internal override bool KeepsWithNext => Content.KeepsWithNext;

    internal override IEnumerable<Element> Parts => [Content];

    internal override LayoutNode CreateNode(LayoutContext context) => new Node(this, Content.CreateNode(context));

    private sealed class Node(Padding padding, LayoutNode child) : LayoutNode
    {
        private bool _done;

        public override SpacePlan Measure(float width, float height)
        {
            if (_done)
            {
                return SpacePlan.Empty;
            }
            var vertical = padding.Top + padding.Bottom;
            var horizontal = padding.Left + padding.Right;
            if (height - vertical < -SpacePlan.Epsilon)
            {
                return SpacePlan.Wrap;
            }
            var plan = child.Measure(Math.Max(0, width - horizontal), Math.Max(0, height - vertical));
            return plan.IsWrap ? plan : plan with { Width = plan.Width + horizontal, Height = plan.Height + vertical };
        }

        public override void Draw(DrawContext context, LayoutBox rect)
        {
            var inner = new LayoutBox(rect.Left + padding.Left, rect.Top + padding.Top, rect.Right - padding.Right,
                rect.Bottom - padding.Bottom);
            child.Draw(context, inner);
            _done = child.IsDone(inner.Width);
        }

        // Until the child is done, vertical padding alone takes room, so only unpadded content can be done early.
        public override bool IsDone(float width) =>
            _done || (padding.Top + padding.Bottom <= 0 && child.IsDone(Math.Max(0, width - padding.Left - padding.Right)));
    }
}

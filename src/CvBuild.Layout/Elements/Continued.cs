using CvBuild.Layout.Engine;

namespace CvBuild.Layout;

/// <summary>
/// Content that, when it goes on over a page break, shows <see cref="Mark"/> at the top of every later page it
/// continues on (a list's "2023 (cont.)"). The mark is drawn over the content and takes no room of its own: the
/// caller places it where the content leaves space, such as an otherwise empty dates column. Splitting, keeping and
/// measuring are the content's own.
/// </summary>
public sealed class Continued(Element content, Element mark) : Element
{
    public Element Content { get; } = content;

    /// <summary>Drawn from the top-left of the content's rectangle on each continuation page, as wide as the content.</summary>
    public Element Mark { get; } = mark;

    internal override bool KeepsWithNext => Content.KeepsWithNext;

    internal override IEnumerable<Element> Parts => [Content, Mark];

    internal override LayoutNode CreateNode(LayoutContext context) => new Node(context, this, Content.CreateNode(context));

    private sealed class Node(LayoutContext context, Continued owner, LayoutNode content) : LayoutNode
    {
        private bool _started;

        public override SpacePlan Measure(float width, float height) => content.Measure(width, height);

        public override void Draw(DrawContext drawContext, LayoutBox rect)
        {
            var plan = content.Measure(rect.Width, rect.Height);
            if (_started && plan.Height > SpacePlan.Epsilon)
            {
                // A fresh node each page: a mark is drawn whole every time, never continued.
                var mark = owner.Mark.CreateNode(context);
                var height = mark.Measure(rect.Width, float.PositiveInfinity).Height;
                mark.Draw(drawContext, new LayoutBox(rect.Left, rect.Top, rect.Right, rect.Top + height));
            }
            content.Draw(drawContext, rect);
            _started |= plan.Height > SpacePlan.Epsilon;
        }

        public override bool IsDone(float width) => content.IsDone(width);
    }
}

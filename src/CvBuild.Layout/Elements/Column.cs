using System.Collections;
using CvBuild.Layout.Engine;

namespace CvBuild.Layout;

/// <summary>Children stacked top to bottom with <see cref="Spacing"/> between them; splits across pages between and inside children.</summary>
public sealed class Column : Element, IEnumerable<Element>
{
    private readonly ElementList _children = [];

    public Column()
    {
    }

    /// <summary>Lets spacing be set together with a collection initializer: <c>new Column(6) { a, b }</c>.</summary>
    public Column(float spacing)
    {
        Spacing = spacing;
    }

    public Column(params IEnumerable<Element?> children)
    {
        foreach (var child in children)
        {
            Add(child);
        }
    }

    /// <summary>Vertical gap between consecutive children, in points. Not added at the top of a continuation page.</summary>
    public float Spacing { get; init; }

    /// <summary>The children, top to bottom; also settable by initializer: <c>new Column { Spacing = 6, Children = { a, b } }</c>.</summary>
    public ElementList Children => _children;

    /// <summary>Adds a child; null is ignored so optional content can be written inline.</summary>
    public void Add(Element? child) => _children.Add(child!);

    public IEnumerator<Element> GetEnumerator() => _children.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override IEnumerable<Element> Parts => _children;

    internal override LayoutNode CreateNode(LayoutContext context) =>
        new Node(context, _children.Select(c => c.CreateNode(context)).ToArray(), _children.Select(c => c.KeepsWithNext).ToArray(), Spacing);

    private sealed class Node(LayoutContext context, LayoutNode[] children, bool[] keepWithNext, float spacing) : LayoutNode
    {
        private int _index;

        public override SpacePlan Measure(float width, float height) => Plan(width, height, out _);

        public override void Draw(DrawContext drawContext, LayoutBox rect)
        {
            var plan = Plan(rect.Width, rect.Height, out var placements);
            // Each child gets the space it was measured against (not just its planned height), so its own
            // Draw reaches the same decisions as its Measure did.
            foreach (var (index, top, _, available) in placements)
            {
                children[index].Draw(drawContext, new LayoutBox(rect.Left, rect.Top + top, rect.Right, rect.Top + top + available));
            }
            if (plan.Kind == SpacePlanKind.Full)
            {
                _index = children.Length;
                return;
            }
            if (placements.Count > 0)
            {
                // The last placed child either stopped part-way (it continues next page) or finished.
                _index = placements[^1].Index;
                if (children[_index].IsDone(rect.Width))
                {
                    _index++;
                }
            }
        }

        // Same answer as measuring at unbounded height (done exactly when every remaining child is done: only
        // children with height add spacing), but stops at the first unfinished child instead of laying out the rest.
        public override bool IsDone(float width)
        {
            for (var i = _index; i < children.Length; i++)
            {
                if (!children[i].IsDone(width))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>Decides which children go on this page and where; the single source of truth for Measure and Draw.</summary>
        private SpacePlan Plan(float width, float height, out List<(int Index, float Top, float Height, float Available)> placements)
        {
            placements = [];
            float used = 0, maxWidth = 0;
            var placedHeight = false;
            for (var i = _index; i < children.Length; i++)
            {
                var gap = placedHeight ? spacing : 0;
                var available = Math.Max(0, height - used - gap);
                var plan = children[i].Measure(width, available);
                if (plan.IsWrap)
                {
                    return WrapAt(placements, height, maxWidth);
                }
                if (plan.Kind == SpacePlanKind.Partial && StrandsHeading(i, width, plan, placements))
                {
                    // Splitting here would leave a heading (or a chain of them: section, then group) at the page
                    // foot; treat it as not fitting so the chain moves on with what follows. At the top of a page
                    // with nothing else placed, moving cannot help, so the split stands.
                    var before = placements.ToList();
                    var wrapped = WrapAt(placements, height, maxWidth);
                    if (!wrapped.IsWrap || height < context.PageContentHeight - SpacePlan.Epsilon)
                    {
                        return wrapped;
                    }
                    placements = before;
                }
                var top = used + (plan.Height > 0 ? gap : 0);
                placements.Add((i, top, plan.Height, available));
                maxWidth = Math.Max(maxWidth, plan.Width);
                if (plan.Height > 0)
                {
                    used = top + plan.Height;
                    placedHeight = true;
                }
                if (plan.Kind == SpacePlanKind.Partial)
                {
                    return SpacePlan.Partial(maxWidth, used);
                }
            }
            return SpacePlan.Full(maxWidth, used);
        }

        // A child that would split is a problem when it is itself kept with its follower (a heading whose rule
        // does not fit), or when nothing of it fits after a kept child (the heading would end the page). Only when
        // moving helps: the kept child fits whole on a fresh page, or the follower puts something on one (a forced
        // page break does not), so the chain never moves forever.
        private bool StrandsHeading(int index, float width, SpacePlan plan, List<(int Index, float Top, float Height, float Available)> placements)
        {
            if (keepWithNext[index])
            {
                return children[index].Measure(width, context.PageContentHeight).Kind == SpacePlanKind.Full;
            }
            return plan.Height <= SpacePlan.Epsilon && placements.Count > 0 && keepWithNext[placements[^1].Index]
                && children[index].Measure(width, context.PageContentHeight).Height > SpacePlan.Epsilon;
        }

        private SpacePlan WrapAt(List<(int Index, float Top, float Height, float Available)> placements, float height, float maxWidth)
        {
            // A KeepWithNext child (a heading) must not be left alone at the page foot: move it along with what follows,
            // unless we are already at the top of a page, where moving would not help.
            var atPageTop = height >= context.PageContentHeight - SpacePlan.Epsilon;
            var keep = placements.Count;
            while (keep > 0 && keepWithNext[placements[keep - 1].Index])
            {
                keep--;
            }
            if (keep > 0 || !atPageTop)
            {
                placements.RemoveRange(keep, placements.Count - keep);
            }
            if (placements.Count == 0)
            {
                return SpacePlan.Wrap;
            }
            var last = placements[^1];
            return SpacePlan.Partial(maxWidth, last.Top + last.Height);
        }
    }
}

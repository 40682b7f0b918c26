using System.Collections;
using CvBuild.Layout.Engine;
using SkiaSharp;

namespace CvBuild.Layout;

/// <summary>
/// Cells side by side. Fixed cells get their width; the rest is shared by weight. The row is as tall as its tallest
/// cell; if a cell splits across pages, the others continue alongside it on the next page.
/// </summary>
public sealed class Row : Element, IEnumerable<RowItem>
{
    private readonly List<RowItem> _items = [];

    public Row()
    {
    }

    public Row(params IEnumerable<RowItem> items)
    {
        _items.AddRange(items);
    }

    /// <summary>Horizontal gap between cells, in points.</summary>
    public float Spacing { get; init; }

    public IReadOnlyList<RowItem> Items => _items;

    public void Add(RowItem item) => _items.Add(item);

    public IEnumerator<RowItem> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override LayoutNode CreateNode(LayoutContext context) =>
        new Node(_items.ToArray(), _items.Select(i => i.Content.CreateNode(context)).ToArray(), Spacing);

    private sealed class Node(RowItem[] items, LayoutNode[] cells, float spacing) : LayoutNode
    {
        public override SpacePlan Measure(float width, float height)
        {
            var widths = Widths(width);
            float tallest = 0;
            var partial = false;
            var anyContent = false;
            for (var i = 0; i < cells.Length; i++)
            {
                var plan = cells[i].Measure(widths[i], height);
                if (plan.IsWrap)
                {
                    return SpacePlan.Wrap;
                }
                partial |= plan.Kind == SpacePlanKind.Partial;
                anyContent |= plan.Height > 0 || plan.Kind == SpacePlanKind.Partial;
                tallest = Math.Max(tallest, plan.Height);
            }
            if (!anyContent)
            {
                return SpacePlan.Empty;
            }
            return partial ? SpacePlan.Partial(width, tallest) : SpacePlan.Full(width, tallest);
        }

        public override void Draw(DrawContext context, SKRect rect)
        {
            var widths = Widths(rect.Width);
            var x = rect.Left;
            for (var i = 0; i < cells.Length; i++)
            {
                var plan = cells[i].Measure(widths[i], rect.Height);
                if (!plan.IsWrap)
                {
                    cells[i].Draw(context, new SKRect(x, rect.Top, x + widths[i], rect.Top + plan.Height));
                }
                x += widths[i] + spacing;
            }
        }

        private float[] Widths(float width)
        {
            var widths = new float[items.Length];
            var free = width - spacing * Math.Max(0, items.Length - 1);
            float weights = 0;
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i].FixedWidth is { } fixedWidth)
                {
                    widths[i] = fixedWidth;
                    free -= fixedWidth;
                }
                else
                {
                    weights += items[i].Weight;
                }
            }
            free = Math.Max(0, free);
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i].FixedWidth is null)
                {
                    widths[i] = weights > 0 ? free * items[i].Weight / weights : 0;
                }
            }
            return widths;
        }
    }
}

using System.Collections;
using System.Collections.ObjectModel;
using CvBuild.Layout.Engine;

namespace CvBuild.Layout;

/// <summary>
/// Cells side by side. Fixed cells get their width; the rest is shared by weight. The row is as tall as its tallest
/// cell; if a cell splits across pages, the others continue alongside it on the next page.
/// </summary>
public sealed class Row : Element, IEnumerable<RowItem>
{
    private readonly Collection<RowItem> _items = [];

    public Row()
    {
    }

    /// <summary>Lets spacing be set together with a collection initializer: <c>new Row(8) { RowItem.Fixed(60, a), ... }</c>.</summary>
    public Row(float spacing)
    {
        Spacing = spacing;
    }

    public Row(params IEnumerable<RowItem> items)
    {
        foreach (var item in items)
        {
            _items.Add(item);
        }
    }

    /// <summary>Horizontal gap between cells, in points.</summary>
    public float Spacing { get; init; }

    /// <summary>The cells, left to right; also settable by initializer: <c>new Row { Spacing = 8, Items = { ... } }</c>.</summary>
    public Collection<RowItem> Items => _items;

    public void Add(RowItem item) => _items.Add(item);

    /// <summary>Adds a cell of fixed width in points.</summary>
    public Row Fixed(float width, Element content)
    {
        _items.Add(RowItem.Fixed(width, content));
        return this;
    }

    /// <summary>Adds a cell as wide as its content.</summary>
    public Row Auto(Element content)
    {
        _items.Add(RowItem.Auto(content));
        return this;
    }

    /// <summary>Adds a cell taking a <paramref name="weight"/> share of the width left after fixed cells and spacing.</summary>
    public Row Relative(float weight, Element content)
    {
        _items.Add(RowItem.Relative(weight, content));
        return this;
    }

    public IEnumerator<RowItem> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override IEnumerable<Element> Parts => _items.Select(i => i.Content);

    internal override LayoutNode CreateNode(LayoutContext context) =>
        new Node(_items.ToArray(), _items.Select(i => i.Content.CreateNode(context)).ToArray(), Spacing);

    private sealed class Node(RowItem[] items, LayoutNode[] cells, float spacing) : LayoutNode
    {
        // Auto cells are sized once, from their whole content, so a cell keeps its width on every page it spans.
        private float[]? _autoWidths;

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

        // A row is done when every cell is: then no cell has height or continues, which is what Measure calls empty.
        public override bool IsDone(float width)
        {
            var widths = Widths(width);
            for (var i = 0; i < cells.Length; i++)
            {
                if (!cells[i].IsDone(widths[i]))
                {
                    return false;
                }
            }
            return true;
        }

        public override void Draw(DrawContext context, LayoutBox rect)
        {
            var widths = Widths(rect.Width);
            var x = rect.Left;
            for (var i = 0; i < cells.Length; i++)
            {
                var plan = cells[i].Measure(widths[i], rect.Height);
                if (!plan.IsWrap)
                {
                    cells[i].Draw(context, new LayoutBox(x, rect.Top, x + widths[i], rect.Bottom));
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
                else if (!items[i].IsAuto)
                {
                    weights += items[i].Weight;
                }
            }
            if (_autoWidths is null)
            {
                _autoWidths = new float[items.Length];
                var left = Math.Max(0, free);
                for (var i = 0; i < items.Length; i++)
                {
                    if (items[i].IsAuto)
                    {
                        _autoWidths[i] = Math.Min(left, cells[i].Measure(left, float.PositiveInfinity).Width);
                        left -= _autoWidths[i];
                    }
                }
            }
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i].IsAuto)
                {
                    widths[i] = _autoWidths[i];
                    free -= widths[i];
                }
            }
            free = Math.Max(0, free);
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i].FixedWidth is null && !items[i].IsAuto)
                {
                    widths[i] = weights > 0 ? free * items[i].Weight / weights : 0;
                }
            }
            return widths;
        }
    }
}

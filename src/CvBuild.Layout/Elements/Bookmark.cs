using CvBuild.Layout.Engine;

namespace CvBuild.Layout;

/// <summary>
/// Wraps content and adds a PDF outline (bookmark) entry pointing at where the content starts.
/// Level 0 is top level; deeper levels nest under the previous shallower entry.
/// </summary>
public sealed class Bookmark(string title, int level, Element content) : Element
{
    public Bookmark(string title, Element content) : this(title, 0, content)
    {
    }

    public string Title { get; } = title;
    public int Level { get; } = level;
    public Element Content { get; } = content;

    internal override bool KeepsWithNext => Content.KeepsWithNext;

    internal override IEnumerable<Element> Parts => [Content];

    internal override LayoutNode CreateNode(LayoutContext context) => new Node(this, Content.CreateNode(context));

    private sealed class Node(Bookmark bookmark, LayoutNode child) : LayoutNode
    {
        private bool _recorded;

        public override SpacePlan Measure(float width, float height) => child.Measure(width, height);

        public override bool IsDone(float width) => child.IsDone(width);

        public override void Draw(DrawContext context, LayoutBox rect)
        {
            if (!_recorded)
            {
                _recorded = true;
                context.Bookmarks.Add(new BookmarkMark(bookmark.Title, context.PageIndex, rect.Top, bookmark.Level));
            }
            child.Draw(context, rect);
        }
    }
}

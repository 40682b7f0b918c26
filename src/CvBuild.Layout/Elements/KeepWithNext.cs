using CvBuild.Layout.Engine;

namespace CvBuild.Layout;

/// <summary>
/// Marks content (typically a heading) that must share a page with the start of the next sibling in a
/// <see cref="Column"/>: if the next sibling does not begin on this page, both move to the next one.
/// </summary>
public sealed class KeepWithNext(Element content) : Element
{
    public Element Content { get; } = content;

    // The column does the keeping; this element only marks its child and lays it out as is.
    internal override bool KeepsWithNext => true;

    internal override IEnumerable<Element> Parts => [Content];

    internal override LayoutNode CreateNode(LayoutContext context) => Content.CreateNode(context);
}

using CvBuild.Layout.Engine;

namespace CvBuild.Layout;

/// <summary>
/// An immutable piece of document content. Elements describe; each render builds fresh layout nodes from them,
/// so one element tree can be rendered many times (and on many threads).
/// </summary>
public abstract class Element
{
    private protected Element()
    {
    }

    internal abstract LayoutNode CreateNode(LayoutContext context);

    /// <summary>True when this element (or the content it wraps) must stay on the page of its next sibling.</summary>
    internal virtual bool KeepsWithNext => false;

    /// <summary>The elements this one lays out, in the order <see cref="CreateNode"/> first asks for them.</summary>
    internal virtual IEnumerable<Element> Parts => [];
}

using System.Collections.ObjectModel;

namespace CvBuild.Layout;

/// <summary>Children of a container. Adding null is ignored, so optional content can be written inline.</summary>
public sealed class ElementList : Collection<Element>
{
    protected override void InsertItem(int index, Element item)
    {
        if (item is not null)
        {
            base.InsertItem(index, item);
        }
    }

    protected override void SetItem(int index, Element item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.SetItem(index, item);
    }
}

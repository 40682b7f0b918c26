using CvBuild.Layout;
using CvBuild.Pdf.Theming;

namespace CvBuild.Pdf.Sections;

/// <summary>A section title over a rule; an outline entry; never left alone at the foot of a page.</summary>
internal static class SectionHeading
{
    public static Element Create(Styles styles, string title)
    {
        var heading = new Column(
            new RichText(title, styles.Heading) { LineHeight = 1.15f },
            new Spacer(styles.Size * 0.2f),
            new HorizontalRule { Thickness = styles.Theme.RuleThickness, Color = styles.RuleColor },
            new Spacer(styles.Size * 0.25f));
        return new Bookmark(title, new KeepWithNext(heading));
    }

    /// <summary>A group inside a section ("Conference Proceedings"), also in the outline one level down.</summary>
    public static Element Group(Styles styles, string title, bool first)
    {
        var text = new RichText(title, styles.SubHeading) { LineHeight = styles.LineHeight };
        Element padded = DatedEntry.Indented(styles, new Padding(text) { Top = first ? 0 : styles.Size * 0.5f });
        return new Bookmark(title, 1, new KeepWithNext(padded));
    }
}

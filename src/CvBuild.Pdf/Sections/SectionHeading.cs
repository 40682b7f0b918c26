using CvBuild.Layout;
using CvBuild.Pdf.Theming;

namespace CvBuild.Pdf.Sections;

/// <summary>
/// A section title in the theme's heading style (over a rule, beside a band, or plain); an outline entry; never left
/// alone at the foot of a page.
/// </summary>
internal static class SectionHeading
{
    public static Element Create(Styles styles, string title)
    {
        var text = Title(styles, title);
        Element heading = styles.Theme.HeadingStyle switch
        {
            HeadingStyle.Band => Band(styles, text),
            HeadingStyle.Plain => new Column(text, new Spacer(styles.Size * 0.3f)),
            _ => new Column(
                text,
                new Spacer(styles.Size * 0.2f),
                new HorizontalRule { Thickness = styles.Theme.RuleThickness, Color = styles.RuleColor },
                new Spacer(styles.Size * 0.25f)),
        };
        return new Bookmark(title, new KeepWithNext(heading));
    }

    /// <summary>
    /// moderncv's section mark: a bar filling the dates column, level with the middle of the heading's capitals, and
    /// the title where the entries' text starts.
    /// </summary>
    private static Element Band(Styles styles, RichText text)
    {
        var size = styles.Heading.Size;
        // About the middle of a capital letter below the line's top, for a line height of 1.15.
        var top = Math.Max(0, size * 0.72f - styles.Theme.RuleThickness / 2);
        var band = new Padding(new HorizontalRule { Thickness = styles.Theme.RuleThickness, Color = styles.RuleColor }) { Top = top };
        var row = styles.Theme.DateSide == DateSide.Left
            ? new Row(RowItem.Fixed(styles.DateColumnWidth, band), RowItem.Relative(text)) { Spacing = styles.Gutter }
            : new Row(RowItem.Relative(text), RowItem.Fixed(styles.DateColumnWidth, band)) { Spacing = styles.Gutter };
        return new Padding(row) { Bottom = styles.Size * 0.35f };
    }

    /// <summary>The heading's text; small capitals, when the theme asks for them, are the layout engine's (see <see cref="TextStyle.SmallCaps"/>).</summary>
    private static RichText Title(Styles styles, string title) => new(title, styles.Heading) { LineHeight = 1.15f };

    /// <summary>A group inside a section ("Conference Proceedings"), also in the outline one level down.</summary>
    public static Element Group(Styles styles, string title, bool first)
    {
        Element text = new RichText(title, styles.SubHeading) { LineHeight = styles.LineHeight };
        if (styles.Theme.GroupRule)
            text = new Column(text, new Spacer(styles.Size * 0.1f), new HorizontalRule { Thickness = 0.4f, Color = styles.RuleColor }, new Spacer(styles.Size * 0.15f));
        Element padded = DatedEntry.Indented(styles, new Padding(text) { Top = first ? 0 : styles.Size * 0.5f });
        return new Bookmark(title, 1, new KeepWithNext(padded));
    }
}

using CvBuild.Layout;
using CvBuild.Pdf.Theming;

namespace CvBuild.Pdf.Sections;

/// <summary>Every page's foot: "Name — page X of Y" on the left, "Last updated Month YYYY" on the right.</summary>
internal static class PageFooter
{
    /// <param name="left">"Name — page 2 of 5", worded by the presentation strings.</param>
    /// <param name="right">"Last updated November 2025", or null when no date is known: the right side stays empty.</param>
    public static Element Create(Styles styles, string left, string? right)
    {
        var l = new RichText(left, styles.Footer) { LineHeight = 1.2f };
        var r = new RichText(right ?? "", styles.Footer) { LineHeight = 1.2f, Alignment = TextAlignment.Right };
        return new Column(
            new HorizontalRule { Thickness = 0.4f, Color = styles.Theme.Muted with { A = 90 } },
            new Spacer(styles.Size * 0.3f),
            new Row(RowItem.Relative(l), RowItem.Relative(r)));
    }
}

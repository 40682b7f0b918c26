using CvBuild.Layout;
using CvBuild.Pdf.Theming;

namespace CvBuild.Pdf.Sections;

/// <summary>Every page's foot: "Name — page X of Y" on the left, "Last updated Month YYYY" on the right.</summary>
internal static class PageFooter
{
    /// <param name="lastUpdated">"November 2025", or null when the CV gives no date: then the right side stays empty.</param>
    public static Element Create(Styles styles, string name, string? lastUpdated, int page, int total)
    {
        var left = new RichText($"{name} \u2014 page {page} of {total}", styles.Footer) { LineHeight = 1.2f };
        var right = new RichText(lastUpdated is null ? "" : "Last updated " + lastUpdated, styles.Footer) { LineHeight = 1.2f, Alignment = TextAlignment.Right };
        return new Column(
            new HorizontalRule { Thickness = 0.4f, Color = styles.Theme.Muted with { A = 90 } },
            new Spacer(styles.Size * 0.3f),
            new Row(RowItem.Relative(left), RowItem.Relative(right)));
    }
}

using CvBuild.Layout;
using CvBuild.Pdf.Theming;

namespace CvBuild.Pdf.Sections;

/// <summary>
/// The CV's basic unit: a fixed-width left column (dates, a list number) beside the entry's lines. Kept on one page
/// unless it is taller than a page, so an entry never loses its last line to the next page.
/// </summary>
internal static class DatedEntry
{
    public static Element Create(Styles styles, string? label, TextStyle labelStyle, IEnumerable<Element?> lines) =>
        Create(styles, label, labelStyle, styles.Theme.DateAlignment, lines);

    /// <summary>A numbered entry: numbers always sit flush right against the text they count, in every theme.</summary>
    public static Element Numbered(Styles styles, string? number, IEnumerable<Element?> lines) =>
        Create(styles, number, styles.Number, TextAlignment.Right, lines, number: true);

    private static Element Create(Styles styles, string? label, TextStyle labelStyle, TextAlignment alignment, IEnumerable<Element?> lines, bool number = false)
    {
        // No extra gap between an entry's lines: wrapped and separate lines keep one even leading.
        var body = new Column(lines);
        var side = new RichText { LineHeight = styles.LineHeight, Alignment = alignment };
        if (!string.IsNullOrEmpty(label)) side.Add(label, labelStyle);
        // A number always precedes what it counts; a date stands on the theme's side.
        var row = number || styles.Theme.DateSide == DateSide.Left
            ? new Row(RowItem.Fixed(number ? styles.NumberColumnWidth : styles.DateColumnWidth, side), RowItem.Relative(body)) { Spacing = styles.Gutter }
            : new Row(RowItem.Relative(body), RowItem.Fixed(styles.DateColumnWidth, side)) { Spacing = styles.Gutter };
        return new KeepTogether(row);
    }

    public static Element Create(Styles styles, string? date, params Element?[] lines) => Create(styles, date, styles.Date, lines);

    /// <summary>Content aligned with the entries' text column, with nothing in the dates column.</summary>
    public static Element Indented(Styles styles, Element content) =>
        new Padding(content) { Left = styles.TextIndent };
}

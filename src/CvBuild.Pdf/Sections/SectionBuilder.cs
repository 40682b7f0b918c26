using CvBuild.Layout;
using CvBuild.Pdf.Theming;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;

namespace CvBuild.Pdf.Sections;

/// <summary>
/// Lays out the document's sections: each a heading kept with its first entry, then its blocks. Dates and
/// numbers go in the left column; a year of talks stands once beside its first talk.
/// </summary>
internal sealed class SectionBuilder(Styles styles, PresentationStrings strings)
{
    public IEnumerable<Element> Build(IReadOnlyList<Section> sections)
    {
        foreach (var section in sections)
        {
            // One column per section: the heading's KeepWithNext binds it to the section's first entry.
            yield return new Column([SectionHeading.Create(styles, section.Heading), .. Blocks(section.Blocks)]) { Spacing = styles.EntryGap };
        }
    }

    private IEnumerable<Element> Blocks(IReadOnlyList<Block> blocks)
    {
        var firstGroup = true;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case TextBlock { Kind: TextKind.Legend } legend:
                    yield return new KeepWithNext(DatedEntry.Indented(styles,
                        new Para(styles).Add(legend.Line.PlainText, styles.Italic with { Color = styles.Theme.Muted }).Build()));
                    break;
                case TextBlock text:
                    yield return DatedEntry.Create(styles, null, Lines.Paragraph(styles, text.Line));
                    break;
                case Subheading { Kind: SubheadingKind.Group } group:
                    yield return SectionHeading.Group(styles, group.Text, firstGroup);
                    firstGroup = false;
                    break;
                case Subheading year:
                    // The year's talks sit closer together than entries (the section's entry gap separates the years)
                    // but further apart than their wrapped lines, which hang in from the first. A year going on over
                    // a page break repeats itself there, marked as continued, in the otherwise empty dates column.
                    var entries = new List<Element>();
                    for (; i + 1 < blocks.Count && blocks[i + 1] is Entry talk; i++)
                        entries.Add(DatedEntry.Create(styles, entries.Count == 0 ? year.Text : null, styles.Date, Hanging(talk)));
                    var continued = DatedEntry.Create(styles, strings.Format("talks.year_continued", year.Text), styles.Date, []);
                    yield return new Continued(new Column(entries) { Spacing = styles.ItemGap }, continued);
                    break;
                case Entry entry:
                    yield return Entry(entry, entry.Marker);
                    break;
                case NumberedList list:
                    foreach (var e in list.Entries) yield return DatedEntry.Numbered(styles, e.Marker, Body(e));
                    break;
            }
        }
    }

    private Element Entry(Entry entry, string? label) =>
        entry.Kind == MarkerKind.Number ? DatedEntry.Numbered(styles, label, Body(entry)) : DatedEntry.Create(styles, label, styles.Date, Body(entry));

    /// <summary>A list item's lines: the first line's wrapped lines and every later line hang in from its start.</summary>
    private IEnumerable<Element?> Hanging(Entry entry) =>
        EntryLayout.Arrange(styles.Theme, entry.Lines).Select((line, k) => (Element?)Lines.Paragraph(styles, line, hangingIndent: styles.HangingIndent, hangFirstLine: k == 0));

    private IEnumerable<Element?> Body(Entry entry)
    {
        foreach (var line in EntryLayout.Arrange(styles.Theme, entry.Lines))
        {
            var text = Lines.Paragraph(styles, line);
            // An abstract stands apart from the entry's facts.
            yield return line.IsParagraph ? new Padding(text) { Top = styles.Size * 0.3f, Bottom = styles.Size * 0.3f } : text;
        }
    }
}

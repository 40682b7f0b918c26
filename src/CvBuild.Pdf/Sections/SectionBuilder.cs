using CvBuild.Layout;
using CvBuild.Pdf.Theming;
using CvBuild.Presentation.Document;

namespace CvBuild.Pdf.Sections;

/// <summary>
/// Lays out the document's sections: each a heading kept with its first entry, then its blocks. Dates and
/// numbers go in the left column; a year of talks stands once beside its first talk.
/// </summary>
internal sealed class SectionBuilder(Styles styles)
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
                    // The year's talks sit close together; the section's entry gap separates the years.
                    var entries = new List<Element>();
                    for (; i + 1 < blocks.Count && blocks[i + 1] is Entry talk; i++)
                        entries.Add(Entry(talk, entries.Count == 0 ? year.Text : null));
                    yield return new Column(entries) { Spacing = styles.Size * 0.2f };
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

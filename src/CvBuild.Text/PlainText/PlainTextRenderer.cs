using System.Text;
using CvBuild.Presentation.Document;
using CvBuild.Text.Rhythm;
using CvBuild.Text.Wrapping;

namespace CvBuild.Text.PlainText;

/// <summary>
/// The presentation document as plain text: underlined headings, a dates column with hanging indents, wrapped
/// at a width in display columns. A pure function of the document and the options.
/// </summary>
/// <remarks>
/// Vertical rhythm, the same for every section kind (the laws of <see cref="SpacedLines"/> hold on top): the header
/// lines (name, identity, contacts) follow each other; a blank line, then each section heading underlined with '=';
/// a group or year heading, underlined with '-', has a blank line before it unless it opens its section; a heading's
/// first entry follows its underline directly; entries are one blank line apart, except one-line bullets (talks,
/// memberships), which stay together as a compact list; an entry's lines and wrapped parts follow each other, and a
/// paragraph inside an entry (an abstract) has a blank line on each side; a blank line before the footer.
/// </remarks>
public sealed class PlainTextRenderer
{
    private readonly PlainTextOptions _options;
    private readonly SpacedLines _out = new(HeadingBlankLine.None);

    private PlainTextRenderer(PlainTextOptions options) => _options = options;

    /// <exception cref="ArgumentOutOfRangeException">The width is outside <see cref="PlainTextOptions.MinWidth"/>–<see cref="PlainTextOptions.MaxWidth"/>.</exception>
    public static string Render(PresentationDocument document, PlainTextOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (options.Width is < PlainTextOptions.MinWidth or > PlainTextOptions.MaxWidth)
            throw new ArgumentOutOfRangeException(nameof(options), $"width must be from {PlainTextOptions.MinWidth} to {PlainTextOptions.MaxWidth}");
        var renderer = new PlainTextRenderer(options);
        renderer.Write(document);
        return renderer._out.ToString();
    }

    private int Width => _options.Width;

    // Transliteration happens before layout: "—" becomes "--", which is wider.
    private string T(string text) => _options.Ascii ? AsciiTransliterator.Transliterate(text) : text;

    private void Write(PresentationDocument doc)
    {
        WrapLine(T(doc.Header.Name), "", "");
        foreach (var line in doc.Header.Identity) WrapLine(Flatten(line), "", "  ");
        foreach (var contact in doc.Header.Contacts)
        {
            var spans = contact.Label is null ? [contact.Value] : new[] { Span.Plain(contact.Label + ": "), contact.Value };
            WrapLine(Flatten(new Line(spans)), "", "  ");
        }
        foreach (var section in doc.Sections)
        {
            Heading(section.Heading, '=');
            WriteBlocks(section.Blocks);
        }
        if (doc.Footer is { } footer)
        {
            _out.BlankLine();
            WrapLine(T(footer), "", "");
        }
    }

    private void Heading(string text, char underline)
    {
        var lines = TextWrapper.Wrap(T(text), Width);
        _out.Heading([.. lines, new string(underline, lines.Max(DisplayWidth.Of))]);
    }

    private void WriteBlocks(IReadOnlyList<Block> blocks)
    {
        // One dates column per section, so entries line up down the page; none when no entry has a date.
        var widest = blocks.OfType<Entry>().Where(e => e.Kind == MarkerKind.Date).Select(e => DisplayWidth.Of(T(e.Marker ?? ""))).DefaultIfEmpty(0).Max();
        var dateColumn = widest == 0 ? 0 : widest + 2;
        Block? previous = null;
        foreach (var block in blocks)
        {
            if (previous is not null && NeedsBlankLine(previous, block)) _out.BlankLine();
            switch (block)
            {
                case Subheading s:
                    Heading(s.Text, '-');
                    break;
                case TextBlock t:
                    WrapLine(Flatten(t.Line), "", "");
                    break;
                case Entry entry:
                    WriteEntry(entry, dateColumn);
                    break;
                case NumberedList list:
                    var numberWidth = list.Entries.Max(e => DisplayWidth.Of(e.Marker ?? ""));
                    for (var i = 0; i < list.Entries.Count; i++)
                    {
                        if (i > 0) _out.BlankLine();
                        var entry = list.Entries[i];
                        WriteLines(entry.Lines, DisplayWidth.PadLeft(entry.Marker ?? "", numberWidth) + " ", numberWidth + 1);
                    }
                    break;
            }
            previous = block;
        }
    }

    /// <summary>
    /// Multi-line things (dated entries, numbered lists, listing entries, entries with an abstract) stand
    /// apart; one-line bullets such as talks stay together as a compact list. A heading is always set off before
    /// it and never after it (<see cref="SpacedLines.Heading"/>).
    /// </summary>
    private static bool NeedsBlankLine(Block previous, Block next) =>
        next is Subheading or NumberedList || previous is NumberedList or TextBlock
        || (next is Entry e && (e.Kind is MarkerKind.None or MarkerKind.Date || e.Lines.Count > 1))
        || (previous is Entry p && p.Lines.Count > 1);

    private void WriteEntry(Entry entry, int dateColumn)
    {
        switch (entry.Kind)
        {
            case MarkerKind.Date:
                WriteLines(entry.Lines, DisplayWidth.PadRight(T(entry.Marker ?? ""), dateColumn), dateColumn);
                break;
            case MarkerKind.Bullet:
                WriteLines(entry.Lines, "- ", 2);
                break;
            default:
                WriteLines(entry.Lines, "", 0);
                break;
        }
    }

    /// <summary>The first line after the marker, every other line and every wrapped part indented under it.</summary>
    private void WriteLines(IReadOnlyList<Line> lines, string marker, int indent)
    {
        var pad = new string(' ', indent);
        for (var i = 0; i < lines.Count; i++)
        {
            // A paragraph (an abstract) is set off by blank lines from whatever is next to it.
            if (i > 0 && (lines[i].IsParagraph || lines[i - 1].IsParagraph)) _out.BlankLine();
            if (lines[i].Role == LineRole.Item)
                WrapLine(Flatten(lines[i]), pad + "- ", pad + "  ");
            else
                WrapLine(Flatten(lines[i]), i == 0 ? marker : pad, pad);
        }
    }

    private void WrapLine(string text, string firstPrefix, string restPrefix) => WrapLine(new Flat(text, [], []), firstPrefix, restPrefix);

    private void WrapLine(Flat line, string firstPrefix, string restPrefix)
    {
        foreach (var wrapped in TextWrapper.Wrap(line.Text, Width, firstPrefix, restPrefix, line.KeepTogether, line.NoBreakAt))
            _out.Line(wrapped);
    }

    /// <summary>A line's text with where it may not break: inside a span marked <c>NoBreak</c>, before one marked <c>NoBreakBefore</c>.</summary>
    private sealed record Flat(string Text, IReadOnlyList<Range> KeepTogether, IReadOnlyList<int> NoBreakAt);

    /// <summary>
    /// Plain text has no bold or links: a link shows its (encoded) address after its label in &lt;…&gt;. A readable
    /// identifier (doi:…, arXiv:…) is its own address, and so is a label that is the address itself.
    /// </summary>
    private Flat Flatten(Line line)
    {
        var sb = new StringBuilder();
        var keep = new List<Range>();
        var glue = new List<int>();
        foreach (var span in line.Spans)
        {
            // An address printed as itself is printed encoded, like every address.
            var shown = span.Url is { } u && u != span.Text && Uri.UnescapeDataString(u) == span.Text ? u : span.Text;
            var text = T(shown);
            if (span.NoBreakBefore && sb.Length > 0) glue.Add(sb.Length);
            if (span.NoBreak) keep.Add(sb.Length..(sb.Length + text.Length));
            sb.Append(text);
            // The address after a label may go to a line of its own: it is often longer than the line.
            if (span.Url is { } url && span.Kind != SpanKind.Identifier && url != shown && url != "mailto:" + span.Text)
                sb.Append(" <").Append(T(url)).Append('>');
        }
        return new Flat(sb.ToString(), keep, glue);
    }
}

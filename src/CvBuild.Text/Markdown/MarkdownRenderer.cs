using System.Text;
using CvBuild.Core.Writing;
using CvBuild.Presentation.Document;
using CvBuild.Text.Rhythm;

namespace CvBuild.Text.Markdown;

/// <summary>
/// The presentation document as GitHub-flavoured Markdown: real links, titles and the owner in bold, every data
/// character escaped. Lines of one entry are joined by backslash hard breaks, which survive editors that strip
/// trailing spaces.
/// </summary>
/// <remarks>
/// Vertical rhythm, the same for every section kind (the laws of <see cref="SpacedLines"/> hold on top): every
/// heading (the name's H1, a section's H2, a group's or year's H3) has one blank line before and after it, as
/// Markdown style guides ask; entries are paragraphs one blank line apart; one-line bullets (talks, memberships)
/// are one tight list; a bullet holding a paragraph is a loose item set off by blank lines; the lines of one entry
/// are joined by hard breaks, and a paragraph inside an entry (an abstract) is its own paragraph; the footer
/// follows a blank line, a thematic break and a blank line.
/// </remarks>
public sealed class MarkdownRenderer
{
    private readonly SpacedLines _out = new(HeadingBlankLine.One);
    private bool _inTightList;

    public static string Render(PresentationDocument document, MarkdownOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        var renderer = new MarkdownRenderer();
        renderer.Write(document, options);
        return renderer._out.ToString();
    }

    private void Write(PresentationDocument doc, MarkdownOptions options)
    {
        if (options.FrontMatter)
        {
            // The layout shows the title, so the document's own H1 would repeat it.
            _out.Line("---");
            _out.Line("layout: page");
            _out.Line("title: " + YamlScalarWriter.Quoted(doc.Title));
            _out.Line("---");
            _out.BlankLine();
        }
        else
        {
            _out.Heading("# " + MarkdownEscaper.Escape(doc.Header.Name));
        }
        var header = doc.Header.Identity.Concat(doc.Header.Contacts.Select(c =>
            c.Label is null ? Line.Of(c.Value) : Line.Of(Span.Plain(c.Label + ": "), c.Value))).ToList();
        if (header.Count > 0) WriteLines(header, "", "");
        foreach (var section in doc.Sections)
        {
            _out.Heading("## " + MarkdownEscaper.Escape(section.Heading));
            _inTightList = false;
            foreach (var block in section.Blocks) WriteBlock(block);
        }
        if (doc.Footer is { } footer)
        {
            // The blank line before the break keeps it from turning the paragraph above into a setext heading.
            _out.BlankLine();
            _out.Line("---");
            _out.BlankLine();
            _out.Line("*" + MarkdownEscaper.Escape(footer) + "*");
        }
    }

    private void WriteBlock(Block block)
    {
        var continuesList = _inTightList;
        _inTightList = false;
        switch (block)
        {
            case Subheading s:
                _out.Heading("### " + MarkdownEscaper.Escape(s.Text));
                break;
            case TextBlock t:
                _out.BlankLine();
                WriteLines([t.Line], "", "");
                break;
            case Entry { Kind: MarkerKind.Date } e:
                _out.BlankLine();
                WriteLines(e.Lines, e.Marker is { } m ? MarkdownEscaper.Escape(m) + " " : "", "");
                break;
            case Entry { Kind: MarkerKind.Bullet } e:
                // Bullets stay one tight list unless an item holds a paragraph; a blank line opens a new or loose item.
                var loose = e.Lines.Any(l => l.IsParagraph);
                if (loose || !continuesList) _out.BlankLine();
                WriteLines(e.Lines, "- ", "  ");
                _inTightList = !loose;
                return;
            case Entry e:
                _out.BlankLine();
                WriteLines(e.Lines, "", "");
                break;
            case NumberedList list:
                _out.BlankLine();
                foreach (var entry in list.Entries)
                {
                    // Markdown lists only count upwards; a descending count is written out as escaped text.
                    var marker = list.Descending ? entry.Marker!.Replace(".", "\\.", StringComparison.Ordinal) + " " : entry.Marker + " ";
                    if (list.Descending) _out.BlankLine();
                    WriteLines(entry.Lines, marker, list.Descending ? "" : new string(' ', marker.Length));
                }
                break;
        }
    }

    /// <summary>
    /// An entry's lines, joined by backslash hard breaks (a paragraph line stands apart instead); its item lines (a
    /// reviewer's venues) become a nested list under them. Lines with no visible text are left out, so a hard
    /// break never ends a paragraph.
    /// </summary>
    private void WriteLines(IReadOnlyList<Line> lines, string marker, string indent)
    {
        var body = lines.Where(l => l.Role != LineRole.Item).Select(l => (Line: l, Text: Inline(l))).Where(l => !string.IsNullOrWhiteSpace(l.Text)).ToList();
        for (var i = 0; i < body.Count; i++)
        {
            var (line, text) = body[i];
            var breakAfter = i + 1 < body.Count && !line.IsParagraph && !body[i + 1].Line.IsParagraph ? "\\" : "";
            if (i == 0)
            {
                _out.Line(marker + (marker.Length == 0 ? MarkdownEscaper.EscapeLineStart(text) : text) + breakAfter);
                continue;
            }
            if (line.IsParagraph || body[i - 1].Line.IsParagraph) _out.BlankLine();
            _out.Line(indent + MarkdownEscaper.EscapeLineStart(text) + breakAfter);
        }
        var items = lines.Where(l => l.Role == LineRole.Item).ToList();
        if (items.Count == 0) return;
        // A list under a paragraph needs the blank line; under a list item, the item's indent nests it.
        _out.BlankLine();
        foreach (var item in items) _out.Line(indent + "- " + Inline(item));
    }

    /// <remarks>
    /// Markdown does not wrap: its lines are as long as the document's, and the viewer that renders it wraps them. So
    /// <see cref="Span.NoBreak"/> has nothing to act on here; CommonMark has no inline markup that keeps words on one
    /// line, and a no-break space would change the characters a reader copies. Neighbouring spans of one style without
    /// a link are one run (a tie split out of a note stays inside the note's one pair of asterisks).
    /// </remarks>
    private static string Inline(Line line)
    {
        var sb = new StringBuilder();
        var run = new StringBuilder();
        Span? style = null;
        foreach (var span in line.Spans)
        {
            if (span.Url is null && style is not null && style.IsStrong == span.IsStrong && style.IsItalic == span.IsItalic)
            {
                run.Append(span.Text);
                continue;
            }
            Flush();
            if (span.Url is null)
            {
                style = span;
                run.Append(span.Text);
                continue;
            }
            var text = Emphasis(span, MarkdownEscaper.Escape(span.Text));
            var url = span.Url;
            sb.Append(url == span.Text ? $"<{MarkdownEscaper.Url(url)}>" : $"[{text}]({MarkdownEscaper.Url(url)})");
        }
        Flush();
        return sb.ToString();

        void Flush()
        {
            if (style is not null) sb.Append(Emphasis(style, MarkdownEscaper.Escape(run.ToString())));
            run.Clear();
            style = null;
        }
    }

    private static string Emphasis(Span style, string text) =>
        text.Trim().Length == 0 ? text : style.IsStrong ? $"**{text}**" : style.IsItalic ? $"*{text}*" : text;
}

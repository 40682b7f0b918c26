using System.Text;
using CvBuild.Core.Model;
using CvBuild.Core.Writing;
using CvBuild.Text.Document;

namespace CvBuild.Text.Markdown;

/// <summary>
/// The CV as GitHub-flavoured Markdown: real links, the owner in bold, every data character escaped.
/// Lines of one entry are joined by backslash hard breaks, which survive editors that strip trailing spaces.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly StringBuilder _out = new();
    private bool _inTightList;

    public static string Render(Cv cv, MarkdownOptions options) =>
        Render(CvDocumentBuilder.Build(cv, options.Document), options);

    public static string Render(CvDocument document, MarkdownOptions options)
    {
        var renderer = new MarkdownRenderer();
        renderer.Write(document, options);
        return renderer._out.ToString();
    }

    private void Write(CvDocument doc, MarkdownOptions options)
    {
        if (options.FrontMatter)
            // The layout shows the title, so the document's own H1 would repeat it.
            _out.Append("---\nlayout: page\ntitle: ").Append(YamlScalarWriter.Quoted(doc.Title)).Append("\n---\n\n");
        else
            _out.Append("# ").Append(MarkdownEscaper.Escape(doc.Header.Name)).Append("\n\n");
        if (doc.Header.Lines.Count > 0) WriteLines(doc.Header.Lines, "", "");
        foreach (var section in doc.Sections)
        {
            _out.Append("\n## ").Append(MarkdownEscaper.Escape(section.Heading)).Append('\n');
            foreach (var block in section.Blocks) WriteBlock(block);
        }
        if (doc.Footer is { } footer) _out.Append("\n---\n\n*").Append(MarkdownEscaper.Escape(footer)).Append("*\n");
    }

    private void WriteBlock(Block block)
    {
        var continuesList = _inTightList;
        _inTightList = false;
        switch (block)
        {
            case Subheading s:
                _out.Append("\n### ").Append(MarkdownEscaper.Escape(s.Text)).Append('\n');
                break;
            case TextBlock t:
                _out.Append('\n');
                WriteLines([t.Line], "", "");
                break;
            case Entry { Kind: MarkerKind.Date } e:
                _out.Append('\n');
                WriteLines(e.Lines, MarkdownEscaper.Escape(e.Marker ?? "") + " ", "");
                break;
            case Entry { Kind: MarkerKind.Bullet } e:
                // Bullets stay one tight list unless an item holds a paragraph; a blank line opens a new or loose item.
                var loose = e.Lines.Any(l => l.IsParagraph);
                if (loose || !continuesList) _out.Append('\n');
                WriteLines(e.Lines, "- ", "  ");
                _inTightList = !loose;
                return;
            case Entry e:
                _out.Append('\n');
                WriteLines(e.Lines, "", "");
                break;
            case NumberedList list:
                _out.Append('\n');
                foreach (var entry in list.Entries)
                {
                    // Markdown lists only count upwards; a descending count is written out as escaped text.
                    var marker = list.Descending ? entry.Marker!.Replace(".", "\\.", StringComparison.Ordinal) + " " : entry.Marker + " ";
                    if (list.Descending && entry != list.Entries[0]) _out.Append('\n');
                    WriteLines(entry.Lines, marker, list.Descending ? "" : new string(' ', marker.Length));
                }
                break;
        }
    }

    private void WriteLines(IReadOnlyList<Line> lines, string marker, string indent)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = Inline(line);
            if (i == 0)
            {
                _out.Append(marker).Append(marker.Length == 0 ? MarkdownEscaper.EscapeLineStart(text) : text);
            }
            else
            {
                _out.Append(line.IsParagraph || lines[i - 1].IsParagraph ? "\n\n" : "\\\n");
                _out.Append(indent).Append(MarkdownEscaper.EscapeLineStart(text));
            }
        }
        _out.Append('\n');
    }

    private static string Inline(Line line)
    {
        var sb = new StringBuilder();
        foreach (var span in line.Spans)
        {
            var text = MarkdownEscaper.Escape(span.Text);
            text = span.Style switch
            {
                SpanStyle.Strong when text.Trim().Length > 0 => $"**{text}**",
                SpanStyle.Emphasis when text.Trim().Length > 0 => $"*{text}*",
                _ => text,
            };
            if (span.Url is { } url)
                text = url == span.Text ? $"<{MarkdownEscaper.Url(url)}>" : $"[{text}]({MarkdownEscaper.Url(url)})";
            sb.Append(text);
        }
        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;
using CvBuild.Presentation.Document;

namespace CvBuild.Html;

/// <summary>
/// The presentation document as one self-contained HTML page: inline CSS, no script to run, nothing fetched.
/// Semantic markup (one h1, a section with an h2 per CV section, ordered lists for numbered publications,
/// <c>&lt;time&gt;</c> for dates), every character of the CV escaped, links only to http, https and mailto
/// addresses, and a schema.org JSON-LD block. The same document and options give the same bytes.
/// </summary>
public sealed class HtmlRenderer
{
    private readonly StringBuilder _out = new();
    private readonly TimeMarkup _time;

    private readonly bool _rightToLeft;

    private HtmlRenderer(PresentationDocument document)
    {
        _time = new TimeMarkup(document.Strings);
        _rightToLeft = document.RightToLeft;
    }

    /// <summary>The page's text (UTF-8 is what its meta charset declares).</summary>
    public static string Render(PresentationDocument document, HtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var renderer = new HtmlRenderer(document);
        renderer.Write(document, options);
        return renderer._out.ToString();
    }

    private void Write(PresentationDocument doc, HtmlOptions options)
    {
        // The page's direction is the locale's (HL1), never guessed from the first letter of the text.
        _out.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlText.Escape(options.Language)).Append("\" dir=\"")
            .Append(doc.RightToLeft ? "rtl" : "ltr").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(doc.Info.Title)).Append("</title>\n")
            .Append("<meta name=\"author\" content=\"").Append(HtmlText.Escape(doc.Info.Author)).Append("\">\n")
            .Append("<meta name=\"description\" content=\"").Append(HtmlText.Escape(doc.Info.Subject)).Append("\">\n");
        if (doc.Info.Keywords is { } keywords)
            _out.Append("<meta name=\"keywords\" content=\"").Append(HtmlText.Escape(keywords)).Append("\">\n");
        _out.Append("<meta name=\"generator\" content=\"cvbuild\">\n")
            .Append("<style>\n").Append(PageStyle.Css).Append("</style>\n")
            .Append("<script type=\"application/ld+json\">").Append(ScholarlyData.Write(doc)).Append("</script>\n")
            .Append("</head>\n<body>\n");
        WriteHeader(doc.Header);
        _out.Append("<main>\n");
        foreach (var section in doc.Sections) WriteSection(section);
        _out.Append("</main>\n");
        if (doc.Footer is { } footer) _out.Append("<footer><p>").Append(_time.Markup(footer)).Append("</p></footer>\n");
        _out.Append("</body>\n</html>\n");
    }

    private void WriteHeader(DocumentHeader header)
    {
        _out.Append("<header>\n<h1>").Append(HtmlText.Escape(header.Name)).Append("</h1>\n");
        foreach (var line in header.Identity) _out.Append("<p class=\"identity\">").Append(Inline(line)).Append("</p>\n");
        if (header.Contacts.Count > 0)
        {
            _out.Append("<ul class=\"contacts\">\n");
            foreach (var contact in header.Contacts)
            {
                _out.Append("<li>");
                if (contact.Label is { } label) _out.Append(HtmlText.Escape(label)).Append(": ");
                _out.Append(Inline(Line.Of(contact.Value))).Append("</li>\n");
            }
            _out.Append("</ul>\n");
        }
        _out.Append("</header>\n");
    }

    private void WriteSection(Section section)
    {
        var id = "section-" + section.Id;
        _out.Append("<section id=\"").Append(HtmlText.Escape(id)).Append("\" aria-labelledby=\"").Append(HtmlText.Escape(id)).Append("-heading\">\n")
            .Append("<h2 id=\"").Append(HtmlText.Escape(id)).Append("-heading\">").Append(HtmlText.Escape(section.Heading)).Append("</h2>\n");
        var inBullets = false;
        foreach (var block in section.Blocks)
        {
            var bullet = block is Entry { Kind: MarkerKind.Bullet };
            if (bullet && !inBullets) _out.Append("<ul class=\"bullets\">\n");
            if (!bullet && inBullets) _out.Append("</ul>\n");
            inBullets = bullet;
            WriteBlock(block);
        }
        if (inBullets) _out.Append("</ul>\n");
        _out.Append("</section>\n");
    }

    private void WriteBlock(Block block)
    {
        switch (block)
        {
            case Subheading s:
                _out.Append("<h3>").Append(s.Kind == SubheadingKind.Year ? _time.Markup(s.Text) : HtmlText.Escape(s.Text)).Append("</h3>\n");
                break;
            case TextBlock t:
                _out.Append("<p class=\"").Append(t.Kind == TextKind.Legend ? "legend" : "text").Append("\">").Append(Inline(t.Line)).Append("</p>\n");
                break;
            case Entry { Kind: MarkerKind.Bullet } e:
                _out.Append("<li class=\"entry\">");
                WriteLines(e.Lines);
                _out.Append("</li>\n");
                break;
            case Entry { Kind: MarkerKind.Date } e:
                _out.Append("<div class=\"entry dated").Append(e.Marker is null ? " undated" : "").Append("\">");
                if (e.Marker is { } marker) _out.Append("<div class=\"when\">").Append(_time.Markup(marker)).Append("</div>");
                _out.Append("<div class=\"what\">");
                WriteLines(e.Lines);
                _out.Append("</div></div>\n");
                break;
            case Entry e:
                _out.Append("<div class=\"entry\">");
                if (e.Marker is { } m) _out.Append(HtmlText.Escape(m)).Append(' ');
                WriteLines(e.Lines);
                _out.Append("</div>\n");
                break;
            case NumberedList list:
                WriteNumbered(list);
                break;
        }
    }

    /// <summary>
    /// An ordered list whose numbers are the document's: a descending count is a <c>reversed</c> list, and
    /// each item carries its number as <c>value</c> so a gap (a filtered list) prints as the document says.
    /// </summary>
    private void WriteNumbered(NumberedList list)
    {
        _out.Append("<ol class=\"numbered\"").Append(list.Descending ? " reversed" : "").Append(">\n");
        foreach (var entry in list.Entries)
        {
            _out.Append("<li");
            if (Number(entry.Marker) is { } n) _out.Append(" value=\"").Append(n.ToString(CultureInfo.InvariantCulture)).Append('"');
            _out.Append('>');
            WriteLines(entry.Lines);
            _out.Append("</li>\n");
        }
        _out.Append("</ol>\n");
    }

    private static int? Number(string? marker)
    {
        var digits = new string((marker ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length is > 0 and < 10 ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>An entry's lines, each a block of its own; its item lines (a reviewer's venues) a nested list.</summary>
    private void WriteLines(IReadOnlyList<Line> lines)
    {
        foreach (var line in lines.Where(l => l.Role != LineRole.Item))
            // A paragraph of free text takes the direction of its own first letter (a Hebrew abstract in an English CV).
            _out.Append(line.IsParagraph ? "<p class=\"abstract\" dir=\"auto\">" : "<p>").Append(Inline(line)).Append("</p>");
        var items = lines.Where(l => l.Role == LineRole.Item).ToList();
        if (items.Count == 0) return;
        _out.Append("<ul class=\"items\">");
        foreach (var item in items) _out.Append("<li>").Append(Inline(item)).Append("</li>");
        _out.Append("</ul>");
    }

    private string Inline(Line line)
    {
        var sb = new StringBuilder();
        foreach (var span in line.Spans)
        {
            var text = span.Kind == SpanKind.Date ? _time.Markup(span.Text) : HtmlText.Escape(span.Text);
            // Each field is a directional isolate (UAX #9 X5c) so a right-to-left field cannot turn the line around;
            // spaces at its edges stay outside. Needless (and left out) for a field without right-to-left letters on a
            // left-to-right page.
            if (span.IsField && (_rightToLeft || span.HasRightToLeft))
            {
                var core = text.Trim(' ');
                var lead = text.Length - text.TrimStart(' ').Length;
                text = text[..lead] + "<bdi>" + core + "</bdi>" + text[(lead + core.Length)..];
            }
            if (span.Text.Trim().Length > 0)
            {
                if (span.Kind == SpanKind.Person && span.Owner) text = $"<strong class=\"owner\">{text}</strong>";
                else if (span.IsStrong) text = $"<strong>{text}</strong>";
                else if (span.IsItalic) text = $"<em>{text}</em>";
            }
            if (HtmlText.LinkTarget(span.Url) is { } url)
            {
                // WCAG 2.4.4: a link's own text should say where it goes; "PDF" alone does not, so its host follows.
                var host = HtmlText.Host(url);
                var where = host is not null && !span.Text.Contains(host, StringComparison.OrdinalIgnoreCase)
                    ? $"<span class=\"host\"> ({HtmlText.Escape(host)})</span>"
                    : "";
                text = $"<a href=\"{HtmlText.Escape(url)}\">{text}{where}</a>";
            }
            sb.Append(KeptTogether(span, text, sb));
        }
        return sb.ToString();
    }

    /// <summary>
    /// A span the document keeps on one line (<see cref="Span.NoBreak"/>) in a <c>white-space: nowrap</c> span; one
    /// that stays with the text before it (<see cref="Span.NoBreakBefore"/>) takes the space before it in too, since a
    /// browser breaks after a space unless both sides are inside nowrap (CSS Text 3 §5: the nearest common ancestor
    /// decides). Markup only, never a no-break space: copy and paste, search and a screen reader get the CV's own
    /// characters. A span longer than <see cref="NoWrapLength"/> stays breakable, as it may be wider than a phone's line.
    /// </summary>
    /// <param name="before">The line's markup so far; its trailing spaces move into the nowrap span when they glue.</param>
    private static string KeptTogether(Span span, string html, StringBuilder before)
    {
        if ((!span.NoBreak && !span.NoBreakBefore) || span.Text.Length > NoWrapLength) return html;
        var spaces = 0;
        if (span.NoBreakBefore)
            while (spaces < before.Length && before[before.Length - 1 - spaces] == ' ') spaces++;
        if (!span.NoBreak && spaces == 0) return html;
        before.Length -= spaces;
        return "<span class=\"nobreak\">" + new string(' ', spaces) + html + "</span>";
    }

    /// <summary>
    /// Characters a nowrap span may have: a 375 px phone's line holds some 45 at 16 px, less in a nested list, so a
    /// longer span could overflow it and may break inside instead (the plain text's rule: a piece wider than the line breaks).
    /// </summary>
    private const int NoWrapLength = 32;
}

using CvBuild.Layout;
using CvBuild.Pdf.Theming;
using CvBuild.Presentation.Document;

namespace CvBuild.Pdf.Sections;

/// <summary>The top of page one: name, title and affiliation on the left; clickable contact details on the right.</summary>
internal static class PageHeader
{
    public static Element Create(Styles styles, DocumentHeader header)
    {
        var identity = new List<Element?>
        {
            new RichText(header.Name, styles.Name) { LineHeight = 1.1f },
            new Spacer(styles.Size * 0.3f),
        };
        for (var i = 0; i < header.Identity.Count; i++)
        {
            // The title a little larger than the body, the affiliation in italics below it.
            var scale = i == 0 ? 1.1f : 1.05f;
            var para = new Para(styles);
            foreach (var span in header.Identity[i].Spans)
                para.Add(span.Text, (span.IsItalic ? styles.Italic : styles.Body) with { Size = styles.Size * scale });
            identity.Add(para.BuildOrNull());
        }

        // The contact block takes a fixed third so a long affiliation wraps late and the name never shares its line.
        var width = styles.ContentWidth * 0.32f;
        var contact = new Column(header.Contacts.Select(c => Contact(styles, c, width))) { Spacing = styles.Size * 0.1f };
        var row = new Row(RowItem.Relative(1, new Column(identity)), RowItem.Fixed(width, new Padding(contact) { Top = styles.Size * 0.5f }))
        {
            Spacing = styles.Gutter,
        };
        return new Padding(row) { Bottom = styles.Size * 0.2f };
    }

    private static Element Contact(Styles styles, Contact contact, float width)
    {
        var style = styles.Body with { Size = styles.Size * 0.95f };
        // About how many characters a line of the column holds (half an em per character on average).
        var fits = (int)(width / (style.Size * 0.5f)) - 2;
        var link = style with { Color = styles.Accent };
        var line = new Para(styles, TextAlignment.Right);
        var value = contact.Value;
        var shown = value.Url is { } address ? Display(value.Text, address, fits) : value.Text;
        // A profile names its network; an address, a phone number or a place speaks for itself. A long
        // address starts a line of its own rather than break where it need not.
        if (contact.Kind == ContactKind.Profile)
            line.Add(contact.Label + (contact.Label!.Length + 2 + shown.Length <= fits ? ": " : ":\n"), style);
        if (value.Url is { } url) line.Link(shown, url, link);
        else line.Add(shown, style);
        return line.Build();
    }

    /// <summary>
    /// "https://noamrazin.github.io/" reads as "noamrazin.github.io"; the annotation keeps the full URI. A label is
    /// shown as given. An address too long for the column keeps its scheme: the line breaker knows it for an
    /// address by it and breaks after a slash, never inside a word.
    /// </summary>
    private static string Display(string text, string url, int fits)
    {
        if (text != url && Uri.UnescapeDataString(url) != text) return text;
        var s = text;
        foreach (var scheme in (string[])["https://", "http://"])
            if (s.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) s = s[scheme.Length..];
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        s = s.TrimEnd('/');
        return s.Length <= fits ? s : text;
    }
}

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

        var contact = new Column(header.Contacts.Select(c => Contact(styles, c))) { Spacing = styles.Size * 0.1f };
        // The contact block takes a fixed third so a long affiliation wraps late and the name never shares its line.
        var row = new Row(RowItem.Relative(1, new Column(identity)), RowItem.Fixed(styles.ContentWidth * 0.32f, new Padding(contact) { Top = styles.Size * 0.5f }))
        {
            Spacing = styles.Gutter,
        };
        return new Padding(row) { Bottom = styles.Size * 0.2f };
    }

    private static Element Contact(Styles styles, Contact contact)
    {
        var style = styles.Body with { Size = styles.Size * 0.95f };
        var link = style with { Color = styles.Accent };
        var line = new Para(styles, TextAlignment.Right);
        // A profile names its network; an address, a phone number or a place speaks for itself.
        if (contact.Kind == ContactKind.Profile) line.Add(contact.Label + ": ", style);
        var value = contact.Value;
        if (value.Url is { } url) line.Link(Display(value.Text, url), url, link);
        else line.Add(value.Text, style);
        return line.Build();
    }

    // "https://noamrazin.github.io/" reads as "noamrazin.github.io"; the annotation keeps the full URI. A label is shown as given.
    private static string Display(string text, string url)
    {
        if (text != url && Uri.UnescapeDataString(url) != text) return text;
        var s = url;
        foreach (var scheme in (string[])["https://", "http://"])
            if (s.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) s = s[scheme.Length..];
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        return s.TrimEnd('/');
    }
}

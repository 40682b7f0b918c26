using CvBuild.Layout;
using CvBuild.Pdf.Theming;
using CvBuild.Presentation.Document;

namespace CvBuild.Pdf.Sections;

/// <summary>
/// The top of page one in the theme's header layout: name, title and affiliation, and clickable contact details
/// beside them (split), under them (centred), or in a column of their own (sidebar).
/// </summary>
internal static class PageHeader
{
    public static Element Create(Styles styles, DocumentHeader header) => styles.Theme.Header switch
    {
        HeaderLayout.Centered => Centered(styles, header),
        _ => Split(styles, header),
    };

    private static Element Split(Styles styles, DocumentHeader header)
    {
        // The contact block takes a fixed third so a long affiliation wraps late and the name never shares its line.
        var width = styles.ContentWidth * 0.32f;
        var contact = new Column(header.Contacts.Select(c => Contact(styles, c, width, TextAlignment.Right))) { Spacing = styles.Size * 0.1f };
        var row = new Row(RowItem.Relative(1, new Column(Identity(styles, header, TextAlignment.Left, styles.Size * 0.3f))), RowItem.Fixed(width, new Padding(contact) { Top = styles.Size * 0.5f }))
        {
            Spacing = styles.Gutter,
        };
        return new Padding(row) { Bottom = styles.Size * 0.2f };
    }

    /// <summary>Everything centred; the contact details run on in one paragraph, separated by middle dots.</summary>
    private static Element Centered(Styles styles, DocumentHeader header)
    {
        var lines = Identity(styles, header, TextAlignment.Center, styles.Size * 0.15f);
        var style = styles.Body with { Size = styles.Size * 0.95f };
        var contacts = new Para(styles, TextAlignment.Center);
        for (var i = 0; i < header.Contacts.Count; i++)
        {
            if (i > 0) contacts.Add("  ·  ", style with { Color = styles.Theme.Muted });
            AddContact(contacts, header.Contacts[i], style, int.MaxValue, inline: true);
        }
        lines.Add(new Spacer(styles.Size * 0.25f));
        lines.Add(contacts.BuildOrNull());
        return new Padding(new Column(lines)) { Bottom = styles.Size * 0.1f };
    }

    /// <summary>
    /// The sidebar of <see cref="HeaderLayout.Sidebar"/>: the name, the identity lines and one contact detail a
    /// line, flush left in a column <paramref name="width"/> points wide.
    /// </summary>
    public static Element Sidebar(Styles styles, DocumentHeader header, float width)
    {
        var lines = Identity(styles, header, TextAlignment.Left, styles.Size * 0.4f, identityScale: 0.95f);
        lines.Add(new Spacer(styles.Size * 1.0f));
        lines.Add(new HorizontalRule { Thickness = styles.Theme.RuleThickness, Color = styles.RuleColor });
        lines.Add(new Spacer(styles.Size * 0.6f));
        lines.Add(new Column(header.Contacts.Select(c => Contact(styles, c, width, TextAlignment.Left, 0.88f))) { Spacing = styles.Size * 0.45f });
        return new Column(lines);
    }

    /// <summary>
    /// The owner's name; the name in its own script (李明, which UAX #14 would break between any two ideographs) is
    /// kept on one line.
    /// </summary>
    private static IEnumerable<TextSpan> NameSpans(DocumentHeader header, TextStyle style)
    {
        var name = header.Name;
        var at = header.Parts?.NativeName is { Length: > 0 } native ? name.IndexOf(native, StringComparison.Ordinal) : -1;
        if (at < 0)
        {
            return [new TextSpan(name, style)];
        }
        var length = header.Parts!.NativeName!.Length;
        return new[]
        {
            new TextSpan(name[..at], style),
            new TextSpan(name.Substring(at, length), style) { NoBreak = true },
            new TextSpan(name[(at + length)..], style),
        }.Where(s => s.Text.Length > 0);
    }

    private static List<Element?> Identity(Styles styles, DocumentHeader header, TextAlignment alignment, float gap, float identityScale = 1)
    {
        var identity = new List<Element?>
        {
            new RichText(NameSpans(header, styles.Name)) { LineHeight = 1.1f, Alignment = alignment },
            new Spacer(gap),
        };
        for (var i = 0; i < header.Identity.Count; i++)
        {
            // The title a little larger than the body, the affiliation in italics below it.
            var scale = (i == 0 ? 1.1f : 1.05f) * identityScale;
            var para = new Para(styles, alignment);
            foreach (var span in header.Identity[i].Spans)
                para.Add(span.Text, (span.IsItalic ? styles.Italic : styles.Body) with { Size = styles.Size * scale });
            identity.Add(para.BuildOrNull());
        }
        return identity;
    }

    private static Element Contact(Styles styles, Contact contact, float width, TextAlignment alignment, float scale = 0.95f)
    {
        var style = styles.Body with { Size = styles.Size * scale };
        // About how many characters a line of the column holds (half an em per character on average).
        var fits = (int)(width / (style.Size * 0.5f)) - 2;
        var line = new Para(styles, alignment);
        AddContact(line, contact, style, fits, inline: false);
        return line.Build();
    }

    private static void AddContact(Para line, Contact contact, TextStyle style, int fits, bool inline)
    {
        var link = style with { Color = line.Styles.Accent };
        var value = contact.Value;
        var shown = value.Url is { } address ? Display(value.Text, address, fits) : value.Text;
        // A profile names its network; an address, a phone number or a place speaks for itself. A long
        // address starts a line of its own rather than break where it need not.
        if (contact.Kind == ContactKind.Profile)
            line.Add(contact.Label + (inline || contact.Label!.Length + 2 + shown.Length <= fits ? ": " : ":\n"), style);
        if (value.Url is { } url) line.Link(shown, url, link);
        else line.Add(shown, style);
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

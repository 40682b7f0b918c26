using CvBuild.Core.Model;
using CvBuild.Layout;
using CvBuild.Pdf.Theming;

namespace CvBuild.Pdf.Sections;

/// <summary>The top of page one: name, title and affiliation on the left; clickable contact details on the right.</summary>
internal static class PageHeader
{
    public static Element Create(Styles styles, Person person)
    {
        var identity = new Column(
            new RichText(person.Name, styles.Name) { LineHeight = 1.1f },
            new Spacer(styles.Size * 0.3f),
            new Para(styles).Add(person.Title, styles.Body with { Size = styles.Size * 1.1f }).BuildOrNull(),
            new Para(styles).Add(person.Affiliation, styles.Italic with { Size = styles.Size * 1.05f }).BuildOrNull());

        var contact = new Column(Contacts(styles, person)) { Spacing = styles.Size * 0.1f };
        // The contact block takes a fixed third so a long affiliation wraps late and the name never shares its line.
        var row = new Row(RowItem.Relative(1, identity), RowItem.Fixed(styles.ContentWidth * 0.32f, new Padding(contact) { Top = styles.Size * 0.5f }))
        {
            Spacing = styles.Gutter,
        };
        return new Padding(row) { Bottom = styles.Size * 0.2f };
    }

    private static IEnumerable<Element> Contacts(Styles styles, Person person)
    {
        var style = styles.Body with { Size = styles.Size * 0.95f };
        var link = style with { Color = styles.Accent };
        Para Line() => new(styles, TextAlignment.Right);

        if (person.Email is { } email) yield return Line().Link(email, "mailto:" + email, link).Build();
        if (person.Homepage is { } home) yield return Line().Link(Display(home), home, link).Build();
        foreach (var profile in person.Profiles)
            yield return Line().Add((profile.Label ?? profile.Network) + ": ", style).Link(Display(profile.Url), profile.Url, link).Build();
        if (person.Phone is { } phone) yield return Line().Add(phone, style).Build();
        if (person.Location is { } location) yield return Line().Add(location, style).Build();
    }

    // "https://noamrazin.github.io/" reads as "noamrazin.github.io"; the annotation keeps the full URI.
    private static string Display(string url)
    {
        var s = url;
        foreach (var scheme in (string[])["https://", "http://"])
            if (s.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) s = s[scheme.Length..];
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        return s.TrimEnd('/');
    }
}

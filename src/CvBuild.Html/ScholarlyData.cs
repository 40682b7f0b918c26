using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CvBuild.Presentation.Document;

namespace CvBuild.Html;

/// <summary>
/// The page's schema.org description in JSON-LD (schema.org/Person, schema.org/ScholarlyArticle) for search
/// engines and scholarly crawlers: the owner with their title, affiliation and profiles, and each publication
/// with its authors in the order printed. Read from the presentation document's span kinds, never from the CV.
/// </summary>
internal static class ScholarlyData
{
    // HTML-sensitive characters ('<', '>', '&', quotes) are always \u-escaped by this encoder, so the text can
    // hold neither "</script" nor "<!--" (HTML Living Standard §4.12.1.3); every other script passes as is.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    public static string Write(PresentationDocument doc)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteStartArray("@graph");
            WritePerson(json, doc.Header);
            foreach (var section in doc.Sections.Where(s => s.Id == Core.Model.SectionIds.Publications))
                foreach (var entry in Entries(section.Blocks)) WritePublication(json, entry);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static IEnumerable<Entry> Entries(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        Entry e => [e],
        NumberedList l => l.Entries,
        _ => Enumerable.Empty<Entry>(),
    });

    private static void WritePerson(Utf8JsonWriter json, DocumentHeader header)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Person");
        json.WriteString("@id", "#owner");
        // schema.org Person: the name without the words around it, which have properties of their own.
        json.WriteString("name", header.Parts?.Name ?? header.Name);
        if (header.Parts?.NativeName is { } native) json.WriteString("alternateName", native);
        if (header.Parts?.Honorifics is { } prefix) json.WriteString("honorificPrefix", prefix);
        if (header.Parts?.PostNominals is { } suffix) json.WriteString("honorificSuffix", suffix);
        if (header.Orcid is { } orcid)
        {
            // The identifier as a PropertyValue naming its scheme; the orcid.org address is among sameAs (a profile).
            json.WriteStartObject("identifier");
            json.WriteString("@type", "PropertyValue");
            json.WriteString("propertyID", "ORCID");
            json.WriteString("value", orcid);
            json.WriteEndObject();
        }
        var venues = header.Identity.SelectMany(l => l.Spans).Where(s => s.Kind == SpanKind.Venue).Select(s => s.Text.Trim()).Where(t => t.Length > 0).ToList();
        if (header.Identity.FirstOrDefault(l => l.Spans.All(s => s.Kind != SpanKind.Venue)) is { } title)
            json.WriteString("jobTitle", title.PlainText.Trim());
        if (venues.Count > 0)
        {
            json.WriteStartArray("affiliation");
            foreach (var venue in venues)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Organization");
                json.WriteString("name", venue);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        foreach (var contact in header.Contacts.Where(c => c.Kind == ContactKind.Email))
            json.WriteString("email", contact.Value.Text);
        if (header.Contacts.FirstOrDefault(c => c.Kind == ContactKind.Homepage && HtmlText.LinkTarget(c.Value.Url) is not null) is { } home)
            json.WriteString("url", home.Value.Url);
        var profiles = header.Contacts.Where(c => c.Kind == ContactKind.Profile).Select(c => HtmlText.LinkTarget(c.Value.Url)).OfType<string>().ToList();
        if (profiles.Count > 0)
        {
            json.WriteStartArray("sameAs");
            foreach (var p in profiles) json.WriteStringValue(p);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WritePublication(Utf8JsonWriter json, Entry entry)
    {
        var spans = entry.Lines.SelectMany(l => l.Spans).ToList();
        var title = string.Concat(spans.Where(s => s.Kind == SpanKind.Title).Select(s => s.Text)).Trim();
        if (title.Length == 0) return;
        json.WriteStartObject();
        json.WriteString("@type", "ScholarlyArticle");
        json.WriteString("name", title);
        var authors = spans.Where(s => s.Kind == SpanKind.Person).ToList();
        if (authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var author in authors)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Person");
                if (author.Owner) json.WriteString("@id", "#owner");
                json.WriteString("name", author.Text.Trim());
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (spans.FirstOrDefault(s => s.Kind == SpanKind.Venue) is { } venue)
            json.WriteString("isPartOf", venue.Text.Trim());
        if (spans.Where(s => s.Kind == SpanKind.Date).Select(s => TimeMarkup.Year(s.Text)).FirstOrDefault(y => y is not null) is { } year)
            json.WriteString("datePublished", year);
        var links = spans.Select(s => HtmlText.LinkTarget(s.Url)).OfType<string>().Distinct().ToList();
        if (links.Count > 0)
        {
            json.WriteString("url", links[0]);
            if (links.Count > 1)
            {
                json.WriteStartArray("sameAs");
                foreach (var link in links.Skip(1)) json.WriteStringValue(link);
                json.WriteEndArray();
            }
        }
        json.WriteEndObject();
    }
}

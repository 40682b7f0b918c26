using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CvBuild.Presentation.Document;

namespace CvBuild.Html;

/// <summary>
/// The page's schema.org description in JSON-LD (schema.org/Person, and per publication the type of its kind:
/// ScholarlyArticle, Book, Chapter, Thesis, Report, LearningResource, CreativeWork) for search engines and
/// scholarly crawlers: the owner with their title, affiliation and profiles, and each publication with its
/// authors in the order printed and its citation facts. Read from the presentation document (span kinds and
/// <see cref="Entry.Work"/>), never from the CV.
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
        // The orcid.org address is among sameAs (a profile).
        if (header.Orcid is { } orcid) Identifier(json, "ORCID", orcid);
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
        var work = entry.Work;
        json.WriteStartObject();
        json.WriteString("@type", (work?.Type ?? WorkType.ScholarlyArticle).ToString());
        json.WriteString("name", title);
        // Editors and translators are Person spans too, on a later line: the authors are the first line's people.
        var authors = work is null ? spans.Where(s => s.Kind == SpanKind.Person).ToList()
            : !work.Authored ? []
            : entry.Lines.Select(l => l.Spans.Where(s => s.Kind == SpanKind.Person).ToList()).FirstOrDefault(p => p.Count > 0) ?? [];
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
        if (work is not null) WriteWork(json, work);
        else if (spans.FirstOrDefault(s => s.Kind == SpanKind.Venue) is { } venue)
            WriteNamed(json, "isPartOf", "CreativeWork", venue.Text.Trim());
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

    /// <summary>
    /// The schema.org properties of a work's kind: a journal article is part of its Periodical (through
    /// PublicationVolume and PublicationIssue when the CV gives them), a chapter part of its Book (with the
    /// book's editors, publisher and ISBN), a thesis names its degree (inSupportOf) and school
    /// (sourceOrganization), a report its number and institution; publishers are Organizations.
    /// </summary>
    private static void WriteWork(Utf8JsonWriter json, ScholarlyWork work)
    {
        if (work.Container is { } container)
        {
            json.WritePropertyName("isPartOf");
            switch (work.ContainerType)
            {
                case ContainerType.Periodical:
                    WritePeriodical(json, container, work.Volume, work.Number);
                    break;
                case ContainerType.Book:
                    json.WriteStartObject();
                    json.WriteString("@type", "Book");
                    json.WriteString("name", container);
                    WriteBookFacts(json, work);
                    json.WriteEndObject();
                    break;
                default:
                    json.WriteStartObject();
                    json.WriteString("@type", "CreativeWork");
                    json.WriteString("name", container);
                    if (work.Volume is { } volume) json.WriteString("volumeNumber", volume);
                    json.WriteEndObject();
                    break;
            }
        }
        if (work.Pages is { } pages) json.WriteString("pagination", pages);
        // A chapter's editors, publisher and ISBN are its book's, written inside isPartOf above.
        if (work.ContainerType != ContainerType.Book) WriteBookFacts(json, work);
        if (work.Type == WorkType.Thesis)
        {
            if (work.Degree is { } degree) json.WriteString("inSupportOf", degree);
            if (work.Institution is { } school) WriteNamed(json, "sourceOrganization", "Organization", school);
        }
        if (work.Type == WorkType.Report)
        {
            if (work.Number is { } number) json.WriteString("reportNumber", number);
            if (work.Institution is { } institution) WriteNamed(json, "sourceOrganization", "Organization", institution);
        }
        People(json, "translator", work.Translators);
        if (work.Language is { } language) json.WriteString("inLanguage", language);
        if (work.Doi is { } doi) Identifier(json, "DOI", doi);
    }

    /// <summary>schema.org <c>identifier</c> as a PropertyValue naming its scheme ("ORCID", "DOI").</summary>
    private static void Identifier(Utf8JsonWriter json, string scheme, string value)
    {
        json.WriteStartObject("identifier");
        json.WriteString("@type", "PropertyValue");
        json.WriteString("propertyID", scheme);
        json.WriteString("value", value);
        json.WriteEndObject();
    }

    /// <summary>Editors, publisher, ISBN, edition and place: of the work itself, or of the book a chapter is in.</summary>
    private static void WriteBookFacts(Utf8JsonWriter json, ScholarlyWork work)
    {
        People(json, "editor", work.Editors);
        if (work.Publisher is { } publisher)
        {
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", publisher);
            if (work.Place is { } place) json.WriteString("location", place);
            json.WriteEndObject();
        }
        if (work.Isbn is { } isbn) json.WriteString("isbn", isbn);
        if (work.Edition is { } edition) json.WriteString("bookEdition", edition);
    }

    /// <summary>Periodical, or PublicationIssue in PublicationVolume in Periodical when the issue and volume are known.</summary>
    private static void WritePeriodical(Utf8JsonWriter json, string name, string? volume, string? issue)
    {
        var levels = 0;
        if (issue is not null)
        {
            json.WriteStartObject();
            json.WriteString("@type", "PublicationIssue");
            json.WriteString("issueNumber", issue);
            json.WritePropertyName("isPartOf");
            levels++;
        }
        if (volume is not null)
        {
            json.WriteStartObject();
            json.WriteString("@type", "PublicationVolume");
            json.WriteString("volumeNumber", volume);
            json.WritePropertyName("isPartOf");
            levels++;
        }
        json.WriteStartObject();
        json.WriteString("@type", "Periodical");
        json.WriteString("name", name);
        json.WriteEndObject();
        for (var i = 0; i < levels; i++) json.WriteEndObject();
    }

    private static void People(Utf8JsonWriter json, string property, IReadOnlyList<Contributor> people)
    {
        if (people.Count == 0) return;
        json.WriteStartArray(property);
        foreach (var person in people)
        {
            json.WriteStartObject();
            json.WriteString("@type", person.Organization ? "Organization" : "Person");
            json.WriteString("name", person.Name);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteNamed(Utf8JsonWriter json, string property, string type, string name)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteEndObject();
    }
}

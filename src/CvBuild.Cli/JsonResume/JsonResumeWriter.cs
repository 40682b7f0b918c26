using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CvBuild.Core.Model;

namespace CvBuild.Cli.JsonResume;

/// <summary>
/// Writes a CV as a JSON Resume document (jsonresume.org schema 1.0.0, draft-07): basics, work (positions),
/// education, awards, publications, skills, languages and interests, the sections JSON Resume has; the ORCID iD
/// is a profile. Talks, teaching, service, patents, memberships, media and custom sections have no JSON Resume
/// section and are left out (docs/migrating.md lists every field). Dates follow the schema's iso8601 pattern (YYYY, YYYY-MM or YYYY-MM-DD); an ongoing period has no
/// endDate, a single date ends where it starts. Deterministic: fields in a fixed order, indented, UTF-8.
/// </summary>
public static class JsonResumeWriter
{
    /// <summary>The published schema the output is valid against.</summary>
    public const string SchemaAddress = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

    public static string Write(Cv cv)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            // Readable non-ASCII names; JSON escapes what it must (quotes, controls).
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaAddress);
            Basics(w, cv.Person);
            Array(w, "work", cv.Positions, Work);
            Array(w, "education", cv.Education, Education);
            Array(w, "awards", cv.Awards, Award);
            Array(w, "publications", cv.Publications, Publication);
            Array(w, "skills", cv.Skills, Skill);
            Array(w, "languages", cv.Languages, Language);
            Array(w, "interests", cv.Person.ResearchInterests, (w, i) => String(w, "name", i));
            if (cv.LastUpdated is { } updated)
            {
                w.WriteStartObject("meta");
                w.WriteString("lastModified", updated.ToString());
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Basics(Utf8JsonWriter w, Person p)
    {
        w.WriteStartObject("basics");
        String(w, "name", p.Name);
        String(w, "label", p.Title);
        String(w, "email", p.Email);
        String(w, "phone", p.Phone);
        String(w, "url", p.Homepage);
        // JSON Resume has no affiliation; its summary is the one free line themes print under the label.
        String(w, "summary", p.Affiliation);
        if (p.Location is { } location)
        {
            w.WriteStartObject("location");
            // Free text ("Princeton, NJ, USA") in the field themes print; cvbuild does not split places.
            w.WriteString("city", location);
            w.WriteEndObject();
        }
        // The ORCID iD is a profile in JSON Resume's terms: a network, a username (the iD) and its address.
        IReadOnlyList<Profile> profiles = p.Orcid is { } orcid && !p.Profiles.Any(x => x.Url.Contains(orcid, StringComparison.OrdinalIgnoreCase))
            ? [new Profile("ORCID", "https://orcid.org/" + orcid, orcid), .. p.Profiles]
            : p.Profiles;
        Array(w, "profiles", profiles, (w, profile) =>
        {
            String(w, "network", profile.Network);
            String(w, "username", profile.Label);
            String(w, "url", profile.Url);
        });
        w.WriteEndObject();
    }

    private static void Skill(Utf8JsonWriter w, SkillGroup g)
    {
        String(w, "name", g.Category);
        Array(w, "keywords", g.Items, (w, k) => w.WriteStringValue(k), inline: true);
    }

    /// <summary>JSON Resume's fluency is free text; a CEFR level is written as its code ("C1").</summary>
    private static void Language(Utf8JsonWriter w, Language l)
    {
        String(w, "language", l.Name);
        var fluency = l.Level switch
        {
            null => null,
            LanguageLevel.Native => "Native speaker",
            LanguageLevel.Fluent => "Fluent",
            LanguageLevel.Reading => "Reading knowledge",
            { } cefr => cefr.ToString(),
        };
        String(w, "fluency", fluency ?? l.Note);
    }

    private static void Work(Utf8JsonWriter w, Position p)
    {
        String(w, "name", p.Organization);
        String(w, "position", p.Title);
        String(w, "location", p.Location);
        Dates(w, p.Period);
        String(w, "summary", p.Description);
        if (p.Host is { } host) Array(w, "highlights", [$"{p.HostLabel ?? "Host"}: {host}"], (w, h) => w.WriteStringValue(h), inline: true);
    }

    private static void Education(Utf8JsonWriter w, Education e)
    {
        String(w, "institution", e.Institution);
        String(w, "area", e.Field);
        String(w, "studyType", e.Degree);
        Dates(w, e.Period);
        String(w, "score", e.Gpa);
    }

    private static void Award(Utf8JsonWriter w, Award a)
    {
        String(w, "title", a.Title);
        w.WriteString("date", a.Period.Start.ToString());
        String(w, "summary", a.Note);
    }

    private static void Publication(Utf8JsonWriter w, Publication p)
    {
        String(w, "name", p.Title);
        String(w, "publisher", p.Venue?.Display ?? p.Institution ?? p.Publisher);
        w.WriteString("releaseDate", (p.Date ?? new PartialDate(p.Year, p.Month)).ToString());
        String(w, "url", PublicationUrl(p.Links));
        String(w, "summary", p.Abstract);
    }

    /// <summary>The one address JSON Resume has room for: the paper's own page, else its DOI, else arXiv.</summary>
    public static string? PublicationUrl(PublicationLinks links) =>
        links.Url ?? (links.Doi is { } doi ? "https://doi.org/" + doi : null) ?? (links.Arxiv is { } arxiv ? "https://arxiv.org/abs/" + arxiv : null) ?? links.Pdf;

    private static void Dates(Utf8JsonWriter w, Period period)
    {
        // Only the end known ("until 2004"): JSON Resume's startDate is optional.
        if (period.StartUnknown)
        {
            w.WriteString("endDate", (period.End ?? period.Start).ToString());
            return;
        }
        w.WriteString("startDate", period.Start.ToString());
        if (period.Ongoing) return;
        w.WriteString("endDate", (period.End ?? period.Start).ToString());
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write, bool inline = false)
    {
        if (items.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            if (inline)
            {
                write(w, item);
                continue;
            }
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}

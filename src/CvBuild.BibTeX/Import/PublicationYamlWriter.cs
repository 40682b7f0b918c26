using System.Globalization;
using System.Text;
using CvBuild.Core.Model;
using CvBuild.Core.Writing;

namespace CvBuild.BibTeX.Import;

/// <summary>
/// Writes imported publications and patents as a complete CV file that 'cvbuild check' accepts: a person
/// (the most frequent author, to be completed by hand) and the lists, whose items can be pasted into an
/// existing CV. Field names and order follow the CV format; every string is quoted when YAML could read it
/// as something else (a number, a boolean, a mapping, a comment), and non-ASCII stays UTF-8.
/// </summary>
public static class PublicationYamlWriter
{
    public static string Write(BibTeXImport import, string sourceName, string? personName = null)
    {
        var sb = new StringBuilder();
        var owner = personName ?? MostFrequentAuthor(import) ?? "Your Name";
        sb.Append("# Imported by cvbuild from ").Append(sourceName).Append(": ")
          .Append(import.Publications.Count).Append(" publications, ").Append(import.Patents.Count).Append(" patents.\n");
        sb.Append("# person.name is ").Append(personName is null ? "the most frequent author" : "as given")
          .Append("; complete the person, or paste the lists below into your CV.\n");
        sb.Append("person:\n");
        Field(sb, 1, "name", owner);
        if (import.Publications.Count > 0)
        {
            sb.Append("\npublications:\n");
            foreach (var p in import.Publications) Publication(sb, p);
        }
        if (import.Patents.Count > 0)
        {
            sb.Append("\npatents:\n");
            foreach (var p in import.Patents) Patent(sb, p);
        }
        return sb.ToString();
    }

    /// <summary>The author on most entries (the CV's owner, in any list exported from a profile); ties go to the first seen.</summary>
    public static string? MostFrequentAuthor(BibTeXImport import) =>
        import.Publications.SelectMany(p => p.Authors.Select(a => a.Name)).Concat(import.Patents.SelectMany(p => p.Inventors))
            .Where(n => n != "others")
            .Select((name, order) => (name, order))
            .GroupBy(x => x.name)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.order))
            .Select(g => g.Key).FirstOrDefault();

    private static void Publication(StringBuilder sb, Publication p)
    {
        sb.Append("  - kind: ").Append(KindName(p.Kind)).Append('\n');
        Field(sb, 2, "title", p.Title);
        People(sb, "authors", p.Authors);
        if (p.Venue is { } v)
        {
            sb.Append("    venue:\n");
            Field(sb, 3, "short", v.Short);
            Field(sb, 3, "name", v.Name);
        }
        sb.Append("    year: ").Append(p.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (p.Month is { } m) sb.Append("    month: ").Append(m.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (p.Date is { } d) sb.Append("    date: ").Append(d.ToString()).Append('\n');
        Field(sb, 2, "status", p.Status);
        List(sb, 2, "awards", p.Awards);
        var links = p.Links;
        if (!links.IsEmpty)
        {
            sb.Append("    links:\n");
            Field(sb, 3, "arxiv", links.Arxiv);
            Field(sb, 3, "doi", links.Doi);
            Field(sb, 3, "url", links.Url);
            Field(sb, 3, "pdf", links.Pdf);
            Field(sb, 3, "code", links.Code);
        }
        Field(sb, 2, "abstract", p.Abstract);
        List(sb, 2, "tags", p.Tags);
        Field(sb, 2, "key", p.Key);
        Field(sb, 2, "volume", p.Volume);
        Field(sb, 2, "number", p.Number);
        Field(sb, 2, "pages", p.Pages);
        Field(sb, 2, "publisher", p.Publisher);
        Field(sb, 2, "institution", p.Institution);
        if (p.ThesisType is { } t)
            sb.Append("    thesis_type: ").Append(t switch { ThesisType.Masters => "masters", ThesisType.Bachelors => "bachelors", _ => "phd" }).Append('\n');
        Field(sb, 2, "note", p.Note);
        People(sb, "editors", p.Editors);
        People(sb, "translators", p.Translators);
        Field(sb, 2, "edition", p.Edition);
        Field(sb, 2, "place", p.Place);
        Field(sb, 2, "series", p.Series);
        Field(sb, 2, "chapter", p.Chapter);
        Field(sb, 2, "isbn", p.Isbn);
        Field(sb, 2, "language", p.Language);
        Field(sb, 2, "event_location", p.EventLocation);
        Field(sb, 2, "event_dates", p.EventDates);
    }

    /// <summary>"Name", "Name*" (equal contribution) or an organization mapping, which keeps an organisation whole.</summary>
    private static void People(StringBuilder sb, string field, IReadOnlyList<Author> people)
    {
        if (people.Count == 0) return;
        sb.Append("    ").Append(field).Append(":\n");
        foreach (var a in people)
        {
            sb.Append("      - ");
            if (a.Organization)
                sb.Append("organization: ").Append(Scalar(a.Name)).Append(a.Equal ? "\n        equal: true" : "");
            else sb.Append(Scalar(a.Equal ? a.Name + "*" : a.Name));
            sb.Append('\n');
        }
    }

    private static void Patent(StringBuilder sb, Patent p)
    {
        sb.Append("  - title: ").Append(Scalar(p.Title)).Append('\n');
        List(sb, 2, "inventors", p.Inventors);
        Field(sb, 2, "number", p.Number);
        Field(sb, 2, "office", p.Office);
        sb.Append("    year: ").Append(p.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (p.Status != PatentStatus.Unspecified) sb.Append("    status: ").Append(p.Status == PatentStatus.Application ? "application" : "granted").Append('\n');
        Field(sb, 2, "url", p.Url);
        Field(sb, 2, "assignee", p.Assignee);
    }

    public static string KindName(PublicationKind kind) => kind switch
    {
        PublicationKind.LectureNotes => "lecture_notes",
        PublicationKind.BookChapter => "book_chapter",
        PublicationKind.TechnicalReport => "technical_report",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static void Field(StringBuilder sb, int depth, string name, string? value)
    {
        if (value is null) return;
        sb.Append(' ', depth * 2).Append(name).Append(": ").Append(Scalar(value)).Append('\n');
    }

    private static void List(StringBuilder sb, int depth, string name, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        sb.Append(' ', depth * 2).Append(name).Append(":\n");
        foreach (var item in items) sb.Append(' ', depth * 2 + 2).Append("- ").Append(Scalar(item)).Append('\n');
    }

    // A control character (a stray byte of a damaged file) is not text and the CV reader refuses it, so the
    // YAML written never holds one, whichever field it came through.
    private static string Scalar(string value) =>
        YamlScalarWriter.Scalar(value.Any(c => char.IsControl(c) && c is not ('\n' or '\t')) ? string.Concat(value.Where(c => !char.IsControl(c) || c is '\n' or '\t')) : value);
}

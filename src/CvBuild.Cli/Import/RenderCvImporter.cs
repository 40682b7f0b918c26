using System.Globalization;
using System.Text.RegularExpressions;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.Cli.Import;

/// <summary>
/// RenderCV 2.x input (docs.rendercv.com, "Structure of the YAML input file") to a cvbuild CV. <c>cv</c>'s
/// name, location, email, phone, website and social_networks make the person; each of <c>cv.sections</c>
/// (title -> list of entries, all of one type, the type told by the entry's keys) goes to the cvbuild list its
/// type matches: EducationEntry -> education, ExperienceEntry -> positions (the first experience section
/// academic, the second industry), PublicationEntry -> publications; NormalEntry, OneLineEntry, BulletEntry,
/// TextEntry and the numbered entries -> custom sections. Section order and titles are kept
/// (settings.section_order, settings.headings). <c>design</c>, <c>locale</c> and <c>rendercv_settings</c> are
/// looks, not facts, and are ignored with one note each. Everything else is reported at its line and column.
/// </summary>
internal static partial class RenderCvImporter
{
    public const long MaxBytes = Core.Reading.CvReader.MaxFileBytes;

    /// <summary>RenderCV's networks and the address it makes from a username (its SocialNetwork model).</summary>
    private static readonly Dictionary<string, string> NetworkAddresses = new(StringComparer.Ordinal)
    {
        ["LinkedIn"] = "https://linkedin.com/in/",
        ["GitHub"] = "https://github.com/",
        ["GitLab"] = "https://gitlab.com/",
        ["IMDB"] = "https://imdb.com/name/",
        ["Instagram"] = "https://instagram.com/",
        ["ORCID"] = "https://orcid.org/",
        ["StackOverflow"] = "https://stackoverflow.com/users/",
        ["ResearchGate"] = "https://researchgate.net/profile/",
        ["YouTube"] = "https://youtube.com/@",
        ["Google Scholar"] = "https://scholar.google.com/citations?user=",
        ["Telegram"] = "https://t.me/",
        ["Leetcode"] = "https://leetcode.com/u/",
        ["X"] = "https://x.com/",
    };

    public static ImportResult Import(byte[] utf8, string file)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlSourceReader.Read(utf8, file, diagnostics);
        if (root is null) return new ImportResult(null, 0, diagnostics.Sorted());
        if (root.Kind != ImportNodeKind.Object || root.Take("cv") is not { Kind: ImportNodeKind.Object } cvNode)
        {
            diagnostics.Error(root.Span, "a RenderCV file is a mapping with a 'cv' field (cv: {name: ..., sections: ...})");
            return new ImportResult(null, 0, diagnostics.Sorted());
        }
        var cv = new ImportedCv(diagnostics);
        foreach (var looks in new[] { "design", "locale", "rendercv_settings", "locale_catalog" })
        {
            if (root.Take(looks) is not { } ignored) continue;
            ignored.MarkUsed();
            diagnostics.Warning(ignored.Span, $"'{looks}' is ignored: it sets RenderCV's looks, not facts (cvbuild's are settings.design, settings.locale and themes; docs/themes.md)");
        }
        Person(cv, cvNode);
        var state = new SectionState();
        if (cvNode.Take("sections") is { } sections)
        {
            if (sections.Kind != ImportNodeKind.Object)
                diagnostics.Warning(sections.Span, "/cv/sections must map section titles to lists of entries; not imported");
            else
                foreach (var (key, value) in sections.Properties)
                {
                    sections.Take(key);
                    Section(cv, state, key, value);
                }
        }
        root.ReportUnused(diagnostics, _ => " (cvbuild has no field for it)");
        var yaml = cv.Write([
            $"Imported by cvbuild from {Path.GetFileName(file)} (RenderCV). Every field it could not map was",
            "reported with its line and column; see docs/migrating.md for the mapping.",
        ]);
        return new ImportResult(yaml, cv.EntryCount, diagnostics.Sorted());
    }

    private static void Person(ImportedCv cv, ImportNode node)
    {
        var p = cv.Person;
        if (node.Text("name") is { } name) p.Set("name", cv.PersonName = name);
        else cv.Diagnostics.Warning(node.Span, "no cv.name: person.name is 'Your Name'; change it by hand");
        p.Set("email", cv.Email(node, "email"));
        p.Set("homepage", cv.Url(node, "website"));
        // RenderCV keeps a phone as a tel: URI once validated; a CV prints the number.
        p.Set("phone", node.Text("phone") is { } phone && phone.StartsWith("tel:", StringComparison.Ordinal) ? phone[4..] : node.Text("phone"));
        p.Set("location", node.Text("location"));
        var profiles = new List<YamlMap>();
        foreach (var sn in node.Items("social_networks"))
        {
            if (sn.Kind != ImportNodeKind.Object) continue;
            var network = sn.Text("network");
            var username = sn.Text("username");
            if (network is null || username is null || ProfileAddress(network, username) is not { } url)
            {
                cv.Skip(sn, $"a social network needs one of RenderCV's networks ({string.Join(", ", NetworkAddresses.Keys)}, Mastodon) and a username");
                continue;
            }
            profiles.Add(new YamlMap().Set("network", network).Set("url", url).Set("label", username));
        }
        p.Set("profiles", profiles);
    }

    private static string? ProfileAddress(string network, string username)
    {
        if (network == "Mastodon")
        {
            var parts = username.Split('@');
            return parts is ["", { Length: > 0 } user, { Length: > 0 } domain] ? $"https://{domain}/@{user}" : null;
        }
        return NetworkAddresses.TryGetValue(network, out var stem) ? stem + username : null;
    }

    private sealed class SectionState
    {
        public int ExperienceSections;
        public bool Education;
        public bool Publications;
    }

    private static void Section(ImportedCv cv, SectionState state, string key, ImportNode list)
    {
        var title = Title(key);
        var entries = list.Kind == ImportNodeKind.Array ? Items(list) : [list];
        if (entries.Count == 0) return;
        var type = TypeOf(entries[0]);
        switch (type)
        {
            case EntryType.Education:
                cv.SectionOrder.Add(SectionIds.Education);
                if (!state.Education) cv.Headings.Set(SectionIds.Education, title);
                state.Education = true;
                foreach (var e in entries) Each(cv, e, type, title, Education);
                return;
            case EntryType.Experience when state.ExperienceSections < 2:
                var industry = state.ExperienceSections++ == 1;
                var id = industry ? SectionIds.IndustryPositions : SectionIds.AcademicPositions;
                cv.SectionOrder.Add(id);
                cv.Headings.Set(id, title);
                foreach (var e in entries) Each(cv, e, type, title, (c, n) => Experience(c, n, industry));
                return;
            case EntryType.Publication:
                cv.SectionOrder.Add(SectionIds.Publications);
                if (!state.Publications) cv.Headings.Set(SectionIds.Publications, title);
                state.Publications = true;
                var kind = KindFromTitle(title);
                foreach (var e in entries) Each(cv, e, type, title, (c, n) => Publication(c, n, kind));
                return;
            default:
                var custom = cv.Section(title, out var sectionId);
                cv.SectionOrder.Add(sectionId);
                foreach (var e in entries)
                    if (TypeOf(e) == EntryType.Unknown) cv.Skip(e, "not one of RenderCV's entry types (its keys say none)");
                    else if (Custom(cv, e) is { IsEmpty: false } entry) custom.Add(entry);
                return;
        }
    }

    /// <summary>RenderCV requires every entry of a section to be of one type; one of another type is reported, not guessed at.</summary>
    private static void Each(ImportedCv cv, ImportNode entry, EntryType type, string title, Action<ImportedCv, ImportNode> map)
    {
        if (TypeOf(entry) != type)
        {
            cv.Skip(entry, $"the section '{DiagnosticText.Escape(title)}' holds {type} entries; this entry is of another type");
            return;
        }
        map(cv, entry);
    }

    private static IReadOnlyList<ImportNode> Items(ImportNode array)
    {
        var items = new List<ImportNode>();
        for (var i = 0; i < array.ItemCount; i++) items.Add(array.Item(i));
        array.MarkSelfUsed();
        return items;
    }

    private enum EntryType { Text, Bullet, OneLine, Education, Experience, Publication, Numbered, ReversedNumbered, Normal, Unknown }

    /// <summary>The entry type RenderCV would read, told by the keys present (a plain string is a TextEntry).</summary>
    private static EntryType TypeOf(ImportNode entry)
    {
        if (entry.Kind == ImportNodeKind.String) return EntryType.Text;
        if (entry.Kind != ImportNodeKind.Object) return EntryType.Unknown;
        bool Has(string k) => entry.Properties.Any(p => p.Key == k);
        if (Has("institution") && Has("area")) return EntryType.Education;
        if (Has("company") && Has("position")) return EntryType.Experience;
        if (Has("title") && Has("authors")) return EntryType.Publication;
        if (Has("label") && Has("details")) return EntryType.OneLine;
        if (Has("bullet")) return EntryType.Bullet;
        if (Has("reversed_number")) return EntryType.ReversedNumbered;
        if (Has("number")) return EntryType.Numbered;
        if (Has("name")) return EntryType.Normal;
        return EntryType.Unknown;
    }

    private static void Education(ImportedCv cv, ImportNode e)
    {
        var institution = e.Text("institution")!;
        var area = e.Text("area");
        var degree = e.Text("degree");
        if (Period(cv, e) is not { } period)
        {
            cv.Skip(e, "a degree needs a date, start_date or end_date");
            return;
        }
        var entry = new YamlMap().Set("degree", degree ?? area).Set("field", degree is null ? null : area).Set("institution", institution)
            .Set("location", e.Text("location"));
        period.WriteTo(entry);
        entry.Set("honors", [e.Text("summary"), .. Strings(e.Items("highlights"))]);
        cv.Add("education", entry);
    }

    private static void Experience(ImportedCv cv, ImportNode e, bool industry)
    {
        if (Period(cv, e) is not { } period)
        {
            cv.Skip(e, "a position needs a date, start_date or end_date");
            return;
        }
        var entry = new YamlMap();
        if (industry) entry.SetPlain("kind", "industry");
        entry.Set("title", e.Text("position")).Set("organization", e.Text("company")).Set("location", e.Text("location"));
        period.WriteTo(entry);
        entry.Set("description", JsonResumeImporter.Joined(e.Text("summary"), Strings(e.Items("highlights"))));
        cv.Add("positions", entry);
    }

    private static void Publication(ImportedCv cv, ImportNode p, string kind)
    {
        var dateNode = p.Take("date");
        var date = dateNode?.ScalarText() is { } d ? ImportDates.Loose(dateNode, d, cv.Diagnostics) : null;
        if (date is null)
        {
            cv.Skip(p, "a publication needs a date (cvbuild requires its year)");
            return;
        }
        var authors = new List<string>();
        foreach (var a in p.Items("authors"))
        {
            if (a.ScalarText() is not { } author) continue;
            // RenderCV marks the CV's owner **in bold**; cvbuild finds the owner by name (person.aliases).
            var plain = author.Replace("**", "", StringComparison.Ordinal).Trim();
            if (author.Contains("**", StringComparison.Ordinal) && !cv.Aliases.Contains(plain)) cv.Aliases.Add(plain);
            authors.Add(plain);
        }
        var entry = new YamlMap().SetPlain("kind", kind).Set("title", p.Text("title")).Set("authors", authors)
            .Set("venue", p.Text("journal")).Set("year", date.Value.Year);
        if (date.Value.Day is not null) entry.SetPlain("date", date.Value.ToString());
        else entry.Set("month", date.Value.Month);
        // RenderCV links a DOI instead of the url when both are given; cvbuild keeps both.
        var links = new YamlMap().Set("doi", p.Text("doi"));
        var fromUrl = JsonResumeImporter.PublicationLinks(cv.Url(p, "url"));
        if (!(links.Has("doi") && fromUrl.Has("doi"))) links.Append(fromUrl);
        entry.Set("links", links).Set("abstract", p.Text("summary"));
        cv.Add("publications", entry);
    }

    /// <summary>A normal, one-line, bullet, numbered or text entry as a custom entry: its bold part, its text, its dates.</summary>
    private static YamlMap? Custom(ImportedCv cv, ImportNode e)
    {
        if (e.Kind == ImportNodeKind.String) return new YamlMap().Set("text", e.ScalarText());
        var entry = new YamlMap();
        if (e.Properties.Any(p => p.Key is "date" or "start_date" or "end_date") && Period(cv, e) is { } period) period.WriteTo(entry);
        // A third experience section (or any entry kept as a custom one) keeps its title and where it was.
        var title = e.Text("name") ?? e.Text("label") ?? e.Text("position") ?? e.Text("title");
        var place = string.Join(", ", new[] { e.Text("company") ?? e.Text("institution") ?? e.Text("journal"), e.Text("location") }.OfType<string>());
        var text = e.Text("details") ?? e.Text("bullet") ?? e.Text("number") ?? e.Text("reversed_number")
            ?? JsonResumeImporter.Joined(e.Text("summary"), Strings(e.Items("highlights")));
        if (place.Length > 0) text = text is null ? place : $"{text} ({place})";
        return entry.Set("title", title).Set("text", text);
    }

    /// <summary>RenderCV's rule: 'date' wins; only an end_date is a single date; only a start_date runs to the present.</summary>
    private static ImportedPeriod? Period(ImportedCv cv, ImportNode e)
    {
        if (e.Take("date") is { } date)
        {
            e.Take("start_date")?.MarkUsed();
            e.Take("end_date")?.MarkUsed();
            return date.ScalarText() is { } text && ImportDates.Loose(date, text, cv.Diagnostics) is { } d ? new ImportedPeriod(d, null) : null;
        }
        return ImportedPeriod.From(e.Take("start_date"), e.Take("end_date"), cv.Diagnostics);
    }

    private static List<string> Strings(IReadOnlyList<ImportNode> items) => [.. items.Select(i => i.ScalarText()).OfType<string>()];

    /// <summary>
    /// The title RenderCV prints for a section key: a key written in snake_case ("selected_publications") is
    /// printed with spaces and capitals ("Selected Publications"); a key with capitals or spaces as written.
    /// </summary>
    internal static string Title(string key)
    {
        if (key.Any(char.IsUpper) || key.Contains(' ')) return key;
        var words = key.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
    }

    /// <summary>The cvbuild kind a section title suggests ("Journal Articles" -> journal); 'other' when it says none.</summary>
    private static string KindFromTitle(string title)
    {
        var t = title.ToLowerInvariant();
        if (t.Contains("journal")) return "journal";
        if (t.Contains("workshop")) return "workshop";
        if (t.Contains("conference") || t.Contains("proceeding")) return "conference";
        if (t.Contains("preprint") || t.Contains("under review") || t.Contains("submitted")) return "preprint";
        if (t.Contains("thes")) return "thesis";
        if (t.Contains("chapter")) return "book_chapter";
        if (BookWord().IsMatch(t)) return "book";
        if (t.Contains("report")) return "technical_report";
        return "other";
    }

    [GeneratedRegex(@"\bbooks?\b")]
    private static partial Regex BookWord();
}

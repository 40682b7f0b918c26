using System.Text.RegularExpressions;
using CvBuild.Core.Diagnostics;

namespace CvBuild.Cli.Import;

/// <summary>
/// JSON Resume (jsonresume.org schema 1.0.0) to a cvbuild CV. Sections with a cvbuild counterpart map to it
/// (basics -> person, work -> positions, volunteer -> service, education, awards, publications, interests ->
/// research_interests, meta.lastModified -> last_updated); certificates, skills, languages, references and
/// projects become custom sections. Everything else is reported with its line, column and JSON pointer.
/// docs/migrating.md lists the mapping field by field; it reverses <see cref="JsonResume.JsonResumeWriter"/>
/// where that writer packs a cvbuild field into a JSON Resume one (affiliation in basics.summary, a host in
/// work highlights, DOI and arXiv addresses in publications' url).
/// </summary>
internal static partial class JsonResumeImporter
{
    /// <summary>The largest resume.json read: the CV format's own limit.</summary>
    public const long MaxBytes = Core.Reading.CvReader.MaxFileBytes;

    public static ImportResult Import(byte[] utf8, string file)
    {
        var diagnostics = new DiagnosticBag();
        var root = JsonSourceReader.Read(utf8, file, diagnostics);
        if (root is null) return new ImportResult(null, 0, diagnostics.Sorted());
        if (root.Kind != ImportNodeKind.Object)
        {
            diagnostics.Error(root.Span, "a JSON Resume file is one JSON object ({\"basics\": ...}); this is not an object");
            return new ImportResult(null, 0, diagnostics.Sorted());
        }
        var cv = new ImportedCv(diagnostics);
        root.Take("$schema")?.MarkUsed();
        Basics(cv, root.Take("basics"), root);
        foreach (var w in root.Items("work")) Work(cv, w);
        foreach (var v in root.Items("volunteer")) Volunteer(cv, v);
        foreach (var e in root.Items("education")) Education(cv, e);
        foreach (var a in root.Items("awards")) Award(cv, a);
        foreach (var c in root.Items("certificates")) Certificate(cv, c);
        var publications = root.Items("publications");
        foreach (var p in publications) Publication(cv, p);
        if (cv.Count("publications") > 0)
            diagnostics.Warning(root.Take("publications")!.Span,
                "/publications: JSON Resume gives no authors and no kind; each publication is imported with you as its only author and kind 'other': complete them");
        foreach (var s in root.Items("skills")) Skill(cv, s);
        foreach (var l in root.Items("languages")) Language(cv, l);
        foreach (var i in root.Items("interests"))
            if (i.Kind == ImportNodeKind.Object && i.Text("name") is { } interest) cv.Interests.Add(interest);
        foreach (var r in root.Items("references")) Reference(cv, r);
        foreach (var p in root.Items("projects")) Project(cv, p);
        if (root.Take("meta") is { } meta && meta.Take("lastModified") is { } modified && modified.ScalarText() is { } text
            && ImportDates.Exact(modified, text, diagnostics) is { } date)
            cv.LastUpdated = date.ToString();
        root.ReportUnused(diagnostics, Why);
        var yaml = cv.Write([
            $"Imported by cvbuild from {Path.GetFileName(file)} (JSON Resume). Every field it could not map was",
            "reported with its line and JSON pointer; see docs/migrating.md for the mapping.",
        ]);
        return new ImportResult(yaml, cv.EntryCount, diagnostics.Sorted());
    }

    private static void Basics(ImportedCv cv, ImportNode? basics, ImportNode root)
    {
        if (basics is null)
        {
            cv.Diagnostics.Warning(root.Span, "no basics.name: person.name is 'Your Name'; change it by hand");
            return;
        }
        var p = cv.Person;
        if (basics.Text("name") is { } name) p.Set("name", cv.PersonName = name);
        else cv.Diagnostics.Warning(basics.Span, "no basics.name: person.name is 'Your Name'; change it by hand");
        p.Set("title", basics.Text("label"));
        // cvbuild's jsonresume output carries the affiliation as basics.summary; one short line reads back as
        // one. A longer summary (a paragraph about oneself) has no place in person and becomes a section.
        if (basics.Text("summary") is { } summary)
        {
            if (summary.Length <= 120 && !summary.Contains('\n')) p.Set("affiliation", summary);
            else cv.Section("Summary").Add(new YamlMap().Set("text", summary));
        }
        p.Set("email", cv.Email(basics, "email"));
        p.Set("homepage", cv.Url(basics, "url"));
        p.Set("phone", basics.Text("phone"));
        if (basics.Take("location") is { } location)
        {
            // JSON Resume splits an address; cvbuild's location is the "City, Region, Country" line a CV prints.
            // A street address and postal code are left out (and reported): a CV does not print them.
            var parts = new[] { location.Text("city"), location.Text("region"), location.Text("countryCode") }.Where(s => s is not null);
            p.Set("location", string.Join(", ", parts));
        }
        var profiles = new List<YamlMap>();
        foreach (var profile in basics.Items("profiles"))
        {
            if (profile.Kind != ImportNodeKind.Object) continue;
            var network = profile.Text("network");
            var url = cv.Url(profile, "url");
            var username = profile.Text("username");
            if (network is null || url is null)
            {
                cv.Skip(profile, "cvbuild's profiles need a network and a url");
                continue;
            }
            profiles.Add(new YamlMap().Set("network", network).Set("url", url).Set("label", username));
        }
        p.Set("profiles", profiles);
    }

    private static void Work(ImportedCv cv, ImportNode w)
    {
        if (w.Kind != ImportNodeKind.Object) return;
        var organization = w.Text("name") ?? w.Text("company");
        var title = w.Text("position");
        var period = ImportedPeriod.From(w.Take("startDate"), w.Take("endDate"), cv.Diagnostics, endOnly: true);
        if (organization is null || title is null || period is null)
        {
            cv.Skip(w, "a position needs a name (the organisation), a position (the title) and a startDate or endDate");
            return;
        }
        var entry = new YamlMap().Set("title", title).Set("organization", organization).Set("location", w.Text("location"));
        period.Value.WriteTo(entry);
        var highlights = Strings(w.Items("highlights"));
        // cvbuild's own output writes the host as one highlight "Label: Name"; read it back as the host.
        if (highlights.Count == 1 && HostLine().Match(highlights[0]) is { Success: true } host)
        {
            entry.Set("host", host.Groups[2].Value);
            if (host.Groups[1].Value != "Host") entry.Set("host_label", host.Groups[1].Value);
            highlights.Clear();
        }
        entry.Set("description", Joined(w.Text("summary"), highlights));
        cv.Add("positions", entry);
    }

    private static void Volunteer(ImportedCv cv, ImportNode v)
    {
        if (v.Kind != ImportNodeKind.Object) return;
        var role = v.Text("position");
        if (role is null)
        {
            cv.Skip(v, "a service role needs a position");
            return;
        }
        var entry = new YamlMap().Set("role", role).Set("items", [v.Text("organization")]);
        ImportedPeriod.From(v.Take("startDate"), v.Take("endDate"), cv.Diagnostics)?.WriteTo(entry);
        entry.Set("description", Joined(v.Text("summary"), Strings(v.Items("highlights"))));
        cv.Add("service", entry);
    }

    private static void Education(ImportedCv cv, ImportNode e)
    {
        if (e.Kind != ImportNodeKind.Object) return;
        var institution = e.Text("institution");
        var area = e.Text("area");
        var degree = e.Text("studyType") ?? area;
        var period = ImportedPeriod.From(e.Take("startDate"), e.Take("endDate"), cv.Diagnostics, endOnly: true);
        if (institution is null || degree is null || period is null)
        {
            cv.Skip(e, "a degree needs an institution, a studyType (or area) and a startDate or endDate");
            return;
        }
        var entry = new YamlMap().Set("degree", degree).Set("field", degree == area ? null : area).Set("institution", institution);
        period.Value.WriteTo(entry);
        entry.Set("gpa", e.Text("score"));
        cv.Add("education", entry);
    }

    private static void Award(ImportedCv cv, ImportNode a)
    {
        if (a.Kind != ImportNodeKind.Object) return;
        var title = a.Text("title");
        var dateNode = a.Take("date");
        var date = dateNode?.ScalarText() is { } d ? ImportDates.Exact(dateNode, d, cv.Diagnostics) : null;
        if (title is null || date is null)
        {
            cv.Skip(a, "an award needs a title and a date");
            return;
        }
        // cvbuild dates an award by its year; the awarder leads the note ("Royal Society; for ...").
        var note = string.Join("; ", new[] { a.Text("awarder"), a.Text("summary") }.Where(s => s is not null));
        cv.Add("awards", new YamlMap().SetPlain("year", date.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("title", title).Set("note", note));
    }

    private static void Certificate(ImportedCv cv, ImportNode c)
    {
        if (c.Kind != ImportNodeKind.Object) return;
        var entry = new YamlMap();
        if (c.Take("date") is { } dateNode && dateNode.ScalarText() is { } d && ImportDates.Exact(dateNode, d, cv.Diagnostics) is { } date)
            entry.SetPlain("start", date.ToString());
        entry.Set("title", c.Text("name")).Set("text", c.Text("issuer")).Set("url", cv.Url(c, "url"));
        if (entry.Has("title") || entry.Has("text")) cv.Section("Certificates").Add(entry);
    }

    private static void Publication(ImportedCv cv, ImportNode p)
    {
        if (p.Kind != ImportNodeKind.Object) return;
        var title = p.Text("name");
        var dateNode = p.Take("releaseDate");
        var date = dateNode?.ScalarText() is { } d ? ImportDates.Exact(dateNode, d, cv.Diagnostics) : null;
        if (title is null || date is null)
        {
            cv.Skip(p, "a publication needs a name (its title) and a releaseDate (cvbuild requires its year)");
            return;
        }
        // JSON Resume has no kind and no authors; 'other' until the user says (see docs/migrating.md).
        var entry = new YamlMap().SetPlain("kind", "other").Set("title", title).Set("authors", [cv.PersonName])
            .Set("venue", p.Text("publisher"));
        entry.Set("year", date.Value.Year);
        if (date.Value.Day is not null) entry.SetPlain("date", date.Value.ToString());
        else entry.Set("month", date.Value.Month);
        entry.Set("links", PublicationLinks(cv.Url(p, "url")));
        entry.Set("abstract", p.Text("summary"));
        cv.Add("publications", entry);
    }

    /// <summary>A doi.org or arxiv.org/abs address becomes the identifier cvbuild prints and links; any other stays an address.</summary>
    public static YamlMap PublicationLinks(string? url)
    {
        var links = new YamlMap();
        if (url is null) return links;
        if (DoiAddress().Match(url) is { Success: true } doi) return links.Set("doi", Uri.UnescapeDataString(doi.Groups[1].Value));
        if (ArxivAddress().Match(url) is { Success: true } arxiv) return links.Set("arxiv", arxiv.Groups[1].Value);
        return links.Set("url", url);
    }

    private static void Skill(ImportedCv cv, ImportNode s)
    {
        if (s.Kind != ImportNodeKind.Object) return;
        var name = s.Text("name");
        var level = s.Text("level");
        var keywords = Strings(s.Items("keywords"));
        var title = level is null ? name : name is null ? level : $"{name} ({level})";
        var entry = new YamlMap().Set("title", title).Set("text", keywords.Count > 0 ? string.Join(", ", keywords) : null);
        if (!entry.IsEmpty) cv.Section("Skills").Add(entry);
    }

    private static void Language(ImportedCv cv, ImportNode l)
    {
        if (l.Kind != ImportNodeKind.Object) return;
        var entry = new YamlMap().Set("title", l.Text("language")).Set("text", l.Text("fluency"));
        if (!entry.IsEmpty) cv.Section("Languages").Add(entry);
    }

    private static void Reference(ImportedCv cv, ImportNode r)
    {
        if (r.Kind != ImportNodeKind.Object) return;
        var entry = new YamlMap().Set("title", r.Text("name")).Set("text", r.Text("reference"));
        if (!entry.IsEmpty) cv.Section("References").Add(entry);
    }

    private static void Project(ImportedCv cv, ImportNode p)
    {
        if (p.Kind != ImportNodeKind.Object) return;
        var entry = new YamlMap();
        ImportedPeriod.From(p.Take("startDate"), p.Take("endDate"), cv.Diagnostics)?.WriteTo(entry);
        var text = Joined(p.Text("description"), Strings(p.Items("highlights")));
        entry.Set("title", p.Text("name")).Set("text", text).Set("url", cv.Url(p, "url"));
        if (entry.Has("title") || entry.Has("text")) cv.Section("Projects").Add(entry);
    }

    private static List<string> Strings(IReadOnlyList<ImportNode> items) =>
        [.. items.Select(i => i.ScalarText()).OfType<string>()];

    /// <summary>A summary and highlights as the one line cvbuild prints: "Summary. First; second".</summary>
    internal static string? Joined(string? summary, IReadOnlyList<string> highlights)
    {
        var list = highlights.Count > 0 ? string.Join("; ", highlights) : null;
        if (summary is null) return list;
        if (list is null) return summary;
        return summary.TrimEnd('.') + ". " + list;
    }

    private static string Why(ImportNode node) => node.Pointer switch
    {
        "/basics/image" => " (cvbuild prints no photo)",
        "/basics/location/address" or "/basics/location/postalCode" => " (a CV prints the city and country only)",
        _ when node.Pointer.StartsWith("/basics/", StringComparison.Ordinal) => "",
        _ => " (cvbuild has no field for it)",
    };

    [GeneratedRegex(@"^(Host|Advisor|Manager|Supervisor|Mentor|Principal investigator): (.+)$")]
    private static partial Regex HostLine();

    [GeneratedRegex(@"^https?://(?:dx\.)?doi\.org/(10\..+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DoiAddress();

    [GeneratedRegex(@"^https?://arxiv\.org/abs/([^?#]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivAddress();
}

/// <summary>What an importer made: the YAML (null when the input could not be read), how many entries it holds, and every problem.</summary>
internal sealed record ImportResult(string? Yaml, int Entries, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.IsError);
    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

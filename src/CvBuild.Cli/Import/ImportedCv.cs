using System.Text.RegularExpressions;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.Cli.Import;

/// <summary>
/// The cvbuild CV an importer builds: the person, the lists in the CV format's order, and custom sections
/// with unique ids. Checks values the CV reader would refuse (addresses, emails) before they are written, so
/// the YAML it writes passes 'cvbuild check'.
/// </summary>
internal sealed partial class ImportedCv(DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, List<YamlMap>> _lists = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Heading, List<YamlMap> Entries)> _custom = [];

    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public YamlMap Person { get; } = new();
    public List<string> Interests { get; } = [];
    public List<string> Aliases { get; } = [];
    public string? LastUpdated { get; set; }
    /// <summary>settings.section_order when the source orders its sections (RenderCV); empty: cvbuild's default order.</summary>
    public List<string> SectionOrder { get; } = [];
    /// <summary>settings.headings: the source's own heading per built-in section id.</summary>
    public YamlMap Headings { get; } = new();

    /// <summary>Entries written (every list item, custom entries included): the summary line's count.</summary>
    public int EntryCount => _lists.Values.Sum(l => l.Count) + _custom.Sum(c => c.Entries.Count);

    /// <summary>The person's name as imported so far ("Your Name" until one is known).</summary>
    public string PersonName { get; set; } = "Your Name";

    public int Count(string list) => _lists.TryGetValue(list, out var l) ? l.Count : 0;

    public void Add(string list, YamlMap entry) => (_lists.TryGetValue(list, out var l) ? l : _lists[list] = []).Add(entry);

    /// <summary>A custom section (id from the heading, made unique and kept apart from the built-in section ids).</summary>
    public List<YamlMap> Section(string heading) => Section(heading, out _);

    public List<YamlMap> Section(string heading, out string sectionId)
    {
        foreach (var s in _custom)
            if (s.Heading == heading)
            {
                sectionId = s.Id;
                return s.Entries;
            }
        var stem = Slug(heading);
        var id = stem;
        for (var n = 2; SectionIds.DefaultOrder.Contains(id) || _custom.Any(c => c.Id == id); n++) id = $"{stem}_{n}";
        _custom.Add((id, heading, []));
        sectionId = id;
        return _custom[^1].Entries;
    }

    /// <summary>An absolute http(s), mailto or ftp address as the CV format requires; otherwise a warning and null.</summary>
    public string? Url(ImportNode owner, string name)
    {
        var node = owner.Take(name);
        if (node?.ScalarText() is not { } value) return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "ftp") return value;
        Diagnostics.Warning(node.Span, $"{ImportNode.ShowPointer(node.Pointer)}: '{DiagnosticText.Escape(value)}' is not a full web address (https://...); not imported");
        return null;
    }

    public string? Email(ImportNode owner, string name)
    {
        var node = owner.Take(name);
        if (node?.ScalarText() is not { } value) return null;
        if (EmailPattern().IsMatch(value)) return value;
        Diagnostics.Warning(node.Span, $"{ImportNode.ShowPointer(node.Pointer)}: '{DiagnosticText.Escape(value)}' is not an email address; not imported");
        return null;
    }

    /// <summary>Warns that an entry is left out because a field cvbuild requires is missing, and marks it handled.</summary>
    public void Skip(ImportNode entry, string why)
    {
        entry.MarkUsed();
        Diagnostics.Warning(entry.Span, $"{ImportNode.ShowPointer(entry.Pointer)} not imported: {why}");
    }

    public string Write(IEnumerable<string> header)
    {
        var root = new YamlMap();
        if (!Person.Has("name")) Person.Set("name", PersonName);
        // person.name first, as every example and the starter have it.
        root.Set("person", Person.Set("aliases", Aliases).Set("research_interests", Interests));
        root.SetPlain("last_updated", LastUpdated);
        root.Set("settings", new YamlMap().Set("section_order", SectionOrder.Distinct()).Set("headings", Headings));
        foreach (var list in new[] { "positions", "education", "awards", "publications", "talks", "grants", "supervision", "teaching", "service" })
            if (_lists.TryGetValue(list, out var entries)) root.Set(list, entries);
        root.Set("custom_sections", _custom.Select(c => new YamlMap().Set("id", c.Id).Set("heading", c.Heading).Set("entries", c.Entries)));
        return root.Write(header);
    }

    /// <summary>Lower-case letters, digits and underscores from the heading ("Skills & Tools" -> skills_tools); "section" when none remain.</summary>
    private static string Slug(string heading)
    {
        var slug = NonWord().Replace(heading.ToLowerInvariant(), "_").Trim('_');
        return slug.Length == 0 ? "section" : slug;
    }

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();

    // The CV reader's rule (ReadContext.Email), so an address it would refuse is caught here.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}

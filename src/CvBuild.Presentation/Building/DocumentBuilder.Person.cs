using CvBuild.Core.Model;
using CvBuild.Presentation.Document;

namespace CvBuild.Presentation.Building;

// The owner's name and ORCID iD, teaching, and the sections beside the research record: memberships, media
// coverage, skills and languages.
public sealed partial class DocumentBuilder
{
    /// <summary>The ORCID resolver; ORCID asks that an iD be shown as its full https address or linked to it.</summary>
    private const string OrcidResolver = "https://orcid.org/";

    /// <summary>"Prof. Dr. LI Ming (李明), FRS": honorifics, the name, the name in its own script, post-nominals.</summary>
    private DocumentHeader HeaderOf(Person p, List<Line> identity, List<Contact> contacts)
    {
        var name = p.NativeName is { } native ? _s.Format("name.native", p.Name, native) : p.Name;
        if (p.Honorifics is { } honorifics) name = honorifics + " " + name;
        if (p.PostNominals is { } post) name = _s.Format("name.post_nominals", name, post);
        return new DocumentHeader(name, identity, contacts)
        {
            Parts = new NameParts(p.Name, p.NativeName, p.Honorifics, p.PostNominals),
            Orcid = p.Orcid,
        };
    }

    private Contact? OrcidContact(Person p) => p.Orcid is { } id
        ? new Contact(ContactKind.Profile, _s["contact.orcid"], new Span(id, SpanKind.Link) { Url = OrcidResolver + id })
        : null;

    /// <summary>A profile that repeats person.orcid would print the iD twice.</summary>
    private static bool IsOrcidProfile(Person p, Profile profile) =>
        p.Orcid is { } id && profile.Url.TrimEnd('/').EndsWith(id, StringComparison.OrdinalIgnoreCase)
        && profile.Url.Contains("orcid.org", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Lecturer, Course (CODE), Institution, Place"; without a role the course leads. Then "Graduate, 120 students,
    /// 3 h/week" and the description.
    /// </summary>
    private Entry Teaching(Teaching t)
    {
        var course = t.Code is null ? t.Course : _s.Format("teaching.course_code", t.Course, t.Code);
        var spans = t.Role is { } role ? new List<Span> { new(role, SpanKind.Title), Comma, Text(course) } : [new(course, SpanKind.Title)];
        if (t.Institution is { } i) spans.AddRange([Comma, new Span(i, SpanKind.Venue)]);
        if (t.Location is { } l) spans.AddRange([Comma, Text(l)]);
        var lines = new List<Line> { new(spans) };
        var details = new[]
        {
            t.Level is { } level ? _s["teaching.level." + level.ToString().ToLowerInvariant()] : null,
            t.Students is { } n ? _s.Format("teaching.students", n) : null,
            t.Hours,
        }.OfType<string>().ToList();
        if (details.Count > 0) lines.Add(Line.Of(Text(string.Join(", ", details))));
        if (t.Description is { } d) lines.AddRange(Paragraphs.Lines(d));
        return Dated(_dates.Years(t.Period, t.OtherPeriods), lines);
    }

    private List<Block> OtherRecords(string id) => id switch
    {
        SectionIds.Memberships => [.. _cv.Memberships.Select(Membership)],
        SectionIds.Media => [.. _cv.Media.Select(MediaItem)],
        SectionIds.Skills => [.. _cv.Skills.Select(SkillGroup)],
        SectionIds.Languages => [.. _cv.Languages.Select(Language)],
        _ => [],
    };

    /// <summary>"Fellow, Royal Society" (the society linked); the note below.</summary>
    private Entry Membership(Membership m)
    {
        var url = m.Url is { } u ? WebAddress.Encode(u) : null;
        var first = m.Role is { } role
            ? new List<Span> { new(role, SpanKind.Title), Comma, new(m.Organization, SpanKind.Venue) { Url = url } }
            : [new Span(m.Organization, SpanKind.Title) { Url = url }];
        var lines = new List<Line> { new(first) };
        if (m.Note is { } note) lines.Add(Line.Of(new Span(note, SpanKind.Note)));
        return Dated(m.Period, lines);
    }

    /// <summary>"“Headline”" (linked), then "Outlet, 7 March 2024", then the note; dated by its year.</summary>
    private Entry MediaItem(MediaItem m)
    {
        var url = m.Url is { } u ? WebAddress.Encode(u) : null;
        var lines = new List<Line>();
        if (m.Title is { } title) lines.Add(Line.Of(new Span(_s.Format("talk.title", title), SpanKind.Emphasis) { Url = url }));
        var outlet = new List<Span> { new(m.Outlet, SpanKind.Venue) { Url = m.Title is null ? url : null } };
        if (m.Date.Month is not null) outlet.AddRange([Comma, new Span(_dates.Long(m.Date), SpanKind.Date)]);
        lines.Add(new Line(outlet));
        if (m.Note is { } note) lines.Add(Line.Of(new Span(note, SpanKind.Note)));
        return Dated(Period.Single(m.Date.Year), lines);
    }

    /// <summary>"Programming: Python, R, Julia".</summary>
    private static Entry SkillGroup(SkillGroup g) =>
        new(MarkerKind.Bullet, null, [Line.Of(new Span(g.Category + ":", SpanKind.Label), Text(" " + string.Join(", ", g.Items)))]);

    /// <summary>"German: C1 (CEFR); Goethe-Zertifikat C1".</summary>
    private Entry Language(Language l)
    {
        var level = l.Level switch
        {
            null => null,
            LanguageLevel.Native or LanguageLevel.Fluent or LanguageLevel.Reading => _s["language.level." + l.Level.Value.ToString().ToLowerInvariant()],
            { } cefr => _s.Format("language.cefr", cefr.ToString()),
        };
        var spans = new List<Span> { new(l.Name, SpanKind.Title) };
        var rest = string.Join("; ", new[] { level, l.Note }.OfType<string>());
        if (rest.Length > 0) spans.Add(Text(": " + rest));
        return new Entry(MarkerKind.Bullet, null, [new Line(spans)]);
    }
}

using System.Globalization;
using CvBuild.Core.Model;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Building;

/// <summary>
/// Builds the one presentation document of a variant: selection, section order, grouping, numbering, the
/// "et al." rule, date wording and every label happen here and nowhere else. Pure: the same CV, options and
/// strings give the same document.
/// </summary>
public sealed partial class DocumentBuilder
{
    private readonly Cv _cv;
    private readonly DocumentOptions _options;
    private readonly PresentationStrings _s;
    private readonly DateWording _dates;
    private readonly EntryLines _lines;
    private readonly AuthorMarks _marks;

    private DocumentBuilder(Cv cv, DocumentOptions options, PresentationStrings strings)
    {
        _cv = Selection.Apply(cv, options);
        _options = options;
        _s = strings;
        _dates = new DateWording(strings);
        _marks = new AuthorMarks(_cv.Settings, strings);
        _lines = new EntryLines(_cv.Person, strings, _dates, _marks);
    }

    /// <summary>The document of <paramref name="cv"/> for a variant, worded with <paramref name="strings"/>.</summary>
    /// <exception cref="ArgumentException">options.Sections names a section the CV does not have (callers check with <see cref="SectionIds.UnknownIn"/> first).</exception>
    public static PresentationDocument Build(Cv cv, DocumentOptions options, PresentationStrings strings)
    {
        ArgumentNullException.ThrowIfNull(cv);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(strings);
        if (options.Sections is { } requested && SectionIds.UnknownIn(cv, requested) is { } unknown)
            throw new ArgumentException($"unknown section '{unknown}'", nameof(options));
        return new DocumentBuilder(cv, options, strings).Build();
    }

    private PresentationDocument Build()
    {
        var person = _cv.Person;
        var date = _cv.LastUpdated ?? _options.Date;
        var footer = date is { } d ? _s.Format("footer.last_updated", _dates.MonthYear(d)) : null;
        var (title, sections) = _options.Variant switch
        {
            CvVariant.Publications => (_s.Format("title.publications", person.Name), (IReadOnlyList<Section>)[PublicationListing()]),
            CvVariant.Talks => (_s.Format("title.talks", person.Name), [new Section(SectionIds.Talks, Heading(SectionIds.Talks), Talks(_cv.Talks, details: true))]),
            _ => (person.Name, FullSections()),
        };
        var subject = _s.Format("subject.cv", string.Join(", ", new[] { person.Name, person.Title, person.Affiliation }.Where(p => p is not null)));
        var info = new DocumentInfo(_options.Variant is CvVariant.Full or CvVariant.Short ? _s.Format("title.cv", person.Name) : title, person.Name, subject,
            person.ResearchInterests.Count > 0 ? string.Join(", ", person.ResearchInterests) : null);
        var document = new PresentationDocument(title, Header(person), [.. sections.Where(s => s.Blocks.Count > 0)], footer, info, _s);
        // Once here, so every output prints the same typographic text and breaks lines at the same places.
        if (_cv.Settings.Typography.SmartPunctuation) document = SmartPunctuation.Apply(document, QuoteMarks.Of(_s));
        return NoBreakTies.Apply(document);
    }

    private DocumentHeader Header(Person p)
    {
        var identity = new List<Line>();
        if (p.Title is { } t) identity.Add(Line.Of(Span.Plain(t)));
        if (p.Affiliation is { } a) identity.Add(Line.Of(new Span(a, SpanKind.Venue)));
        var contacts = new List<Contact>();
        if (p.Email is { } e) contacts.Add(new Contact(ContactKind.Email, _s["contact.email"], new Span(e, SpanKind.Link) { Url = WebAddress.Mail(e) }));
        if (p.Homepage is { } h) contacts.Add(new Contact(ContactKind.Homepage, _s["contact.homepage"], new Span(h, SpanKind.Link) { Url = WebAddress.Encode(h) }));
        if (OrcidContact(p) is { } orcid) contacts.Add(orcid);
        // A profile's label replaces its address: "GitHub: noamrazin", linked to the address.
        foreach (var profile in p.Profiles.Where(profile => !IsOrcidProfile(p, profile)))
            contacts.Add(new Contact(ContactKind.Profile, profile.Network, new Span(profile.Label ?? profile.Url, SpanKind.Link) { Url = WebAddress.Encode(profile.Url) }));
        if (p.Phone is { } ph) contacts.Add(new Contact(ContactKind.Phone, _s["contact.phone"], Span.Plain(ph)));
        if (p.Location is { } l) contacts.Add(new Contact(ContactKind.Location, null, Span.Plain(l)));
        return HeaderOf(p, identity, contacts);
    }

    private string Heading(string id) =>
        _cv.Settings.Headings.TryGetValue(id, out var h) ? h
        : _cv.Settings.TalkSections.FirstOrDefault(t => t.Id == id) is { } talks ? talks.Heading
        : _cv.CustomSections.FirstOrDefault(c => c.Id == id) is { } custom ? custom.Heading
        : _s["heading." + id];

    private List<Section> FullSections()
    {
        var order = (_options.Sections ?? _cv.Settings.SectionOrder).ToList();
        // Under the default order custom sections have no place of their own: they follow the built-in ones.
        if (_options.Sections is null && order.SequenceEqual(SectionIds.DefaultOrder))
        {
            // Talk sections follow Talks, in the order the settings give them.
            order.InsertRange(order.IndexOf(SectionIds.Talks) + 1, _cv.Settings.TalkSections.Select(t => t.Id));
            order.AddRange(_cv.CustomSections.Select(c => c.Id).Where(id => !order.Contains(id)));
        }
        return [.. order.Distinct().Select(id => new Section(id, Heading(id), SectionBlocks(id)))];
    }

    private List<Block> SectionBlocks(string id) => id switch
    {
        SectionIds.Interests => _cv.Person.ResearchInterests.Count == 0 ? []
            : [new TextBlock(Line.Of(Span.Plain(string.Join(", ", _cv.Person.ResearchInterests))))],
        SectionIds.AcademicPositions => [.. _cv.PositionsOf(PositionKind.Academic).Select(Position)],
        SectionIds.IndustryPositions => [.. _cv.PositionsOf(PositionKind.Industry).Select(Position)],
        SectionIds.Education => [.. _cv.Education.Select(Education)],
        SectionIds.Awards => [.. _cv.Awards.Select(Award)],
        SectionIds.Publications => Publications(),
        SectionIds.Patents => [.. _cv.Patents.Select(Patent)],
        SectionIds.Talks => Talks(TalksOfSection(null), details: false),
        SectionIds.Teaching => [.. _cv.Teaching.Select(Teaching)],
        SectionIds.Service => ServiceGroups(),
        SectionIds.Grants => [.. _cv.Grants.Select(Grant)],
        SectionIds.Supervision => Supervision(),
        _ when _cv.Settings.TalkSections.FirstOrDefault(t => t.Id == id) is { } talks => Talks(TalksOfSection(talks), details: false),
        // Before the sections of SectionIds.YieldToCustom: a CV's own section of that id stands in their place.
        _ when _cv.CustomSections.FirstOrDefault(c => c.Id == id) is { } custom => [.. custom.Entries.Select(Custom)],
        _ => OtherRecords(id),
    };

    private Entry Dated(Period? period, List<Line> lines) => new(MarkerKind.Date, period is null ? null : _dates.Years(period), lines);

    private static Entry Dated(string worded, List<Line> lines) => new(MarkerKind.Date, worded, lines);

    private static Span Text(string text) => Span.Plain(text);

    private static Span Comma => Span.Plain(", ");

    private Entry Position(Position p)
    {
        var first = new List<Span> { new(p.Title, SpanKind.Title), Comma, new(p.Organization, SpanKind.Venue) };
        if (p.Location is { } loc) first.AddRange([Comma, Text(loc)]);
        var lines = new List<Line> { new(first) };
        if (p.Host is { } host) lines.Add(Line.Of(new Span((p.HostLabel ?? _s["position.host"]) + ":", SpanKind.Label), Text(" " + host)));
        if (p.Description is { } d) lines.AddRange(Paragraphs.Lines(d));
        return Dated(_dates.Years(p.Period, p.OtherPeriods), lines);
    }

    private Entry Education(Education e)
    {
        var degree = e.Field is null ? e.Degree : _s.Format("education.degree_in_field", e.Degree, e.Field);
        var first = new List<Span> { new(degree, SpanKind.Title), Comma, new(e.Institution, SpanKind.Venue) };
        if (e.Location is { } loc) first.AddRange([Comma, Text(loc)]);
        var lines = new List<Line> { new(first) };
        if (e.Advisor is { } a) lines.Add(Line.Of(new Span(_s["education.advisor"], SpanKind.Label), Text(" " + a)));
        if (e.Thesis is { } t) lines.Add(Line.Of(new Span(_s["education.thesis"], SpanKind.Label), Text(" "), new Span(t, SpanKind.Emphasis)));
        lines.AddRange(e.Honors.Select(h => Line.Of(Text(h))));
        if (e.Gpa is { } g) lines.Add(Line.Of(Text(g)));
        if (e.Awarded is { } awarded)
            lines.Add(Line.Of(new Span(_s["education.awarded"], SpanKind.Label), Text(" "), new Span(_dates.Long(awarded), SpanKind.Date)));
        return Dated(_dates.Years(e.Period, e.OtherPeriods), lines);
    }

    private Entry Award(Award a)
    {
        var lines = new List<Line> { Line.Of(new Span(a.Title, SpanKind.Text) { Url = a.Url is { } u ? WebAddress.Encode(u) : null }) };
        if (a.Note is { } n) lines.Add(Line.Of(new Span(n, SpanKind.Note)));
        return Dated(a.Period, lines);
    }

    /// <summary>One legend line per mark the papers use (equal-contribution groups, corresponding author).</summary>
    private IEnumerable<TextBlock> Legends(IEnumerable<Publication> papers) =>
        _marks.Legends(papers).Select(l => new TextBlock(Line.Of(Span.Plain(l)), TextKind.Legend));

    private List<Block> Publications()
    {
        var blocks = new List<Block>();
        if (_cv.Publications.Count == 0) return blocks;
        blocks.AddRange(Legends(_cv.Publications));
        var numbering = _options.Numbering ?? _cv.Settings.Numbering;
        foreach (var (group, papers) in _cv.PublicationsByGroup())
        {
            if (papers.Count == 0) continue;
            blocks.Add(new Subheading(group.Heading ?? _s[group.HeadingId ?? "group.misc"], SubheadingKind.Group));
            // By year: undated work first (under no year heading), then each year newest first; numbers run on.
            var runs = group.ByYear
                ? papers.GroupBy(p => p.Year).OrderBy(g => g.Key is null ? 0 : 1).ThenByDescending(g => g.Key).Select(g => (g.Key, g.ToList())).ToList()
                : [(null, papers.ToList())];
            var first = 0;
            foreach (var (year, run) in runs)
            {
                if (group.ByYear && year is { } y) blocks.Add(new Subheading(y.ToString(CultureInfo.InvariantCulture), SubheadingKind.Year));
                blocks.AddRange(Numbered(run, first, papers.Count, numbering));
                first += run.Count;
            }
        }
        return blocks;
    }

    /// <summary>
    /// Papers numbered from <paramref name="first"/> (0-based within their group of <paramref name="total"/>);
    /// reverse numbering counts down so the newest (listed first) paper carries the highest number.
    /// </summary>
    private IEnumerable<Block> Numbered(IReadOnlyList<Publication> papers, int first, int total, Numbering numbering)
    {
        var lines = papers.Select(p => _lines.Publication(p, _options.MaxAuthors ?? _cv.Settings.MaxAuthors, listing: false)).ToList();
        if (numbering == Numbering.None)
            return lines.Select((l, i) => new Entry(MarkerKind.Bullet, null, l) { Work = ScholarlyWorks.Of(papers[i]) });
        var entries = lines.Select((l, i) => new Entry(MarkerKind.Number,
            (numbering == Numbering.Reverse ? total - first - i : first + i + 1).ToString(CultureInfo.InvariantCulture) + ".", l)
        { Work = ScholarlyWorks.Of(papers[i]) }).ToList();
        return [new NumberedList(entries, numbering == Numbering.Reverse)];
    }

    private Entry Patent(Patent p)
    {
        var lines = new List<Line> { Line.Of(new Span(p.Title, SpanKind.Title)) };
        if (p.Inventors.Count > 0) lines.Add(_lines.Authors(p.Inventors.Select(n => new Author(n)).ToList(), null));
        var kind = _s[p.Status == PatentStatus.Application ? "patent.application" : "patent.granted"];
        var label = string.Join(' ', new[] { p.Office, kind, p.Number }.Where(x => x is not null));
        lines.Add(Line.Of(new Span(label, SpanKind.Emphasis) { Url = p.Url is { } u ? WebAddress.Encode(u) : null }));
        if (p.Assignee is { } assignee) lines.Add(Line.Of(new Span(_s["patent.assignee"], SpanKind.Label), Text(" " + assignee)));
        return new Entry(MarkerKind.Date, p.Year.ToString(CultureInfo.InvariantCulture), lines);
    }

    /// <summary>The talks of a talk section, or (for null) those no talk section takes, in the CV's order.</summary>
    private IEnumerable<Talk> TalksOfSection(TalkSection? section) => section is null
        ? _cv.Talks.Where(t => t.Kind is not { } k || !_cv.Settings.TalkSections.Any(s => s.Kinds.Contains(k)))
        : _cv.Talks.Where(t => t.Kind is { } k && section.Kinds.Contains(k));

    /// <summary>Talks grouped by year, newest year first, keeping the CV's order within a year.</summary>
    private List<Block> Talks(IEnumerable<Talk> talks, bool details)
    {
        var blocks = new List<Block>();
        foreach (var year in talks.GroupBy(t => t.Date.Year).OrderByDescending(g => g.Key))
        {
            blocks.Add(new Subheading(year.Key.ToString(CultureInfo.InvariantCulture), SubheadingKind.Year));
            blocks.AddRange(year.Select(t => new Entry(MarkerKind.Bullet, null, _lines.Talk(t, details))));
        }
        return blocks;
    }

    private Entry Service(Service s)
    {
        var role = new List<Span> { new(s.Role, SpanKind.Title) };
        if (s.Years.Count > 0) role.Add(Text(" " + _s.Format("service.years", string.Join(", ", s.Years))));
        var lines = new List<Line> { new(role) };
        lines.AddRange(s.Items.Select(item => new Line([Text(item)], LineRole.Item)));
        if (s.Description is { } d) lines.AddRange(Paragraphs.Lines(d));
        return Dated(s.Period, lines);
    }

    private Entry Custom(CustomEntry e)
    {
        var url = e.Url is { } u ? WebAddress.Encode(u) : null;
        var lines = new List<Line>();
        if (e.Title is { } t) lines.Add(Line.Of(new Span(t, SpanKind.Title) { Url = url }));
        if (e.Text is { } text) lines.AddRange(Paragraphs.Lines(text));
        if (e.Title is null && e.Url is { } address) lines.Add(Line.Of(new Span(address, SpanKind.Link) { Url = url }));
        if (lines.Count == 0) lines.Add(Line.Of(Text("")));
        return e.Period is { } p ? Dated(p, lines) : new Entry(MarkerKind.Bullet, null, lines);
    }

    /// <summary>The listing style: newest first, each paper with its date, abstract and links.</summary>
    private Section PublicationListing()
    {
        var blocks = new List<Block>();
        blocks.AddRange(Legends(_cv.Publications));
        // Undated work (submitted, in preparation) is newer than anything dated.
        var papers = _cv.Publications
            .Select((p, i) => (Paper: p, Index: i))
            .OrderBy(x => x.Paper.IsUndated ? 0 : 1)
            .ThenByDescending(x => EntryLines.DateOf(x.Paper))
            .ThenBy(x => x.Index)
            .Select(x => x.Paper);
        blocks.AddRange(papers.Select(p => new Entry(MarkerKind.None, null, _lines.Publication(p, _options.MaxAuthors ?? _cv.Settings.MaxAuthors ?? DocumentOptions.DefaultListingMaxAuthors, listing: true)) { Work = ScholarlyWorks.Of(p) }));
        return new Section(SectionIds.Publications, Heading(SectionIds.Publications), blocks);
    }
}

using System.Globalization;
using CvBuild.Core.Model;

namespace CvBuild.Text.Document;

/// <summary>Builds the shared document for a variant: which facts appear, in which order, with which emphasis.</summary>
public static class CvDocumentBuilder
{
    public static CvDocument Build(Cv cv, DocumentOptions options)
    {
        var selected = CvSelection.Apply(cv, options.Selection);
        var footer = cv.LastUpdated is { } d ? "Last updated " + DateText.MonthYear(d) : null;
        var header = BuildHeader(cv.Person);
        return options.Variant switch
        {
            CvVariant.Publications => new CvDocument($"Publications of {cv.Person.Name}", header,
                [PublicationListing(selected, options.MaxAuthors)], footer),
            CvVariant.Talks => new CvDocument($"Talks by {cv.Person.Name}", header,
                [TalkListing(selected)], footer),
            _ => new CvDocument(cv.Person.Name, header, FullSections(selected).ToList(), footer),
        };
    }

    private static Header BuildHeader(Person p)
    {
        var lines = new List<Line>();
        if (p.Title is { } t) lines.Add(Line.Of(Span.Plain(t)));
        if (p.Affiliation is { } a) lines.Add(Line.Of(Span.Plain(a)));
        if (p.Location is { } l) lines.Add(Line.Of(Span.Plain(l)));
        if (p.Email is { } e) lines.Add(Line.Of(Span.Plain("Email: "), Span.Link(e, "mailto:" + e)));
        if (p.Homepage is { } h) lines.Add(Line.Of(Span.Plain("Homepage: "), Span.Link(h, h)));
        if (p.Phone is { } ph) lines.Add(Line.Of(Span.Plain("Phone: " + ph)));
        foreach (var profile in p.Profiles)
            lines.Add(Line.Of(Span.Plain(profile.Network + ": "), Span.Link(profile.Label ?? profile.Url, profile.Url)));
        return new Header(p.Name, lines);
    }

    private static IEnumerable<Section> FullSections(Cv cv)
    {
        var order = cv.Settings.SectionOrder.ToList();
        // With the default order custom sections have no place yet; they go last rather than vanish.
        if (order.SequenceEqual(SectionIds.DefaultOrder))
            order.AddRange(cv.CustomSections.Select(c => c.Id).Where(id => !order.Contains(id)));
        foreach (var id in order)
        {
            var section = BuildSection(cv, id);
            if (section is not null && section.Blocks.Count > 0) yield return section;
        }
    }

    private static Section? BuildSection(Cv cv, string id)
    {
        var heading = cv.Settings.HeadingFor(id);
        IEnumerable<Block>? blocks = id switch
        {
            SectionIds.Interests => cv.Person.ResearchInterests.Count == 0 ? []
                : [new TextBlock(Line.Of(Span.Plain(string.Join(", ", cv.Person.ResearchInterests))))],
            SectionIds.AcademicPositions => cv.PositionsOf(PositionKind.Academic).Select(Position),
            SectionIds.IndustryPositions => cv.PositionsOf(PositionKind.Industry).Select(Position),
            SectionIds.Education => cv.Education.Select(Education),
            SectionIds.Awards => cv.Awards.Select(Award),
            SectionIds.Publications => Publications(cv),
            SectionIds.Patents => cv.Patents.Select(p => Patent(p, cv.Person)),
            SectionIds.Talks => Talks(cv, withDetails: false),
            SectionIds.Teaching => cv.Teaching.Select(Teaching),
            SectionIds.Service => cv.Service.SelectMany(Service),
            _ => null,
        };
        if (blocks is null)
        {
            var custom = cv.CustomSections.FirstOrDefault(c => c.Id == id);
            if (custom is null) return null;
            heading = custom.Heading;
            blocks = custom.Entries.Select(Custom);
        }
        return new Section(heading, blocks.ToList());
    }

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static Entry Dated(Period period, IEnumerable<Line> lines) => new(MarkerKind.Date, period.ToYearString(), lines.ToList());

    private static Entry Position(Position p)
    {
        var first = new List<Span> { Span.Strong(p.Title), Span.Plain(", "), Span.Emphasis(p.Organization) };
        if (p.Location is { } loc) first.Add(Span.Plain(", " + loc));
        var lines = new List<Line> { new(first) };
        if (p.Host is { } host) lines.Add(Line.Of(Span.Plain($"{p.HostLabel}: {host}")));
        if (p.Description is { } d) lines.Add(Line.Of(Span.Plain(d)));
        return Dated(p.Period, lines);
    }

    private static Entry Education(Education e)
    {
        var first = new List<Span> { Span.Strong(e.DegreeLine), Span.Plain(", "), Span.Emphasis(e.Institution) };
        if (e.Location is { } loc) first.Add(Span.Plain(", " + loc));
        var lines = new List<Line> { new(first) };
        if (e.Advisor is { } a) lines.Add(Line.Of(Span.Plain("Advisor: " + a)));
        if (e.Thesis is { } t) lines.Add(Line.Of(Span.Plain("Thesis: " + t)));
        lines.AddRange(e.Honors.Select(h => Line.Of(Span.Plain(h))));
        if (e.Gpa is { } g) lines.Add(Line.Of(Span.Plain(g)));
        return Dated(e.Period, lines);
    }

    private static Entry Award(Award a)
    {
        var lines = new List<Line> { Line.Of(a.Url is { } u ? Span.Link(a.Title, u) : Span.Plain(a.Title)) };
        if (a.Note is { } n) lines.Add(Line.Of(Span.Emphasis(n)));
        return Dated(a.Period, lines);
    }

    private static IEnumerable<Block> Publications(Cv cv)
    {
        if (cv.Publications.Count == 0) yield break;
        if (cv.Publications.Any(p => p.HasEqualContribution))
            yield return new TextBlock(Line.Of(Span.Plain(cv.Settings.EqualContributionLegend)));
        foreach (var group in cv.Settings.PublicationGroups)
        {
            var papers = cv.PublicationsIn(group).ToList();
            if (papers.Count == 0) continue;
            yield return new Subheading(group.Heading);
            var entries = new List<Entry>();
            for (var i = 0; i < papers.Count; i++)
            {
                var number = cv.Settings.Numbering switch
                {
                    Numbering.Forward => (i + 1).ToString(CultureInfo.InvariantCulture) + ".",
                    Numbering.Reverse => (papers.Count - i).ToString(CultureInfo.InvariantCulture) + ".",
                    _ => null,
                };
                var lines = PublicationLines(papers[i], cv.Person, cv.Settings.MaxAuthors);
                entries.Add(number is null ? new Entry(MarkerKind.Bullet, null, lines) : new Entry(MarkerKind.Number, number, lines));
            }
            if (cv.Settings.Numbering == Numbering.None)
                foreach (var e in entries) yield return e;
            else
                yield return new NumberedList(entries, cv.Settings.Numbering == Numbering.Reverse);
        }
    }

    private static List<Line> PublicationLines(Publication p, Person owner, int? maxAuthors)
    {
        var lines = new List<Line>
        {
            Line.Of(Span.Strong(p.Title)),
            new(AuthorList.Shortened(p.Authors, owner, maxAuthors)),
            VenueLine(p),
        };
        lines.AddRange(p.Awards.Select(a => Line.Of(Span.Emphasis(a))));
        if (LinksLine(p.Links) is { } links) lines.Add(links);
        return lines;
    }

    /// <summary>"Conference on ... (NeurIPS), 2025, to appear"; just the year when the venue is unknown.</summary>
    private static Line VenueLine(Publication p)
    {
        var spans = new List<Span>();
        if (p.VenueLine is { } v) spans.Add(Span.Emphasis(v));
        var rest = Join(p.Year.ToString(CultureInfo.InvariantCulture), p.Status);
        spans.Add(Span.Plain(spans.Count > 0 ? ", " + rest : rest));
        return new Line(spans);
    }

    private static Line? LinksLine(PublicationLinks links)
    {
        var spans = new List<Span>();
        foreach (var (label, url) in links.All())
        {
            if (spans.Count > 0) spans.Add(Span.Plain(", "));
            spans.Add(Span.Link(label, url));
        }
        return spans.Count == 0 ? null : new Line(spans);
    }

    private static Entry Patent(Patent p, Person owner)
    {
        var lines = new List<Line> { Line.Of(Span.Strong(p.Title)) };
        if (p.Inventors.Count > 0) lines.Add(new Line(AuthorList.Spans(p.Inventors, owner)));
        lines.Add(Line.Of(p.Url is { } u ? Span.Link(p.Label, u) : Span.Emphasis(p.Label)));
        return new Entry(MarkerKind.Date, p.Year.ToString(CultureInfo.InvariantCulture), lines);
    }

    private static IEnumerable<Block> Talks(Cv cv, bool withDetails)
    {
        foreach (var year in cv.TalksByYear())
        {
            yield return new Subheading(year.Key.ToString(CultureInfo.InvariantCulture));
            foreach (var talk in year) yield return new Entry(MarkerKind.Bullet, null, TalkLines(talk, withDetails));
        }
    }

    private static List<Line> TalkLines(Talk t, bool withDetails)
    {
        var where = Join(t.Event, t.Location);
        var first = new List<Span>();
        if (withDetails && t.Date.Month is not null) first.Add(Span.Plain(DateText.Short(t.Date) + ": "));
        first.Add(t.Url is { } u ? Span.Link(where, u) : Span.Plain(where));
        if (t.Virtual) first.Add(Span.Plain(" (virtual)") with { NoBreak = true });
        var lines = new List<Line> { new(first) };
        if (t.Title is { } title) lines.Add(Line.Of(Span.Plain("Title: "), Span.Emphasis(title)));
        if (withDetails)
        {
            if (t.Room is { } room) lines.Add(Line.Of(Span.Plain("Room: " + room)));
            if (t.Abstract is { } a) lines.Add(Line.Paragraph(a));
            if (t.Note is { } n) lines.Add(Line.Paragraph(n));
        }
        return lines;
    }

    private static Entry Teaching(Teaching t) =>
        Dated(t.Period, [Line.Of(Span.Plain(Join(t.Role, t.CourseLine, t.Institution, t.Location)))]);

    private static IEnumerable<Block> Service(Service s)
    {
        var title = s.Period is { } p ? $"{s.Role} ({p.ToYearString()})" : s.Role;
        if (s.Items.Count == 0)
        {
            var lines = new List<Line> { Line.Of(Span.Strong(title)) };
            if (s.Description is { } d) lines.Add(Line.Of(Span.Plain(d)));
            yield return new Entry(MarkerKind.Bullet, null, lines);
            yield break;
        }
        yield return new Subheading(title);
        if (s.Description is { } desc) yield return new TextBlock(Line.Of(Span.Plain(desc)));
        foreach (var item in s.Items) yield return new Entry(MarkerKind.Bullet, null, [Line.Of(Span.Plain(item))]);
    }

    private static Entry Custom(CustomEntry e)
    {
        var first = new List<Span>();
        if (e.Title is { } t) first.Add(e.Url is { } u ? new Span(t, SpanStyle.Strong, u) : Span.Strong(t));
        var lines = new List<Line>();
        if (first.Count > 0) lines.Add(new Line(first));
        if (e.Text is { } text) lines.Add(Line.Of(Span.Plain(text)));
        if (e.Title is null && e.Url is { } url) lines.Add(Line.Of(Span.Link(url, url)));
        if (lines.Count == 0) lines.Add(Line.Of(Span.Plain("")));
        return e.Period is { } p ? Dated(p, lines) : new Entry(MarkerKind.Bullet, null, lines);
    }

    /// <summary>The paper-listing style: newest first, date, title, short author list, venue, abstract, links.</summary>
    private static Section PublicationListing(Cv cv, int maxAuthors)
    {
        var papers = cv.Publications
            .Select((p, i) => (Paper: p, Index: i))
            .OrderByDescending(x => x.Paper.Date ?? new PartialDate(x.Paper.Year, x.Paper.Month))
            .ThenBy(x => x.Index)
            .Select(x => x.Paper);
        var blocks = new List<Block>();
        if (cv.Publications.Any(p => p.HasEqualContribution))
            blocks.Add(new TextBlock(Line.Of(Span.Plain(cv.Settings.EqualContributionLegend))));
        foreach (var p in papers)
        {
            var date = p.Date ?? new PartialDate(p.Year, p.Month);
            var dateLine = DateText.Short(date) + (p.Tags.Count > 0 ? $" ({string.Join(", ", p.Tags)})" : "");
            var lines = new List<Line>
            {
                Line.Of(Span.Plain(dateLine)),
                Line.Of(Span.Strong(p.Title)),
                new(AuthorList.Spans(p.Authors, cv.Person, maxAuthors)),
                VenueLine(p),
            };
            lines.AddRange(p.Awards.Select(a => Line.Of(Span.Emphasis(a))));
            if (p.Abstract is { } a) lines.Add(Line.Paragraph(a));
            if (LinksLine(p.Links) is { } links) lines.Add(links);
            blocks.Add(new Entry(MarkerKind.None, null, lines));
        }
        return new Section(cv.Settings.HeadingFor(SectionIds.Publications), blocks);
    }

    private static Section TalkListing(Cv cv) => new(cv.Settings.HeadingFor(SectionIds.Talks), Talks(cv, withDetails: true).ToList());
}

using System.Globalization;
using CvBuild.Core.Model;
using CvBuild.Layout;
using CvBuild.Pdf.Theming;

namespace CvBuild.Pdf.Sections;

/// <summary>
/// Turns each section of the CV into elements, in the CV's section order; a section with nothing to show is left out
/// entirely (no orphan heading). The wording follows the CV: "Host: ...", "Advisor: ...", "Thesis: ...".
/// </summary>
internal sealed class SectionBuilder(Cv cv, Styles styles, Numbering numbering)
{
    public IEnumerable<Element> Build()
    {
        foreach (var id in cv.Settings.SectionOrder)
        {
            var elements = Section(id).ToList();
            if (elements.Count == 0) continue;
            // One column per section: the heading's KeepWithNext binds it to the section's first entry.
            yield return new Column(elements) { Spacing = styles.EntryGap };
        }
    }

    private IEnumerable<Element> Section(string id)
    {
        var heading = cv.Settings.HeadingFor(id);
        return id switch
        {
            SectionIds.Interests => WithHeading(heading, Interests()),
            SectionIds.AcademicPositions => WithHeading(heading, cv.PositionsOf(PositionKind.Academic).Select(Position)),
            SectionIds.IndustryPositions => WithHeading(heading, cv.PositionsOf(PositionKind.Industry).Select(Position)),
            SectionIds.Education => WithHeading(heading, cv.Education.Select(Education)),
            SectionIds.Awards => WithHeading(heading, cv.Awards.Select(Award)),
            SectionIds.Publications => new PublicationList(cv, styles, numbering).Build(heading),
            SectionIds.Patents => WithHeading(heading, Patents()),
            SectionIds.Talks => WithHeading(heading, Talks()),
            SectionIds.Teaching => WithHeading(heading, cv.Teaching.Select(Teaching)),
            SectionIds.Service => WithHeading(heading, cv.Service.Select(Service)),
            _ => cv.CustomSections.FirstOrDefault(c => c.Id == id) is { } custom
                ? WithHeading(custom.Heading, custom.Entries.Select(Custom))
                : [],
        };
    }

    private IEnumerable<Element> WithHeading(string heading, IEnumerable<Element> entries)
    {
        var list = entries.ToList();
        return list.Count == 0 ? [] : [SectionHeading.Create(styles, heading), .. list];
    }

    private IEnumerable<Element> Interests()
    {
        if (cv.Person.ResearchInterests.Count == 0) yield break;
        yield return DatedEntry.Create(styles, null, new Para(styles).Add(string.Join(", ", cv.Person.ResearchInterests), styles.Body).Build());
    }

    private Element Position(Position p) => DatedEntry.Create(styles, p.Period.ToYearString(),
        new Para(styles).Add(p.Title, styles.Bold).Then(p.Organization, styles.Italic).Then(p.Location, styles.Body).Build(),
        p.Host is null ? null : new Para(styles).Add($"{p.HostLabel}: {p.Host}", styles.Body).Build(),
        p.Description is null ? null : new Para(styles).Add(p.Description, styles.Body).Build());

    private Element Education(Education e) => DatedEntry.Create(styles, e.Period.ToYearString(),
    [
        new Para(styles).Add(e.DegreeLine, styles.Bold).Then(e.Institution, styles.Italic).Then(e.Location, styles.Body).Build(),
        e.Advisor is null ? null : new Para(styles).Add("Advisor: " + e.Advisor, styles.Body).Build(),
        e.Thesis is null ? null : new Para(styles).Add("Thesis: ", styles.Body).Add(e.Thesis, styles.Italic).Build(),
        .. e.Honors.Select(h => new Para(styles).Add(h, styles.Body).Build()),
        e.Gpa is null ? null : new Para(styles).Add(e.Gpa, styles.Body).Build(),
    ]);

    private Element Award(Award a)
    {
        var line = new Para(styles);
        if (a.Url is { } url) line.Link(a.Title, url, styles.Body);
        else line.Add(a.Title, styles.Body);
        return DatedEntry.Create(styles, a.Period.ToYearString(), line.Build(),
            a.Note is null ? null : new Para(styles).Add(a.Note, styles.Italic with { Color = styles.Theme.Muted }).Build());
    }

    private IEnumerable<Element> Patents()
    {
        for (var i = 0; i < cv.Patents.Count; i++)
        {
            var p = cv.Patents[i];
            var number = numbering switch
            {
                Numbering.Forward => $"{i + 1}.",
                Numbering.Reverse => $"{cv.Patents.Count - i}.",
                _ => null,
            };
            var label = new Para(styles);
            if (p.Url is { } url) label.Link(p.Label, url, styles.Italic with { Color = styles.Accent });
            else label.Add(p.Label, styles.Italic);
            label.Then(p.Year.ToString(CultureInfo.InvariantCulture), styles.Body);
            yield return DatedEntry.Numbered(styles, number,
            [
                new Para(styles).Add(p.Title, styles.Bold).Build(),
                AuthorList.Append(new Para(styles), styles, cv.Person, p.Inventors.Select(n => (n, false))).BuildOrNull(),
                label.Build(),
            ]);
        }
    }

    /// <summary>Talks by year, newest first; the year stands once in the dates column beside its first talk.</summary>
    private IEnumerable<Element> Talks()
    {
        foreach (var year in cv.TalksByYear())
        {
            var talks = year.Select((talk, i) => Talk(talk, i == 0 ? year.Key.ToString(CultureInfo.InvariantCulture) : null));
            // Talks of one year sit close together; the section's entry gap separates the years.
            yield return new Column(talks) { Spacing = styles.Size * 0.2f };
        }
    }

    private Element Talk(Talk talk, string? year)
    {
        var line = new Para(styles).Add(talk.Event, styles.Body).Then(talk.Location, styles.Body);
        if (talk.Virtual) line.Add(" (virtual)", styles.Body);
        Element? title = null;
        if (talk.Title is not null)
        {
            var quoted = $"\u201C{talk.Title}\u201D";
            var t = new Para(styles);
            if (talk.Url is { } url) t.Link(quoted, url, styles.Italic);
            else t.Add(quoted, styles.Italic);
            title = t.Build();
        }
        return DatedEntry.Create(styles, year, line.Build(), title);
    }

    private Element Teaching(Teaching t) => DatedEntry.Create(styles, t.Period.ToYearString(),
        new Para(styles).Add(t.Role, styles.Bold).Then(t.CourseLine, styles.Body).Then(t.Institution, styles.Italic).Then(t.Location, styles.Body).Build());

    private Element Service(Service s) => DatedEntry.Create(styles, s.Period?.ToYearString(),
    [
        new Para(styles).Add(s.Role, styles.Bold).Build(),
        .. s.Items.Select(item => new Para(styles).Add(item, styles.Italic).Build()),
        s.Description is null ? null : new Para(styles).Add(s.Description, styles.Body).Build(),
    ]);

    private Element Custom(CustomEntry e)
    {
        var line = new Para(styles);
        if (e.Title is not null)
        {
            if (e.Url is { } url) line.Link(e.Title, url, styles.Bold with { Color = styles.Accent });
            else line.Add(e.Title, styles.Bold);
        }
        Element? text = e.Text is null ? null : new Para(styles).Add(e.Text, styles.Body).Build();
        if (e.Title is null && e.Url is { } onlyUrl) line.Link(onlyUrl, onlyUrl, styles.Link);
        return DatedEntry.Create(styles, e.Period?.ToYearString(), line.BuildOrNull(), text);
    }
}

using System.Globalization;
using CvBuild.Core.Model;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Building;

/// <summary>The lines of the entries that appear in more than one section or variant: publications, authors, talks.</summary>
internal sealed class EntryLines(Person owner, PresentationStrings s, DateWording dates, AuthorMarks marks)
{
    private static Span Text(string text) => Span.Plain(text);

    /// <summary>The date a listing sorts and prints a paper by: its exact date, else year and month; null for undated work.</summary>
    public static PartialDate? DateOf(Publication p) => p.Date ?? (p.Year is { } y ? new PartialDate(y, p.Month) : null);

    /// <summary>
    /// A paper: title; authors; venue with volume, number, pages, publisher, institution, year and status; note;
    /// award notes; identifiers and links. The listing adds the date and tags first and the abstract before the links.
    /// </summary>
    public List<Line> Publication(Publication p, int? maxAuthors, bool listing)
    {
        var lines = new List<Line>();
        if (listing)
        {
            // Undated work (submitted, in preparation) heads the listing with its status where a date would be.
            var date = new List<Span> { DateOf(p) is { } d ? new(dates.Short(d), SpanKind.Date) : new(p.Status ?? "", SpanKind.Emphasis) };
            if (p.Tags.Count > 0) date.Add(Text($" ({string.Join(", ", p.Tags)})"));
            lines.Add(new Line(date));
        }
        lines.Add(Line.Of(new Span(p.Title, SpanKind.Title)));
        if (p.Authors.Count > 0) lines.Add(Authors(p.Authors, maxAuthors));
        if (Contributors(p) is { } contributors) lines.Add(contributors);
        lines.Add(VenueLine(p));
        if (p.Note is { } note) lines.Add(Line.Of(Text(note)));
        lines.AddRange(p.Awards.Select(a => Line.Of(new Span(a, SpanKind.Note))));
        if (listing && p.Abstract is { } a) lines.AddRange(Paragraphs.Lines(a, LineRole.Paragraph));
        if (Links(p.Links) is { } links) lines.Add(links);
        return lines;
    }

    /// <summary>Authors or inventors, shortened by the one "et al." rule; the owner strong, equal contributors marked.</summary>
    public Line Authors(IReadOnlyList<Author> authors, int? max)
    {
        var (slots, etAl) = AuthorShortening.Shorten(authors, owner, max);
        var spans = new List<Span>();
        for (var i = 0; i < slots.Count; i++)
        {
            if (i > 0) spans.Add(Text(", "));
            if (slots[i].Author is not { } author)
            {
                spans.Add(Text(s["authors.omitted"]));
                continue;
            }
            spans.Add(PersonSpan(author));
            if (marks.After(author) is { Length: > 0 } mark) spans.Add(Text(mark));
        }
        if (etAl) spans.Add(Text((spans.Count > 0 ? " " : "") + s["authors.et_al"]));
        return new Line(spans);
    }

    // An organisation is never the owner, however its name reads.
    private Span PersonSpan(Author author) =>
        new(author.Name, SpanKind.Person) { Owner = !author.Organization && owner.IsOwner(author.Name), EqualContribution = author.Equal, NoBreak = true };

    /// <summary>"Edited by A, B; translated by C": the owner strong here too (an edited volume is the owner's work).</summary>
    private Line? Contributors(Publication p)
    {
        var spans = new List<Span>();
        void Group(string id, IReadOnlyList<Author> people)
        {
            if (people.Count == 0) return;
            spans.Add(Text((spans.Count > 0 ? "; " : "") + s[id] + " "));
            for (var i = 0; i < people.Count; i++)
            {
                if (i > 0) spans.Add(Text(", "));
                spans.Add(PersonSpan(people[i]));
            }
        }
        Group("publication.edited_by", p.Editors);
        Group(p.Editors.Count == 0 ? "publication.translated_by" : "publication.translated_by_after", p.Translators);
        return spans.Count == 0 ? null : new Line(spans);
    }

    /// <summary>
    /// "Journal of X, vol. 22, no. 3, pp. 1–35, PMLR, 2021, to appear": the venue (or, for kinds without one, the
    /// kind's word), then every detail the CV gives. Just the year when nothing else is known.
    /// </summary>
    private Line VenueLine(Publication p)
    {
        var spans = new List<Span>();
        void Part(string? text, SpanKind kind = SpanKind.Text)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            if (spans.Count > 0) spans.Add(Text(", "));
            spans.Add(new Span(text, kind));
        }
        // A review, editorial, abstract, poster, dataset or software names its kind even beside a venue: the
        // venue (a journal, a conference, Zenodo) would otherwise pass it off as a paper in any group it is in.
        if (p.Venue?.Display is { Length: > 0 } && SaysItsKind(p.Kind)) Part(KindWord(p));
        if (VenueText(p) is { } v) Part(v, SpanKind.Venue);
        Part(p.EventLocation);
        Part(p.EventDates);
        Part(p.Series);
        Part(p.Chapter is { } chapter ? s.Format("publication.chapter", chapter) : null);
        Part(p.Edition is { } edition ? s.Format("publication.edition", edition) : null);
        Part(p.Volume is { } vol ? s.Format("publication.volume", vol) : null);
        Part(p.Number is { } num ? s.Format("publication.number", num) : null);
        Part(p.Pages is { } pages ? s.Format(IsPageRange(pages) ? "publication.pages" : "publication.page", pages) : null);
        Part(p.Publisher);
        Part(p.Place);
        Part(p.Institution);
        Part(p.Year?.ToString(CultureInfo.InvariantCulture), SpanKind.Date);
        Part(p.Language is { } language ? s.Format("publication.language", language) : null);
        Part(p.Isbn is { } isbn ? s.Format("publication.isbn", isbn) : null);
        Part(p.Status, SpanKind.Emphasis);
        return new Line(spans);
    }

    /// <summary>"123–145" or "1, 5–7" is a range of pages ("pp."); "290" or "e1002" is one page or an article number
    /// ("p."), as biblatex's \mkpageprefix tells them apart (biblatex manual §4.6.3, \ppno vs \pno).</summary>
    private static bool IsPageRange(string pages) => pages.AsSpan().IndexOfAny("-–—,+") >= 0;

    private static bool SaysItsKind(PublicationKind kind) => kind is PublicationKind.BookReview or PublicationKind.Editorial
        or PublicationKind.ConferenceAbstract or PublicationKind.Poster or PublicationKind.Dataset or PublicationKind.Software;

    private string? VenueText(Publication p) => p.Venue?.Display is { Length: > 0 } v ? v : KindWord(p);

    /// <summary>The kind's own word ("Preprint", "Diploma Thesis"), or null for kinds that are named by their venue.</summary>
    private string? KindWord(Publication p) => p.Kind switch
    {
        // Papers name their venue; without one, only the details follow.
        PublicationKind.Conference or PublicationKind.Journal or PublicationKind.Workshop or PublicationKind.BookChapter => null,
        PublicationKind.Preprint => s["kind.preprint"],
        // A thesis whose degree the CV does not give is just a thesis, never a PhD thesis.
        PublicationKind.Thesis => s[p.ThesisType switch
        {
            ThesisType.PhD => "kind.thesis.phd",
            ThesisType.Masters => "kind.thesis.masters",
            ThesisType.Bachelors => "kind.thesis.bachelors",
            ThesisType.Diploma => "kind.thesis.diploma",
            ThesisType.Habilitation => "kind.thesis.habilitation",
            _ => "kind.thesis",
        }],
        PublicationKind.LectureNotes => s["kind.lecture_notes"],
        PublicationKind.TechnicalReport => s["kind.technical_report"],
        PublicationKind.Book => s["kind.book"],
        PublicationKind.BookReview => s["kind.book_review"],
        PublicationKind.Editorial => s["kind.editorial"],
        PublicationKind.EditedBook => s["kind.edited_book"],
        PublicationKind.ConferenceAbstract => s["kind.conference_abstract"],
        PublicationKind.Poster => s["kind.poster"],
        PublicationKind.Dataset => s["kind.dataset"],
        PublicationKind.Software => s["kind.software"],
        _ => s["kind.other"],
    };

    /// <summary>Readable identifiers first (arXiv, DOI), then labelled links: PDF, URL, code, slides, video, poster.</summary>
    private Line? Links(PublicationLinks links)
    {
        var spans = new List<Span>();
        void Add(string text, string url, SpanKind kind)
        {
            if (spans.Count > 0) spans.Add(Text(", "));
            spans.Add(new Span(text, kind) { Url = url, NoBreak = kind == SpanKind.Link, NoBreakBefore = kind == SpanKind.Link });
        }
        if (links.Arxiv is { } arxiv) Add(s.Format("identifier.arxiv", arxiv), WebAddress.Arxiv(arxiv), SpanKind.Identifier);
        if (links.Doi is { } doi) Add(s.Format("identifier.doi", doi), WebAddress.Doi(doi), SpanKind.Identifier);
        if (links.Pdf is { } pdf) Add(s["link.pdf"], WebAddress.Encode(pdf), SpanKind.Link);
        if (links.Url is { } url) Add(s["link.url"], WebAddress.Encode(url), SpanKind.Link);
        if (links.Code is { } code) Add(s["link.code"], WebAddress.Encode(code), SpanKind.Link);
        if (links.Slides is { } slides) Add(s["link.slides"], WebAddress.Encode(slides), SpanKind.Link);
        if (links.Video is { } video) Add(s["link.video"], WebAddress.Encode(video), SpanKind.Link);
        if (links.Poster is { } poster) Add(s["link.poster"], WebAddress.Encode(poster), SpanKind.Link);
        return spans.Count == 0 ? null : new Line(spans);
    }

    /// <summary>
    /// A talk: "Event, Place (virtual)", its title (linked when the CV gives an address) and note. With
    /// <paramref name="details"/> (the talks listing): the date before the event, the room and the abstract.
    /// </summary>
    private static string KindId(TalkKind kind) => kind switch
    {
        TalkKind.Keynote => "keynote",
        TalkKind.Plenary => "plenary",
        TalkKind.Invited => "invited",
        TalkKind.Contributed => "contributed",
        TalkKind.Poster => "poster",
        TalkKind.Panel => "panel",
        TalkKind.Seminar => "seminar",
        _ => "lecture_series",
    };

    public List<Line> Talk(Talk t, bool details)
    {
        var url = t.Url is { } u ? WebAddress.Encode(u) : null;
        var first = new List<Span>();
        if (details && t.Date.Month is not null && t.EndDate is null) first.AddRange([new Span(dates.Short(t.Date), SpanKind.Date), Text(": ")]);
        if (t.Kind is { } kind) first.Add(new Span(s.Format("talk.kind", s["talk.kind." + KindId(kind)]), SpanKind.Label));
        first.Add(new Span(t.EventOrHost) { Url = t.Title is null ? url : null });
        if (t.Event is not null && t.Host is { } host) first.AddRange([Text(", "), Text(host)]);
        if (t.Location is { } loc) first.AddRange([Text(", "), Text(loc)]);
        if (t.Virtual) first.Add(Text(" " + s["talk.virtual"]) with { NoBreak = true });
        // A multi-day talk prints its days in every style: the year heading alone would hide them.
        if (t.EndDate is { } end) first.AddRange([Text(", "), new Span(dates.ShortRange(t.Date, end), SpanKind.Date)]);
        if (t.Role is { } role) first.Add(Text(" " + s.Format("talk.role", role)));
        var lines = new List<Line> { new(first) };
        if (t.Title is { } title) lines.Add(Line.Of(new Span(s.Format("talk.title", title), SpanKind.Emphasis) { Url = url }));
        if (details && t.Room is { } room) lines.Add(Line.Of(new Span(s["talk.room"], SpanKind.Label), Text(" " + room)));
        if (details && t.Abstract is { } a) lines.AddRange(Paragraphs.Lines(a, LineRole.Paragraph));
        if (t.Note is { } n) lines.Add(Line.Of(new Span(n, SpanKind.Note)));
        return lines;
    }
}

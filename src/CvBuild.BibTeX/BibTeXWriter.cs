using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CvBuild.BibTeX.Export;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.BibTeX;

/// <summary>
/// Renders a CV's publications (and patents, and optionally talks) as a .bib file. A pure function of the
/// CV and the options: no I/O, no clock, so the same CV always gives the same bytes.
/// </summary>
public static partial class BibTeXWriter
{
    private static readonly string[] MonthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The .bib text alone; see <see cref="Export"/> for the characters it could not spell.</summary>
    public static string Write(Cv cv, BibTeXOptions options) => Export(cv, options).Text;

    /// <summary>
    /// The .bib text and a warning for every field holding characters that have no LaTeX spelling in a file for
    /// 8-bit bibtex (the bibtex dialect, or --ascii): kept as UTF-8 (written as '?' with --ascii) and named in
    /// the warning with its entry key and field, at the place in the CV (or its .bib source) of the value that
    /// holds them (a note joined from status, awards and note: the part holding them), else at the entry.
    /// </summary>
    public static BibTeXExport Export(Cv cv, BibTeXOptions options)
    {
        var talks = options.IncludeTalks ? cv.Talks : [];
        var sources = new List<KeySource>();
        sources.AddRange(cv.Publications.Select(p => new KeySource(CleanKey(p.Key), (p.Authors.Count > 0 ? p.Authors : p.Editors).FirstOrDefault()?.Name, p.Year, p.Title)));
        sources.AddRange(cv.Patents.Select(p => new KeySource(null, p.Inventors.FirstOrDefault(), p.Year, p.Title)));
        sources.AddRange(talks.Select(t => new KeySource(null, cv.Person.Name, t.Date.Year, t.Title ?? t.EventOrHost)));
        var keys = BibTeXKeyGenerator.Assign(sources);

        var writer = new EntryWriter(options);
        var sb = new StringBuilder();
        sb.Append("% Exported by cvbuild (").Append(options.Dialect == BibDialect.BibLaTeX ? "biblatex" : "bibtex")
          .Append(" dialect): ").Append(Count(cv.Publications.Count, "publication"))
          .Append(", ").Append(Count(cv.Patents.Count, "patent"));
        if (options.IncludeTalks) sb.Append(", ").Append(Count(talks.Count, "talk"));
        sb.Append(".\n");
        if (!options.UseMacros) sb.Append("% Encoding: UTF-8\n");

        var k = 0;
        var warnings = new List<Diagnostic>();
        void Add(BibEntry entry, SourceSpan? source)
        {
            sb.Append('\n');
            entry.AppendTo(sb);
            foreach (var unspellable in entry.Unspellable)
                warnings.Add(UnspellableWarning(entry.Key, unspellable.Field, unspellable.Characters, unspellable.At ?? source, options.Ascii));
        }
        foreach (var p in cv.Publications) Add(writer.Publication(p, keys[k++]), p.Source);
        foreach (var p in cv.Patents) Add(writer.Patent(p, keys[k++]), p.Source);
        foreach (var t in talks) Add(writer.Talk(t, cv.Person, keys[k++]), t.Source);
        KeptUtf8(sb, options, warnings.Count > 0);
        return new BibTeXExport(sb.ToString(), warnings);
    }

    /// <summary>'山' (U+5C71), '😀' (U+1F600): the code point says what a terminal may not show.</summary>
    private static string Describe(string characters) =>
        string.Join(", ", characters.EnumerateRunes().Select(r => $"'{r}' (U+{r.Value:X4})"));

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>
    /// `check` rejects a key with characters BibTeX cannot have (<see cref="BibKeys"/>); a CV built without it
    /// still gets a file that parses, with each such character replaced.
    /// </summary>
    private static string? CleanKey(string? key) =>
        key is null ? null : new string([.. key.Trim().Select(c => BibKeys.IsForbidden(c) ? '-' : c)]) is { Length: > 0 } k ? k : null;

    internal static string? MonthMacro(int? month) => month is >= 1 and <= 12 ? MonthMacros[month.Value - 1] : null;

    [GeneratedRegex(@"^((cs|math|stat|eess|econ|q-bio|q-fin|physics|astro-ph|cond-mat|nlin)\.[A-Za-z-]+|hep-th|hep-ph|hep-ex|hep-lat|quant-ph|gr-qc|math-ph|nucl-th|nucl-ex)$")]
    internal static partial Regex ArxivCategory();

    /// <summary>Builds entries; one instance per export so the options are read once.</summary>
    private sealed class EntryWriter(BibTeXOptions options)
    {
        private readonly bool _macros = options.UseMacros;
        private readonly bool _biblatex = options.Dialect == BibDialect.BibLaTeX;

        private string T(string? text) => text is null ? "" : LatexEscaper.Text(text, _macros);

        public BibEntry Publication(Publication p, string key)
        {
            var venue = p.Venue?.Display is { Length: > 0 } v ? v : null;
            var (type, extra) = TypeOf(p, venue);
            var f = p.Fields;
            var e = new BibEntry(type, key, _macros, options.Ascii);
            e.Braced("author", Names(p.Authors), People(f, "authors", p.Authors));
            if (_biblatex && Annotations(p.Authors) is { } annotations) e.Bare("author+an", annotations);
            e.Braced("title", LatexEscaper.Title(p.Title, _macros), At(f, "title"));
            extra(e);
            Details(e, p, type);
            if (p.Year is { } year) e.Bare("year", year.ToString(CultureInfo.InvariantCulture));
            // biblatex's data model requires a date on every type but @dataset and @software; an undated work
            // says its year is unspecified (ISO 8601-2 / EDTF "XXXX", which biber reads and styles print as
            // nothing) instead of inventing one. Plain bibtex's @misc needs no year.
            else if (_biblatex && type is not ("dataset" or "software")) e.Braced("date", "XXXX");
            if (_biblatex) e.Braced("pubstate", p.Status is { } status ? T(PublicationState.ToPubstate(status)) : null, At(f, "status"));
            // The date field is the first release (often a year before the proceedings), so its month only
            // counts when it is in the year printed; never both year and date.
            // A paper's date is its first public release (often arXiv), not the month its venue met: only
            // where the release is the publication (preprints, notes, theses, reports) does it give the month.
            // An undated work's month would stand alone: it is not written.
            var month = p.IsUndated ? null : p.Month ?? (p.Date is { Month: { } m } d && d.Year == p.Year && ReleaseIsPublication(p.Kind) ? m : null);
            if (MonthMacro(month) is { } macro) e.Bare("month", macro);
            e.Braced("doi", Verbatim(p.Links.Doi, _macros));
            e.Braced("url", Verbatim(p.Links.Url, _macros));
            // Every type carries the arXiv id: biblatex allows eprint everywhere and plain.bst ignores it.
            Eprint(e, p);
            e.Braced("note", T(Note(p, type)), NoteOrigins(p));
            if (options.Abstracts) e.Braced("abstract", T(p.Abstract), At(f, "abstract"));
            return e;
        }

        /// <summary>Where a field of an entry was written; <paramref name="text"/> for one part of a joined value.</summary>
        private static FieldOrigin At(FieldSources fields, string path, string? text = null) => new(fields.At(path), text);

        /// <summary>Each person of a name list at their own item (their name, for a person written as a mapping).</summary>
        private static FieldOrigin[] People(FieldSources fields, string field, IReadOnlyList<Author> people) =>
            [.. people.Select((a, i) => new FieldOrigin(fields.At($"{field}[{i}].{(a.Organization ? "organization" : "name")}") ?? a.Source, a.Name))];

        /// <summary>
        /// The parts of <see cref="Venue.Display"/> each where it was written (a venue given as one string: there): the
        /// name, and the short name unless the name already holds it.
        /// </summary>
        private static FieldOrigin[] VenueOrigins(Publication p) => p.Venue switch
        {
            null => [],
            { Name: null } v => [At(p.Fields, "venue.short", v.Short)],
            { Short: null } v => [At(p.Fields, "venue.name", v.Name)],
            var v when v.Name.Contains(v.Short, StringComparison.Ordinal) => [At(p.Fields, "venue.name", v.Name)],
            var v => [At(p.Fields, "venue.name", v.Name), At(p.Fields, "venue.short", v.Short)],
        };

        /// <summary>The parts <see cref="Note"/> joins, each where it was written (the same conditions decide which).</summary>
        private FieldOrigin[] NoteOrigins(Publication p)
        {
            var f = p.Fields;
            var parts = new List<FieldOrigin>();
            if (!_biblatex && p.Status is { } status) parts.Add(At(f, "status", status));
            if (p.Kind == PublicationKind.Preprint) parts.AddRange(VenueOrigins(p));
            parts.AddRange(p.Awards.Select((a, i) => At(f, $"awards[{i}]", a)));
            if (p.Note is { } note) parts.Add(At(f, "note", note));
            if (NumberInNote(p)) parts.AddRange(NumberOrigins(p));
            if (options.EqualNote) parts.AddRange(People(f, "authors", p.Authors));
            return [.. parts];
        }

        /// <summary>
        /// biblatex data annotations (biblatex manual §3.7): "equal" for the first equal-contribution group,
        /// "equal2", "equal3", ... for the others, "corresponding" for the corresponding author; an author with
        /// two gets both, comma-separated ("1=equal,corresponding; 2=equal").
        /// </summary>
        private static string? Annotations(IReadOnlyList<Author> authors)
        {
            var items = new List<string>();
            for (var i = 0; i < authors.Count; i++)
            {
                var a = authors[i];
                var names = new List<string>();
                if (a.Equal) names.Add(a.EqualGroup == 1 ? "equal" : "equal" + a.EqualGroup.ToString(CultureInfo.InvariantCulture));
                if (a.Corresponding) names.Add("corresponding");
                if (names.Count > 0) items.Add($"{(i + 1).ToString(CultureInfo.InvariantCulture)}={string.Join(",", names)}");
            }
            return items.Count == 0 ? null : "{" + string.Join("; ", items) + "}";
        }

        /// <summary>
        /// An author list in BibTeX form; an organisation is braced whole ("{ATLAS Collaboration}") so no style
        /// splits it into a given and a family name.
        /// </summary>
        private string Names(IEnumerable<Author> people) =>
            NameFormatter.List(people.Select(a => a.Organization ? "{" + a.Name + "}" : a.Name), _macros);

        /// <summary>
        /// Editors, translators, place, series, chapter, ISBN, language and the conference's place, each in the
        /// entry types whose data model has the field (biblatex's blx-dm.def), so biber --validate-datamodel
        /// stays silent; plain.bst ignores fields it does not use, so the bibtex dialect writes them all.
        /// </summary>
        private void Details(BibEntry e, Publication p, string type)
        {
            bool Takes(params string[] types) => !_biblatex || types.Contains(type);
            if (p.Editors.Count > 0 && Takes("article", "book", "inbook", "incollection", "collection", "inproceedings", "misc", "dataset", "software"))
                e.Braced("editor", Names(p.Editors), People(p.Fields, "editors", p.Editors));
            if (p.Translators.Count > 0 && Takes("article", "book", "inbook", "incollection", "collection"))
                e.Braced("translator", Names(p.Translators), People(p.Fields, "translators", p.Translators));
            if (Takes("article", "book", "inbook", "incollection", "collection", "inproceedings", "dataset"))
                e.Braced("series", T(p.Series), At(p.Fields, "series"));
            if (Takes("book", "inbook", "incollection", "collection", "inproceedings", "report", "thesis"))
                e.Braced("chapter", T(p.Chapter), At(p.Fields, "chapter"));
            if (Takes("book", "inbook", "incollection", "collection", "inproceedings", "misc", "report", "thesis", "dataset", "software"))
                e.Braced(_biblatex ? "location" : "address", T(p.Place), At(p.Fields, "place"));
            if (Takes("book", "inbook", "incollection", "collection", "inproceedings"))
                e.Braced("isbn", T(p.Isbn), At(p.Fields, "isbn"));
            if (type == "inproceedings")
            {
                e.Braced("venue", T(p.EventLocation), At(p.Fields, "event_location"));
                if (_biblatex) e.Braced("eventdate", EventDate.ToIso(p.EventDates), At(p.Fields, "event_dates"));
            }
            e.Braced("language", T(p.Language), At(p.Fields, "language"));
        }

        /// <summary>The entry type and its type-specific fields; every type is chosen so no required field is empty.</summary>
        private (string Type, Action<BibEntry> Fields) TypeOf(Publication p, string? venue)
        {
            var label = HowPublished.KindMarker(p.Kind, p.ThesisType);
            // Undated work (submitted, in preparation): plain.bst requires a year of every type but @misc and
            // @unpublished, so it is a @misc saying what and where ("Journal Article, Nature"); biblatex the same,
            // where the styles print it without an empty date.
            // Preprints and "other" work are @misc anyway; datasets and software need no date in biblatex.
            if (p.IsUndated && p.Kind is not (PublicationKind.Preprint or PublicationKind.Other or PublicationKind.Dataset or PublicationKind.Software))
                return Misc(p, venue, label);
            switch (p.Kind)
            {
                // Kinds that share a type with another say which they are in the note's first sentence (NoteMarkerFor).
                case PublicationKind.BookReview or PublicationKind.Editorial when venue is not null:
                    return ("article", e => e.Braced(_biblatex ? "journaltitle" : "journal", T(venue), VenueOrigins(p)).Braced("volume", Volume(p), At(p.Fields, "volume"))
                        .Braced("number", NumberInNote(p) ? null : T(Number(p)), NumberOrigins(p)).Braced("pages", Pages(p.Pages), At(p.Fields, "pages")));
                case PublicationKind.ConferenceAbstract or PublicationKind.Poster when venue is not null:
                    return ("inproceedings", e => e.Braced("booktitle", T(venue), VenueOrigins(p)).Braced("volume", Volume(p), At(p.Fields, "volume"))
                        .Braced("number", NumberInNote(p) ? null : T(Number(p)), NumberOrigins(p)).Braced("pages", Pages(p.Pages), At(p.Fields, "pages")).Braced("publisher", T(p.Publisher), At(p.Fields, "publisher")));
                case PublicationKind.Dataset or PublicationKind.Software when _biblatex:
                    // @dataset has no howpublished: its repository (Zenodo) is the organization that published it.
                    return (p.Kind == PublicationKind.Dataset ? "dataset" : "software", e =>
                    {
                        if (p.Kind == PublicationKind.Dataset) e.Braced("organization", T(venue), VenueOrigins(p)).Braced("publisher", T(p.Publisher), At(p.Fields, "publisher"));
                        else e.Braced("howpublished", T(venue), VenueOrigins(p));
                    }
                    );
                case PublicationKind.EditedBook when p.Editors.Count > 0 && (_biblatex || p.Publisher is not null):
                    return (_biblatex ? "collection" : "book", e => e.Braced("publisher", T(p.Publisher), At(p.Fields, "publisher")).Braced("edition", T(p.Edition), At(p.Fields, "edition")));
                case PublicationKind.Conference or PublicationKind.Workshop when venue is not null:
                    return ("inproceedings", e => e.Braced("booktitle", T(venue), VenueOrigins(p)).Braced("volume", Volume(p), At(p.Fields, "volume"))
                        .Braced("number", NumberInNote(p) ? null : T(Number(p)), NumberOrigins(p)).Braced("pages", Pages(p.Pages), At(p.Fields, "pages")).Braced("publisher", T(p.Publisher), At(p.Fields, "publisher")));
                case PublicationKind.Journal when venue is not null:
                    return ("article", e => e.Braced(_biblatex ? "journaltitle" : "journal", T(venue), VenueOrigins(p)).Braced("volume", Volume(p), At(p.Fields, "volume"))
                        .Braced("number", NumberInNote(p) ? null : T(Number(p)), NumberOrigins(p)).Braced("pages", Pages(p.Pages), At(p.Fields, "pages")).Braced("issue", Issue(p), At(p.Fields, "number")));
                case PublicationKind.Preprint:
                    return ("misc", e =>
                    {
                        if (p.Links.Arxiv is null) e.Braced("howpublished", label);
                        else if (!_biblatex) e.Braced("howpublished", "arXiv preprint arXiv:" + T(p.Links.Arxiv), At(p.Fields, "links.arxiv"));
                    }
                    );
                case PublicationKind.Thesis when p.Institution is not null && (_biblatex || p.ThesisType is ThesisType.PhD or ThesisType.Masters):
                    // biblatex: phdthesis and mathesis are localisation keys (manual §2.2.2 "type"); other degrees as
                    // words. Its @thesis requires a type, so a thesis of unknown degree says just "Thesis".
                    if (_biblatex)
                        return ("thesis", e => e.Braced("type", p.ThesisType switch
                        {
                            ThesisType.PhD => "phdthesis",
                            ThesisType.Masters => "mathesis",
                            ThesisType.Bachelors => "Bachelor's thesis",
                            ThesisType.Diploma => "Diploma thesis",
                            ThesisType.Habilitation => "Habilitation thesis",
                            _ => "Thesis",
                        }).Braced("institution", T(p.Institution), At(p.Fields, "institution")));
                    // Plain bibtex: @phdthesis only for a PhD and @mastersthesis only for a master's. Any other degree
                    // (or none) is a @misc whose howpublished names it ("Diploma Thesis, TU Wien"): a type field on
                    // @phdthesis would print right in plain, unsrt, alpha and abbrv, but a style that ignores type
                    // (and anyone reading the entry type) would see a PhD that was never awarded.
                    return (p.ThesisType == ThesisType.Masters ? "mastersthesis" : "phdthesis", e => e.Braced("school", T(p.Institution), At(p.Fields, "institution")));
                case PublicationKind.TechnicalReport when p.Institution is not null:
                    return _biblatex
                        ? ("report", e => e.Braced("type", "techreport").Braced("institution", T(p.Institution), At(p.Fields, "institution")).Braced("number", T(p.Number), At(p.Fields, "number")))
                        : ("techreport", e => e.Braced("institution", T(p.Institution), At(p.Fields, "institution")).Braced("number", T(p.Number), At(p.Fields, "number")));
                case PublicationKind.BookChapter when venue is not null && (_biblatex || p.Publisher is not null):
                    // biber's @incollection requires an editor; a chapter whose editors the CV does not give is @inbook.
                    return (_biblatex && p.Editors.Count == 0 ? "inbook" : "incollection", e => e.Braced("booktitle", T(venue), VenueOrigins(p)).Braced("publisher", T(p.Publisher), At(p.Fields, "publisher")).Braced("edition", T(p.Edition), At(p.Fields, "edition")).Braced("pages", Pages(p.Pages), At(p.Fields, "pages")));
                case PublicationKind.Book when p.Authors.Count == 0 && p.Editors.Count > 0 && (_biblatex || p.Publisher is not null):
                    // An edited volume: biblatex's @collection (editor, title, year); plain.bst's @book takes an editor for the author.
                    return (_biblatex ? "collection" : "book", e => e.Braced("publisher", T(p.Publisher), At(p.Fields, "publisher")).Braced("edition", T(p.Edition), At(p.Fields, "edition")));
                case PublicationKind.Book when _biblatex || p.Publisher is not null:
                    return ("book", e => e.Braced("publisher", T(p.Publisher), At(p.Fields, "publisher")).Braced("edition", T(p.Edition), At(p.Fields, "edition")));
                case PublicationKind.Other:
                    return ("misc", e => e.Braced("howpublished", T(venue), VenueOrigins(p)));
                default:
                    // No venue, school or publisher for a type that needs one: @misc says what it is in
                    // howpublished ("Conference Paper", "PhD Thesis, Tel Aviv University") instead of
                    // leaving a required field empty, which plain.bst and biber both warn about.
                    return Misc(p, venue, label);
            }
        }

        /// <summary>@misc whose howpublished says what and where: "Journal Article, Nature", "PhD Thesis, Tel Aviv University".</summary>
        private (string Type, Action<BibEntry> Fields) Misc(Publication p, string? venue, string label)
        {
            var where = p.Kind is PublicationKind.Thesis or PublicationKind.TechnicalReport ? p.Institution : venue;
            return ("misc", e => e.Braced("howpublished", T(where is null ? label : $"{label}, {where}"), [At(p.Fields, "institution", p.Institution ?? ""), .. VenueOrigins(p)]));
        }

        private void Eprint(BibEntry e, Publication p)
        {
            if (p.Links.Arxiv is not { } id) return;
            var category = p.Tags.FirstOrDefault(t => ArxivCategory().IsMatch(t));
            e.Braced("eprint", Verbatim(id, _macros));
            if (_biblatex) e.Braced("eprinttype", "arxiv").Braced("eprintclass", category);
            else e.Braced("archivePrefix", "arXiv").Braced("primaryClass", category);
        }

        /// <summary>
        /// The kind's marker where the type alone does not say it (a book review is an @article, a poster an
        /// @inproceedings); status (plain bibtex; biblatex has pubstate), awards, the CV's note and (on request)
        /// the equal-contribution and corresponding-author lines, as sentences. An undated work's status comes
        /// first, so import finds it there.
        /// </summary>
        private string? Note(Publication p, string type)
        {
            var parts = new List<string>();
            if (NoteMarkerFor(p.Kind, type) is { } marker) parts.Add(marker);
            if (p.IsUndated && !_biblatex && p.Status is { } first) parts.Add(first);
            // A preprint's type is @misc with no venue field, so a venue it names ("Under review at X") goes here.
            if (p.Kind == PublicationKind.Preprint && p.Venue?.Display is { Length: > 0 } venue) parts.Add(venue);
            if (!p.IsUndated && !_biblatex && p.Status is { } s) parts.Add(s);
            parts.AddRange(p.Awards);
            if (p.Note is { } n) parts.Add(n);
            if (NumberInNote(p)) parts.Add("No. " + Number(p));
            if (options.EqualNote)
            {
                foreach (var group in p.Authors.Where(a => a.Equal).GroupBy(a => a.EqualGroup).OrderBy(g => g.Key))
                    parts.Add((group.Key == 1 ? EqualContributionPrefix : $"Equal contribution (group {group.Key.ToString(CultureInfo.InvariantCulture)}): ")
                        + string.Join(" and ", group.Select(a => a.Name)));
                if (p.HasCorrespondingAuthor)
                    parts.Add(CorrespondingPrefix + string.Join(" and ", p.Authors.Where(a => a.Corresponding).Select(a => a.Name)));
            }
            return JoinSentences(parts);
        }

        /// <summary>
        /// biber's data model types volume as an integer (biblatex manual §2.2.2: "volume (integer)"), so in the
        /// biblatex dialect a volume such as "S7" or "33-34" goes to number, the literal field biblatex prints in
        /// its place ("J. S7 (2020)"), and a number beside it to issue. Plain bibtex prints any volume as written.
        /// </summary>
        private bool VolumeAsNumber(Publication p) => _biblatex && p.Volume is { } v && !int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _);

        private string? Volume(Publication p) => VolumeAsNumber(p) ? null : T(p.Volume);

        private string? Number(Publication p) => VolumeAsNumber(p) ? p.Volume : p.Number;

        private string? Issue(Publication p) => VolumeAsNumber(p) ? T(p.Number) : null;

        /// <summary><see cref="Number"/> may be the volume: both, each where it was written.</summary>
        private static FieldOrigin[] NumberOrigins(Publication p) => [At(p.Fields, "number", p.Number ?? ""), At(p.Fields, "volume", p.Volume ?? "")];

        /// <summary>
        /// plain.bst warns on a number without a volume (articles) and on a number without a series
        /// (proceedings), so the bibtex dialect prints such a number in the note instead.
        /// </summary>
        private bool NumberInNote(Publication p) =>
            !_biblatex && p.Number is not null && p.Venue?.Display is { Length: > 0 } && !p.IsUndated
            && (p.Kind is PublicationKind.Conference or PublicationKind.Workshop or PublicationKind.ConferenceAbstract or PublicationKind.Poster
                || p.Kind is PublicationKind.Journal or PublicationKind.BookReview or PublicationKind.Editorial && p.Volume is null);

        public BibEntry Patent(Patent p, string key)
        {
            var office = p.Office switch { null => "", "US" or "USA" => "U.S. ", var o => o + " " };
            var label = $"{office}Patent{(p.Status == PatentStatus.Application ? " Application" : "")}{(p.Number is null ? "" : " " + p.Number)}";
            var asPatent = _biblatex && p.Number is not null;
            var e = new BibEntry(asPatent ? "patent" : "misc", key, _macros, options.Ascii);
            var f = p.Fields;
            e.Braced("author", NameFormatter.List(p.Inventors, _macros), [.. p.Inventors.Select((name, i) => At(f, $"inventors[{i}]", name))]);
            e.Braced("title", LatexEscaper.Title(p.Title, _macros), At(f, "title"));
            if (asPatent) e.Braced("number", T(p.Number), At(f, "number")).Braced("type", PatentType(p));
            // biblatex's holder (manual §2.2.2) is a name list; the assignee is an organisation, kept whole in braces.
            // Plain BibTeX's @misc has no such field, so only the @patent entry carries it.
            if (asPatent && p.Assignee is { } holder) e.Braced("holder", NameFormatter.List(["{" + holder + "}"], _macros), At(f, "assignee"));
            e.Bare("year", p.Year.ToString(CultureInfo.InvariantCulture));
            e.Braced("url", Verbatim(p.Url, _macros));
            // plain.bst has no patent type and drops the number, so the note carries it in both dialects.
            e.Braced("note", T(label), At(f, "office", p.Office ?? ""), At(f, "number", p.Number ?? ""));
            return e;
        }

        private static string PatentType(Patent p)
        {
            var request = p.Status == PatentStatus.Application;
            var region = p.Office?.ToUpperInvariant() switch
            {
                "US" or "USA" => "us",
                "EP" => "eu",
                "DE" => "de",
                "FR" => "fr",
                "GB" or "UK" => "uk",
                _ => "",
            };
            return (request ? "patreq" : "patent") + region;
        }

        public BibEntry Talk(Talk t, Person speaker, string key)
        {
            var f = t.Fields;
            FieldOrigin[] eventOrHost = [At(f, "event", t.Event ?? ""), At(f, "host", t.Host ?? "")];
            var e = new BibEntry("misc", key, _macros, options.Ascii);
            e.Braced("author", NameFormatter.List([speaker.Name], _macros), At(speaker.Fields, "name"));
            e.Braced("title", LatexEscaper.Title(t.Title ?? t.EventOrHost, _macros), t.Title is null ? eventOrHost : [At(f, "title")]);
            var label = HowPublished.TalkLabel(t.Kind);
            var where = new List<string> { t.Title is null ? label : label + ", " + t.EventOrHost };
            if (t.Location is { } loc) where.Add(loc);
            var how = string.Join(", ", where) + (t.Virtual ? " (virtual)" : "");
            e.Braced("howpublished", T(how), [.. eventOrHost, At(f, "location", t.Location ?? "")]);
            e.Bare("year", t.Date.Year.ToString(CultureInfo.InvariantCulture));
            if (MonthMacro(t.Date.Month) is { } m) e.Bare("month", m);
            e.Braced("url", Verbatim(t.Url, _macros));
            e.Braced("note", T(t.Note), At(f, "note"));
            if (options.Abstracts) e.Braced("abstract", T(t.Abstract), At(f, "abstract"));
            return e;
        }

        private string? Pages(string? pages) => pages is null ? null : T(PageRange().Replace(pages, "--"));
    }

    internal const string EqualContributionPrefix = "Equal contribution: ";
    internal const string CorrespondingPrefix = "Corresponding author: ";

    [GeneratedRegex(@"(?<=\d)\s*[-\u2013\u2014]+\s*(?=\d)")]
    private static partial Regex PageRange();

    /// <summary>The note's first sentence for a kind whose entry type is another kind's ("Book Review" on an @article).</summary>
    internal static string? NoteMarkerFor(PublicationKind kind, string type) =>
        kind is PublicationKind.BookReview or PublicationKind.Editorial && type == "article"
        || kind is PublicationKind.ConferenceAbstract or PublicationKind.Poster && type == "inproceedings"
            ? HowPublished.KindMarker(kind, null) : null;

    /// <summary>Parts as sentences: "To appear. Best paper runner-up, NeurIPS 2025".</summary>
    internal static string? JoinSentences(IEnumerable<string> parts)
    {
        var cleaned = parts.Select(s => s.Trim().TrimEnd('.').Trim()).Where(s => s.Length > 0)
            .Select(s => char.ToUpperInvariant(s[0]) + s[1..]).ToList();
        return cleaned.Count == 0 ? null : string.Join(". ", cleaned);
    }

    /// <summary>
    /// URLs, DOIs and eprint ids are not escaped (\url and biber read them raw), but a brace or a backslash
    /// would still break the file, so those few are percent-encoded.
    /// </summary>
    internal static string? Verbatim(string? value) =>
        value?.Trim().Replace("\\", "%5C").Replace("{", "%7B").Replace("}", "%7D").Replace(" ", "%20");

    /// <summary>
    /// <see cref="Verbatim"/>, and where the file must be ASCII, non-ASCII characters as percent-encoded
    /// UTF-8 (RFC 3987 §3.1: the URI form of an IRI), which \url typesets under pdflatex.
    /// </summary>
    private static string? Verbatim(string? value, bool ascii)
    {
        var v = Verbatim(value);
        if (!ascii || v is null || v.All(char.IsAscii)) return v;
        var sb = new StringBuilder(v.Length * 2);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in v.EnumerateRunes())
        {
            if (rune.IsAscii) { sb.Append((char)rune.Value); continue; }
            var n = rune.EncodeToUtf8(bytes);
            for (var i = 0; i < n; i++) sb.Append('%').Append(bytes[i].ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static bool ReleaseIsPublication(PublicationKind kind) =>
        kind is PublicationKind.Preprint or PublicationKind.LectureNotes or PublicationKind.Thesis
            or PublicationKind.TechnicalReport or PublicationKind.Other;
}

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
    /// The .bib text and a warning for every field holding characters that have no LaTeX spelling where the
    /// file must be ASCII (the bibtex dialect for pdflatex, or --ascii): each is written as '?' and named
    /// in the warning with its entry key and field, at the entry's place in the CV.
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
            foreach (var (field, characters) in entry.Unspellable)
                warnings.Add(new Diagnostic(Severity.Warning, source ?? new SourceSpan("", 0, 0),
                    $"entry '{entry.Key}', field '{field}': {Describe(characters)} {(characters.EnumerateRunes().Count() == 1 ? "has" : "have")} no LaTeX spelling for pdflatex; " +
                    "written as '?' (the biblatex dialect keeps Unicode, for biber with XeLaTeX or LuaLaTeX)"));
        }
        foreach (var p in cv.Publications) Add(writer.Publication(p, keys[k++]), p.Source);
        foreach (var p in cv.Patents) Add(writer.Patent(p, keys[k++]), p.Source);
        foreach (var t in talks) Add(writer.Talk(t, cv.Person.Name, keys[k++]), t.Source);
        return new BibTeXExport(sb.ToString(), warnings);
    }

    /// <summary>'山' (U+5C71), '😀' (U+1F600): the code point says what a terminal may not show.</summary>
    private static string Describe(string characters) =>
        string.Join(", ", characters.EnumerateRunes().Select(r => $"'{r}' (U+{r.Value:X4})"));

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>Characters BibTeX cannot have in a key are replaced, so a hand-written key cannot break the file.</summary>
    private static string? CleanKey(string? key) =>
        key is null ? null : KeyIllegal().Replace(key.Trim(), "-") is { Length: > 0 } k ? k : null;

    [GeneratedRegex(@"[\s,{}()""#%'=\\~]")]
    private static partial Regex KeyIllegal();

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
            var e = new BibEntry(type, key, _macros);
            e.Braced("author", Names(p.Authors));
            if (_biblatex && p.HasEqualContribution)
                e.Bare("author+an", "{" + string.Join("; ", p.Authors.Select((a, i) => (a, i)).Where(x => x.a.Equal).Select(x => $"{x.i + 1}=equal")) + "}");
            e.Braced("title", LatexEscaper.Title(p.Title, _macros));
            extra(e);
            Details(e, p, type);
            e.Bare("year", p.Year.ToString(CultureInfo.InvariantCulture));
            // The date field is the first release (often a year before the proceedings), so its month only
            // counts when it is in the year printed; never both year and date.
            // A paper's date is its first public release (often arXiv), not the month its venue met: only
            // where the release is the publication (preprints, notes, theses, reports) does it give the month.
            var month = p.Month ?? (p.Date is { Month: { } m } d && d.Year == p.Year && ReleaseIsPublication(p.Kind) ? m : null);
            if (MonthMacro(month) is { } macro) e.Bare("month", macro);
            e.Braced("doi", Verbatim(p.Links.Doi, _macros));
            e.Braced("url", Verbatim(p.Links.Url, _macros));
            // Every type carries the arXiv id: biblatex allows eprint everywhere and plain.bst ignores it.
            Eprint(e, p);
            e.Braced("note", T(Note(p)));
            if (options.Abstracts) e.Braced("abstract", T(p.Abstract));
            return e;
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
            if (p.Editors.Count > 0 && Takes("article", "book", "inbook", "incollection", "collection", "inproceedings", "misc"))
                e.Braced("editor", Names(p.Editors));
            if (p.Translators.Count > 0 && Takes("article", "book", "inbook", "incollection", "collection"))
                e.Braced("translator", Names(p.Translators));
            if (Takes("article", "book", "inbook", "incollection", "collection", "inproceedings"))
                e.Braced("series", T(p.Series));
            if (Takes("book", "inbook", "incollection", "collection", "inproceedings", "report", "thesis"))
                e.Braced("chapter", T(p.Chapter));
            if (Takes("book", "inbook", "incollection", "collection", "inproceedings", "misc", "report", "thesis"))
                e.Braced(_biblatex ? "location" : "address", T(p.Place));
            if (Takes("book", "inbook", "incollection", "collection", "inproceedings"))
                e.Braced("isbn", T(p.Isbn));
            if (type == "inproceedings") e.Braced("venue", T(p.EventLocation));
            e.Braced("language", T(p.Language));
        }

        /// <summary>The entry type and its type-specific fields; every type is chosen so no required field is empty.</summary>
        private (string Type, Action<BibEntry> Fields) TypeOf(Publication p, string? venue)
        {
            var label = HowPublished.KindMarker(p.Kind, p.ThesisType);
            switch (p.Kind)
            {
                case PublicationKind.Conference or PublicationKind.Workshop when venue is not null:
                    return ("inproceedings", e => e.Braced("booktitle", T(venue)).Braced("volume", T(p.Volume))
                        .Braced("number", NumberInNote(p) ? null : T(p.Number)).Braced("pages", Pages(p.Pages)).Braced("publisher", T(p.Publisher)));
                case PublicationKind.Journal when venue is not null:
                    return ("article", e => e.Braced(_biblatex ? "journaltitle" : "journal", T(venue)).Braced("volume", T(p.Volume))
                        .Braced("number", NumberInNote(p) ? null : T(p.Number)).Braced("pages", Pages(p.Pages)));
                case PublicationKind.Preprint:
                    return ("misc", e =>
                    {
                        if (p.Links.Arxiv is null) e.Braced("howpublished", label);
                        else if (!_biblatex) e.Braced("howpublished", "arXiv preprint arXiv:" + T(p.Links.Arxiv));
                    }
                    );
                case PublicationKind.Thesis when p.Institution is not null && (_biblatex || p.ThesisType != ThesisType.Bachelors):
                    if (_biblatex)
                        return ("thesis", e => e.Braced("type", p.ThesisType switch
                        {
                            ThesisType.Masters => "mathesis",
                            ThesisType.Bachelors => "Bachelor's thesis",
                            _ => "phdthesis",
                        }).Braced("institution", T(p.Institution)));
                    return (p.ThesisType == ThesisType.Masters ? "mastersthesis" : "phdthesis", e => e.Braced("school", T(p.Institution)));
                case PublicationKind.TechnicalReport when p.Institution is not null:
                    return _biblatex
                        ? ("report", e => e.Braced("type", "techreport").Braced("institution", T(p.Institution)).Braced("number", T(p.Number)))
                        : ("techreport", e => e.Braced("institution", T(p.Institution)).Braced("number", T(p.Number)));
                case PublicationKind.BookChapter when venue is not null && (_biblatex || p.Publisher is not null):
                    // biber's @incollection requires an editor; a chapter whose editors the CV does not give is @inbook.
                    return (_biblatex && p.Editors.Count == 0 ? "inbook" : "incollection", e => e.Braced("booktitle", T(venue)).Braced("publisher", T(p.Publisher)).Braced("edition", T(p.Edition)).Braced("pages", Pages(p.Pages)));
                case PublicationKind.Book when p.Authors.Count == 0 && p.Editors.Count > 0 && (_biblatex || p.Publisher is not null):
                    // An edited volume: biblatex's @collection (editor, title, year); plain.bst's @book takes an editor for the author.
                    return (_biblatex ? "collection" : "book", e => e.Braced("publisher", T(p.Publisher)).Braced("edition", T(p.Edition)));
                case PublicationKind.Book when _biblatex || p.Publisher is not null:
                    return ("book", e => e.Braced("publisher", T(p.Publisher)).Braced("edition", T(p.Edition)));
                case PublicationKind.Other:
                    return ("misc", e => e.Braced("howpublished", T(venue)));
                default:
                    // No venue, school or publisher for a type that needs one: @misc says what it is in
                    // howpublished ("Conference Paper", "PhD Thesis, Tel Aviv University") instead of
                    // leaving a required field empty, which plain.bst and biber both warn about.
                    var where = p.Kind is PublicationKind.Thesis or PublicationKind.TechnicalReport ? p.Institution : venue;
                    return ("misc", e => e.Braced("howpublished", T(where is null ? label : $"{label}, {where}")));
            }
        }

        private void Eprint(BibEntry e, Publication p)
        {
            if (p.Links.Arxiv is not { } id) return;
            var category = p.Tags.FirstOrDefault(t => ArxivCategory().IsMatch(t));
            e.Braced("eprint", Verbatim(id, _macros));
            if (_biblatex) e.Braced("eprinttype", "arxiv").Braced("eprintclass", category);
            else e.Braced("archivePrefix", "arXiv").Braced("primaryClass", category);
        }

        /// <summary>Status, awards, the CV's note and (on request) the equal-contribution line, as sentences.</summary>
        private string? Note(Publication p)
        {
            var parts = new List<string>();
            // A preprint's type is @misc with no venue field, so a venue it names ("Under review at X") goes here.
            if (p.Kind == PublicationKind.Preprint && p.Venue?.Display is { Length: > 0 } venue) parts.Add(venue);
            if (p.Status is { } s) parts.Add(s);
            parts.AddRange(p.Awards);
            if (p.Note is { } n) parts.Add(n);
            if (NumberInNote(p)) parts.Add("No. " + p.Number);
            if (options.EqualNote && p.HasEqualContribution)
                parts.Add(EqualContributionPrefix + string.Join(" and ", p.Authors.Where(a => a.Equal).Select(a => a.Name)));
            return JoinSentences(parts);
        }

        /// <summary>
        /// plain.bst warns on a number without a volume (articles) and on a number without a series
        /// (proceedings), so the bibtex dialect prints such a number in the note instead.
        /// </summary>
        private bool NumberInNote(Publication p) =>
            !_biblatex && p.Number is not null && p.Venue?.Display is { Length: > 0 }
            && (p.Kind is PublicationKind.Conference or PublicationKind.Workshop || p.Kind == PublicationKind.Journal && p.Volume is null);

        public BibEntry Patent(Patent p, string key)
        {
            var office = p.Office switch { null => "", "US" or "USA" => "U.S. ", var o => o + " " };
            var label = $"{office}Patent{(p.Status == PatentStatus.Application ? " Application" : "")}{(p.Number is null ? "" : " " + p.Number)}";
            var asPatent = _biblatex && p.Number is not null;
            var e = new BibEntry(asPatent ? "patent" : "misc", key, _macros);
            e.Braced("author", NameFormatter.List(p.Inventors, _macros));
            e.Braced("title", LatexEscaper.Title(p.Title, _macros));
            if (asPatent) e.Braced("number", T(p.Number)).Braced("type", PatentType(p));
            // biblatex's holder (manual §2.2.2) is a name list; the assignee is an organisation, kept whole in braces.
            // Plain BibTeX's @misc has no such field, so only the @patent entry carries it.
            if (asPatent && p.Assignee is { } holder) e.Braced("holder", NameFormatter.List(["{" + holder + "}"], _macros));
            e.Bare("year", p.Year.ToString(CultureInfo.InvariantCulture));
            e.Braced("url", Verbatim(p.Url, _macros));
            // plain.bst has no patent type and drops the number, so the note carries it in both dialects.
            e.Braced("note", T(label));
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

        public BibEntry Talk(Talk t, string speaker, string key)
        {
            var e = new BibEntry("misc", key, _macros);
            e.Braced("author", NameFormatter.List([speaker], _macros));
            e.Braced("title", LatexEscaper.Title(t.Title ?? t.EventOrHost, _macros));
            var where = new List<string> { t.Title is null ? TalkPrefix : TalkPrefix + ", " + t.EventOrHost };
            if (t.Location is { } loc) where.Add(loc);
            var how = string.Join(", ", where) + (t.Virtual ? " (virtual)" : "");
            e.Braced("howpublished", T(how));
            e.Bare("year", t.Date.Year.ToString(CultureInfo.InvariantCulture));
            if (MonthMacro(t.Date.Month) is { } m) e.Bare("month", m);
            e.Braced("url", Verbatim(t.Url, _macros));
            e.Braced("note", T(t.Note));
            if (options.Abstracts) e.Braced("abstract", T(t.Abstract));
            return e;
        }

        private string? Pages(string? pages) => pages is null ? null : T(PageRange().Replace(pages, "--"));
    }

    internal const string EqualContributionPrefix = "Equal contribution: ";
    internal const string TalkPrefix = "Invited talk";

    [GeneratedRegex(@"(?<=\d)\s*[-\u2013\u2014]+\s*(?=\d)")]
    private static partial Regex PageRange();

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

using System.Globalization;
using System.Text.RegularExpressions;
using CvBuild.BibTeX.Export;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Core.Validation;

namespace CvBuild.BibTeX.Import;

/// <summary>What an import found: publications and patents in file order, and every problem with its place.</summary>
public sealed record BibTeXImport(IReadOnlyList<Publication> Publications, IReadOnlyList<Patent> Patents, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.IsError);
    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>
/// Maps parsed .bib entries onto the CV model. Every entry becomes a publication or a patent, or a warning
/// says why not; every field it does not carry over gets a warning with its line, so nothing is dropped
/// silently. The mapping mirrors <see cref="BibTeXWriter"/> so that export then import gives the CV back.
/// </summary>
public static partial class BibTeXImporter
{
    public static BibTeXImport Import(string text, string path)
    {
        var bag = new DiagnosticBag();
        text = Screen(text, path, bag);
        var entries = ResolveCrossrefs(BibTeXParser.Parse(text, path, bag), bag);
        var publications = new List<Publication>();
        var patents = new List<Patent>();
        var keys = new Dictionary<string, BibTeXEntry>(StringComparer.OrdinalIgnoreCase);
        var titles = new Dictionary<string, BibTeXEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var mapper = new EntryMapper(entry, bag);
            var key = entry.Key;
            if (keys.TryGetValue(key, out var first))
            {
                bag.Warning(entry.Span, $"duplicate key '{key}' (first at line {first.Span.Line}); this entry is imported without a key, so export derives a new one");
                key = "";
            }
            else keys[key] = entry;
            if (BibKeys.Forbidden(key) is { Count: > 0 } bad)
            {
                // The CV check rejects such a key (see BibKeys), so the imported entry gets a derived one.
                bag.Warning(entry.Span, $"key '{key}' holds {string.Join(", ", bad.Select(c => $"'{c}'"))}, which a CV key cannot; this entry is imported without a key, so export derives a new one");
                key = "";
            }
            var mapped = mapper.Map(key);
            if (mapped is Publication p)
            {
                var titleKey = CvValidator.TitleKey(p.Title);
                if (titles.TryGetValue(titleKey, out var same))
                {
                    bag.Warning(entry.Span, $"entry '{entry.Key}' has the same title as '{same.Key}' (line {same.Span.Line}); not imported twice");
                    continue;
                }
                titles[titleKey] = entry;
                publications.Add(p);
            }
            else if (mapped is Patent pt) patents.Add(pt);
        }
        return new BibTeXImport(publications, patents, bag.Sorted());
    }

    /// <summary>At most this many screened characters are reported one by one; the rest are counted.</summary>
    private const int MaxScreenReports = 20;

    /// <summary>
    /// Control characters (C0 but tab and line breaks, DEL, C1) and bidi embeddings, overrides and isolates
    /// become spaces before parsing, each reported as a warning at its line and column: the CV reader refuses
    /// them (<see cref="TextScreen"/>), so the imported YAML must not carry them, and a space keeps every
    /// later column of the line where it was.
    /// </summary>
    private static string Screen(string text, string path, DiagnosticBag bag)
    {
        if (!text.Any(c => c != '\r' && (TextScreen.IsForbidden(c) || TextScreen.IsBidiControl(c)))) return text;
        var chars = text.ToCharArray();
        int line = 1, column = 1, found = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c == '\n') { line++; column = 1; continue; }
            if (c != '\r' && (TextScreen.IsForbidden(c) || TextScreen.IsBidiControl(c)))
            {
                if (found++ < MaxScreenReports)
                    bag.Warning(new SourceSpan(path, line, column), $"{TextScreen.Name(c)} is not text; it was replaced by a space");
                chars[i] = ' ';
            }
            column++;
        }
        if (found > MaxScreenReports)
            bag.Warning(new SourceSpan(path, 1, 1), $"{found - MaxScreenReports} more control or bidi formatting characters were replaced by spaces");
        return new string(chars);
    }

    /// <summary>
    /// Applies crossref the way bibtex does (DBLP's standard export uses it): a paper inherits the fields
    /// it lacks from the proceedings it points to, the proceedings' title becoming its booktitle. A
    /// proceedings or book entry that is only cross-referenced is not a publication of its own.
    /// </summary>
    private static List<BibTeXEntry> ResolveCrossrefs(IReadOnlyList<BibTeXEntry> entries, DiagnosticBag bag)
    {
        var byKey = new Dictionary<string, BibTeXEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries) byKey.TryAdd(e.Key, e);
        var parents = new HashSet<BibTeXEntry>(ReferenceEqualityComparer.Instance);
        var result = new List<BibTeXEntry>();
        foreach (var e in entries)
        {
            if (e.Field("crossref") is not { } xref) { result.Add(e); continue; }
            var fields = e.Fields.Where(f => f.Name != "crossref").ToList();
            if (!byKey.TryGetValue(xref.Value.Trim(), out var parent))
            {
                bag.Warning(xref.Span, $"crossref '{xref.Value.Trim()}' is not in this file; its fields are not imported");
                result.Add(e with { Fields = fields });
                continue;
            }
            parents.Add(parent);
            foreach (var f in parent.Fields)
            {
                var name = f.Name == "title" ? "booktitle" : f.Name;
                if (name is "crossref" or "key" || fields.Any(x => x.Name == name)) continue;
                fields.Add(f with { Name = name });
            }
            result.Add(e with { Fields = fields });
        }
        foreach (var parent in parents)
            bag.Warning(parent.Span, $"@{parent.Type} entry '{parent.Key}' is only cross-referenced; its fields went into the entries that cite it");
        return result.Where(e => !parents.Contains(e)).ToList();
    }

    [GeneratedRegex(@"(?:arXiv:|abs/|arxiv\.org/(?:abs|pdf)/)\s*([0-9]{4}\.[0-9]{4,5}|[a-z-]+(?:\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivId();

    [GeneratedRegex(@"^\s*\\(?:url|nolinkurl)\s*\{([^{}]*)\}\s*$")]
    private static partial Regex UrlOnly();

    [GeneratedRegex(@"^([0-9]{4}\.[0-9]{4,5}|[a-z-]+(?:\.[A-Z]{2})?/[0-9]{7})(v[0-9]+)?$")]
    private static partial Regex BareArxivId();

    [GeneratedRegex(@"^(?:(?<office>U\.S\.|[A-Z]{2,3}) )?Patent(?<app> Application| App\.)?(?: (?<number>\S+))?$")]
    private static partial Regex PatentNote();

    [GeneratedRegex(@"^(?<name>.+?) \((?<short>[^\s()]{2,24})\)$")]
    private static partial Regex VenueWithShort();

    [GeneratedRegex(@"^Equal contribution \(group ([2-9])\): (.+)$")]
    private static partial Regex GroupNote();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?)?")]
    private static partial Regex IsoDate();

    /// <summary>Maps one entry; records which fields it used so the rest can be reported.</summary>
    private sealed class EntryMapper(BibTeXEntry entry, DiagnosticBag bag)
    {
        private readonly HashSet<string> _used = [];
        private string? _howpublishedUrl;

        private string? Raw(string name)
        {
            var f = entry.Field(name);
            if (f is null) return null;
            _used.Add(name);
            return f.Value;
        }

        private string? Text(string name) => Raw(name) is { } v && WithoutControls(LatexDecoder.Decode(v)) is { Length: > 0 } d ? d : null;

        // A control character (DEL, a stray C0 byte) is not text: the CV reader refuses it, so it is not carried over.
        private static string WithoutControls(string text) =>
            text.Any(c => char.IsControl(c) && c is not ('\n' or '\t')) ? string.Concat(text.Where(c => !char.IsControl(c) || c is '\n' or '\t')) : text;

        private string? FirstText(params string[] names)
        {
            foreach (var n in names) if (Text(n) is { } t) return t;
            return null;
        }

        /// <summary>Fields read verbatim (no LaTeX decoding), as biber's data model declares them.</summary>
        private static readonly HashSet<string> VerbatimFields = ["url", "doi", "eprint", "pdf", "file", "urldate"];

        /// <summary>Reports, at each field, what decoding keeps as written: math that is not simple, runaway nesting.</summary>
        private void ReportUndecoded()
        {
            foreach (var f in entry.Fields)
            {
                if (VerbatimFields.Contains(f.Name)) continue;
                var problems = new List<string>();
                LatexDecoder.Decode(f.Value, problems);
                // A star in math on an author ("Razin$^*$") is an equal-contribution mark, read below.
                if (f.Name is "author" or "editor") problems.RemoveAll(m => m.StartsWith("math", StringComparison.Ordinal));
                foreach (var problem in problems.Distinct())
                    bag.Warning(f.Span, $"field '{f.Name}' of '{entry.Key}': {problem}");
            }
        }

        public object? Map(string key)
        {
            ReportUndecoded();
            var type = entry.Type;
            var title = Text("title");
            var names = Raw("author") is { } authorList ? NameParser.SplitList(authorList) : [];
            // An edited volume names its editors and no author.
            var editorNames = Raw("editor") is { } editorList ? NameParser.SplitList(editorList) : [];
            var (year, month, date) = Dates();
            var pubstate = Text("pubstate") is { } ps ? PublicationState.FromPubstate(ps) : null;
            // Undated work (submitted, in preparation) has a status instead of a year: biblatex's pubstate, the
            // unspecified date XXXX, or (plain bibtex) a @misc or @unpublished whose note starts with the status.
            var undated = year is null && (pubstate is not null || entry.Value("date")?.Trim() == "XXXX"
                || type is "misc" or "unpublished" && entry.Value("note") is not null);
            if (title is null || names.Count == 0 && editorNames.Count == 0 || year is null && !undated)
            {
                var missing = string.Join(", ", new[] { title is null ? "title" : null, names.Count == 0 && editorNames.Count == 0 ? "author" : null, year is null ? "year" : null }.Where(m => m is not null));
                bag.Warning(entry.Span, $"@{type} entry '{entry.Key}' is not imported: it has no {missing}");
                return null;
            }
            var authors = Authors(names);
            // Read without marking it used: only @misc-like entries carry it over (as kind or venue).
            var howpublished = entry.Value("howpublished") is { } hp && LatexDecoder.Decode(hp) is { Length: > 0 } h ? h : null;
            // howpublished = {\url{...}} (common for web pages) is where the thing is, not a venue.
            if (entry.Value("howpublished") is { } web && UrlOnly().Match(web) is { Success: true } u)
            {
                _howpublishedUrl = LatexDecoder.Verbatim(u.Groups[1].Value);
                Raw("howpublished");
                howpublished = null;
            }
            var note = Text("note");

            // "Keynote talk, ICML", "Talk (virtual)": a label our talk export writes, as a whole word.
            if (howpublished is { } how && HowPublished.TalkLabels.Any(l => how.StartsWith(l, StringComparison.OrdinalIgnoreCase) && (how.Length == l.Length || how[l.Length] is ',' or ' ')))
            {
                bag.Warning(entry.Span, $"entry '{entry.Key}' is a talk ('{how}'); talks are not imported, add it to 'talks' by hand");
                return null;
            }
            if (year is { } patentYear && (type == "patent" || type is "misc" && note is { } n && PatentNote().IsMatch(n) && howpublished is null))
                return Patent(title, authors, patentYear);

            var kind = Kind(type, howpublished, out var thesisType, out var rest);
            // An @article or @inproceedings of a kind that shares the type says which in the note's first sentence.
            if (NoteKind(type, note) is { } marked)
            {
                kind = marked.Kind;
                note = marked.Remainder;
            }
            if (type == "book" && names.Count == 0 && editorNames.Count > 0) kind = PublicationKind.EditedBook;
            string? status = pubstate;
            if (year is null && status is null && note is not null)
            {
                var cut = note.IndexOf(". ", StringComparison.Ordinal);
                (status, note) = cut < 0 ? (note, null) : (note[..cut], note[(cut + 2)..]);
            }
            if (type is "misc" or "online" or "unpublished" or "electronic" or "www" or "preprint" || rest is not null) Raw("howpublished");
            var venue = kind switch
            {
                PublicationKind.Conference or PublicationKind.Workshop or PublicationKind.BookChapter
                    or PublicationKind.ConferenceAbstract or PublicationKind.Poster => ParseVenue(Text("booktitle") ?? rest),
                PublicationKind.Journal or PublicationKind.BookReview or PublicationKind.Editorial => ParseVenue(FirstText("journaltitle", "journal") ?? rest),
                PublicationKind.Dataset when type == "dataset" => ParseVenue(Text("organization")),
                PublicationKind.Thesis or PublicationKind.TechnicalReport => null,
                _ => ParseVenue(rest),
            };
            var institution = kind is PublicationKind.Thesis or PublicationKind.TechnicalReport
                ? FirstText("school", "institution") ?? rest
                : null;
            // biblatex says which thesis or report in 'type' (phdthesis, mathesis, techreport).
            var typeField = kind is PublicationKind.Thesis or PublicationKind.TechnicalReport ? Text("type") : null;
            if (kind == PublicationKind.Thesis && type is "thesis" && typeField is { } t)
                thesisType = ThesisTypeOf(t);

            var links = Links();
            if (links.Arxiv is null && kind == PublicationKind.Preprint && ArxivId().Match(howpublished ?? FirstText("journal") ?? "") is { Success: true } am)
                links = links with { Arxiv = am.Groups[1].Value };

            var (fromNote, remainingNote) = AnnotationNote(note);
            var annotated = Annotate(authors, fromNote);

            var tags = FirstText("eprintclass", "primaryclass") is { } cls ? new[] { cls } : [];
            Raw("archiveprefix");
            Raw("eprinttype");
            if (kind is PublicationKind.Journal or PublicationKind.BookReview or PublicationKind.Editorial || kind == PublicationKind.Preprint && type == "article") Raw("journal");
            // The biblatex export writes a volume that is not an integer ("S7") as number, and a number beside it as issue.
            var (volume, number) = (Text("volume"), Text("number"));
            if (volume is null && entry.Value("issue") is not null && number is { } n2 && !int.TryParse(n2, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                (volume, number) = (number, Text("issue"));
            var publication = new Publication
            {
                Kind = kind,
                Title = title,
                Authors = annotated,
                Venue = venue,
                Year = year,
                Month = month,
                Status = status,
                Date = date,
                Links = links,
                Abstract = Text("abstract"),
                Tags = tags,
                Key = WithoutControls(key) is { Length: > 0 } cleanKey ? cleanKey : null,
                Volume = kind == PublicationKind.Preprint && entry.Value("volume") is { } v && ArxivId().IsMatch(v) ? Used("volume") : volume,
                Number = number ?? Text("issue"),
                Pages = Text("pages"),
                // Google Scholar puts the proceedings' publisher (PMLR) in organization.
                Publisher = Text("publisher") ?? (kind is PublicationKind.Conference or PublicationKind.Workshop ? Text("organization") : null),
                Institution = institution,
                // A thesis whose degree the entry does not say has none: never a PhD by default.
                ThesisType = kind == PublicationKind.Thesis ? thesisType : null,
                Note = remainingNote,
                // Where the entry is, so a CV reading the .bib live (publications_from) reports problems there.
                Source = entry.Span,
                Fields = BibFieldPaths.OfPublication(entry),
            };
            publication = WithDetails(publication, editorNames);
            ReportUnused();
            return publication;
        }

        /// <summary>Editors, translators, place, series, chapter, ISBN, language and the conference's place (biblatex venue).</summary>
        private Publication WithDetails(Publication p, IReadOnlyList<string> editorNames) => p with
        {
            Editors = Authors(editorNames),
            Translators = Raw("translator") is { } translators ? Authors(NameParser.SplitList(translators)) : [],
            Edition = Text("edition"),
            Place = FirstText("location", "address"),
            Series = Text("series"),
            Chapter = Text("chapter"),
            Isbn = Text("isbn"),
            Language = Text("language"),
            EventLocation = Text("venue"),
            // biblatex's eventdate is ISO 8601; the CV keeps it as written.
            EventDates = Text("eventdate"),
        };

        /// <summary>The kind a note's first sentence names ("Book Review. ..." on an @article), and the rest of the note.</summary>
        private static (PublicationKind Kind, string? Remainder)? NoteKind(string type, string? note)
        {
            if (note is null) return null;
            foreach (var kind in new[] { PublicationKind.BookReview, PublicationKind.Editorial, PublicationKind.ConferenceAbstract, PublicationKind.Poster })
            {
                var marker = HowPublished.KindMarker(kind, null);
                if (BibTeXWriter.NoteMarkerFor(kind, type) is null) continue;
                if (note == marker) return (kind, null);
                if (note.StartsWith(marker + ". ", StringComparison.Ordinal)) return (kind, note[(marker.Length + 2)..]);
            }
            return null;
        }

        /// <summary>Marks a field as read without keeping it (a DBLP "abs/2102.09972" volume of CoRR).</summary>
        private string? Used(string name)
        {
            Raw(name);
            return null;
        }

        private List<Author> Authors(IReadOnlyList<string> names)
        {
            var authors = new List<Author>();
            foreach (var name in names)
            {
                // "and others" is BibTeX's explicit "et al." for a truncated list; the CV keeps it as written.
                if (name.Trim() == "others")
                {
                    authors.Add(new Author("others"));
                    continue;
                }
                // A name braced whole and of more than one word ("{Indiana University}") is an organisation:
                // the braces are how BibTeX keeps it from being split into given and family names.
                if (OrganisationName(name) is { } organisation)
                {
                    authors.Add(new Author(WithoutControls(organisation), Organization: true));
                    continue;
                }
                var display = WithoutControls(NameParser.Parse(name).Display);
                // A star on a name is the common hand-made mark of equal contribution ("Razin*, Noam").
                var starred = false;
                foreach (var mark in new[] { "$^*$", "$^{*}$", "^*", "*" })
                    if (display.Contains(mark, StringComparison.Ordinal))
                    {
                        display = display.Replace(mark, "", StringComparison.Ordinal).Trim();
                        starred = true;
                    }
                display = string.Join(' ', display.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (display.Length > 0) authors.Add(new Author(display, starred));
            }
            return authors;
        }

        private static string? OrganisationName(string name)
        {
            var t = name.Trim();
            if (t.Length < 3 || t[0] != '{' || t[^1] != '}') return null;
            var depth = 0;
            for (var i = 0; i < t.Length - 1; i++)
            {
                depth += t[i] == '{' ? 1 : t[i] == '}' ? -1 : 0;
                if (depth == 0) return null; // "{A} {B}": two braced words, not one braced name
            }
            // The name parser decodes and cleans a braced word the way it does every name.
            var inner = NameParser.Parse(t).Display;
            return Core.Model.NameWords.Split(inner).Length >= 2 ? inner : null;
        }

        /// <summary>
        /// Equal-contribution groups and the corresponding author from biblatex's author+an
        /// ({1=equal,corresponding; 2=equal; 5=equal2}), from our --equal-note sentences, or from a star on a name.
        /// A group of one is dropped with a warning (equal contribution needs two).
        /// </summary>
        private List<Author> Annotate(List<Author> authors, IReadOnlyList<(string Kind, IReadOnlyList<string> Names)> fromNote)
        {
            var groups = authors.Select(a => a.Equal ? 1 : 0).ToArray();
            var corresponding = new bool[authors.Count];
            if (Raw("author+an") is { } an)
            {
                foreach (var item in an.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var eq = item.Split('=', 2, StringSplitOptions.TrimEntries);
                    var ok = eq.Length == 2 && int.TryParse(eq[0], CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= authors.Count;
                    if (ok)
                    {
                        var index = int.Parse(eq[0], CultureInfo.InvariantCulture) - 1;
                        foreach (var word in LatexDecoder.Decode(eq[1]).Split(',', StringSplitOptions.TrimEntries))
                        {
                            var w = word.Trim('"', ' ').ToLowerInvariant();
                            if (w == "corresponding") corresponding[index] = true;
                            else if (w == "equal") groups[index] = 1;
                            else if (w.StartsWith("equal", StringComparison.Ordinal) && int.TryParse(w[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var g) && g is >= 1 and <= 9) groups[index] = g;
                            else ok = false;
                        }
                    }
                    if (!ok) bag.Warning(entry.Field("author+an")!.Span, $"annotation '{item}' is not imported (only 'N=equal', 'N=equalK' and 'N=corresponding' are)");
                }
            }
            // Names in author order, so two authors with one name get one mark each.
            foreach (var (kind, names) in fromNote)
            {
                var from = 0;
                foreach (var name in names)
                {
                    // The note is a sentence, so a final "Jr." lost its period.
                    var i = authors.FindIndex(from, a => a.Name.TrimEnd('.') == name.TrimEnd('.'));
                    if (i < 0) continue;
                    if (kind == "corresponding") corresponding[i] = true;
                    else groups[i] = int.Parse(kind, CultureInfo.InvariantCulture);
                    from = i + 1;
                }
            }
            foreach (var group in groups.Where(g => g > 0).GroupBy(g => g).Where(g => g.Count() == 1))
            {
                bag.Warning(entry.Span, $"only one author of '{entry.Key}' is marked equal contribution{(group.Key == 1 ? "" : $" (group {group.Key})")}; the mark is dropped (it needs two)");
                groups[Array.IndexOf(groups, group.Key)] = 0;
            }
            return [.. authors.Select((a, i) => a with { Equal = groups[i] > 0, EqualGroup = groups[i] > 0 ? groups[i] : 1, Corresponding = corresponding[i] })];
        }

        /// <summary>
        /// Our --equal-note sentences, always the note's last: "Oral. Equal contribution: A and B. Equal contribution
        /// (group 2): C and D. Corresponding author: A". Kinds are "1", "2", ... or "corresponding".
        /// </summary>
        private static (IReadOnlyList<(string Kind, IReadOnlyList<string> Names)> Marks, string? Note) AnnotationNote(string? note)
        {
            var marks = new List<(string, IReadOnlyList<string>)>();
            while (note is not null)
            {
                // Names hold ". " ("A. B. Smith"), so the sentence is found by its own opening words.
                var start = Math.Max(note.LastIndexOf(". Equal contribution", StringComparison.Ordinal), note.LastIndexOf(". " + BibTeXWriter.CorrespondingPrefix, StringComparison.Ordinal));
                if (start < 0 && !note.StartsWith("Equal contribution", StringComparison.Ordinal) && !note.StartsWith(BibTeXWriter.CorrespondingPrefix, StringComparison.Ordinal)) break;
                var sentence = start < 0 ? note : note[(start + 2)..];
                var rest = start < 0 ? null : note[..start];
                string kind;
                string names;
                if (sentence.StartsWith(BibTeXWriter.EqualContributionPrefix, StringComparison.Ordinal))
                    (kind, names) = ("1", sentence[BibTeXWriter.EqualContributionPrefix.Length..]);
                else if (sentence.StartsWith(BibTeXWriter.CorrespondingPrefix, StringComparison.Ordinal))
                    (kind, names) = ("corresponding", sentence[BibTeXWriter.CorrespondingPrefix.Length..]);
                else if (GroupNote().Match(sentence) is { Success: true } g)
                    (kind, names) = (g.Groups[1].Value, g.Groups[2].Value);
                else break;
                marks.Insert(0, (kind, names.TrimEnd('.').Split(" and ").Select(n => n.Trim()).ToList()));
                note = rest;
            }
            return (marks, note);
        }

        private PublicationKind Kind(string type, string? howpublished, out ThesisType? thesisType, out string? rest)
        {
            thesisType = null;
            rest = null;
            switch (type)
            {
                case "inproceedings" or "conference":
                    return entry.Value("booktitle") is { } bt && bt.Contains("workshop", StringComparison.OrdinalIgnoreCase)
                        ? PublicationKind.Workshop : PublicationKind.Conference;
                case "article":
                    var journal = entry.Value("journaltitle") ?? entry.Value("journal") ?? "";
                    return Regex.IsMatch(journal, @"\barxiv\b|^\s*CoRR\s*$", RegexOptions.IgnoreCase) ? PublicationKind.Preprint : PublicationKind.Journal;
                case "phdthesis": thesisType = ThesisType.PhD; return PublicationKind.Thesis;
                case "mastersthesis": thesisType = ThesisType.Masters; return PublicationKind.Thesis;
                case "thesis": return PublicationKind.Thesis;
                case "techreport" or "report": return PublicationKind.TechnicalReport;
                case "incollection" or "inbook" or "bookinbook": return PublicationKind.BookChapter;
                case "collection": return PublicationKind.EditedBook;
                case "book" or "mvbook": return PublicationKind.Book;
                case "dataset": return PublicationKind.Dataset;
                case "software":
                    // biblatex's @software takes howpublished (its repository), as @misc does.
                    rest = howpublished;
                    return PublicationKind.Software;
                case "misc" or "online" or "unpublished" or "electronic" or "www" or "preprint":
                    if (howpublished is { } how && KindFromLabel(how, out var kind, out thesisType, out rest)) return kind;
                    if (howpublished is { } h && h.Contains("arXiv", StringComparison.OrdinalIgnoreCase)) return PublicationKind.Preprint;
                    // arXiv's own export is @misc with eprint and no howpublished; a howpublished that names
                    // something else (a venue, a medium) makes it an "other" entry that also has an arXiv id.
                    if (entry.Field("eprint") is not null && howpublished is null || type == "preprint") return PublicationKind.Preprint;
                    rest = howpublished;
                    return PublicationKind.Other;
                default:
                    bag.Warning(entry.Span, $"entry type '@{type}' has no matching publication kind; '{entry.Key}' is imported as kind 'other'");
                    rest = howpublished;
                    return PublicationKind.Other;
            }
        }

        /// <summary>Our own @misc markers: "Conference Paper", "PhD Thesis, Tel Aviv University", "Lecture Notes".</summary>
        private static bool KindFromLabel(string how, out PublicationKind kind, out ThesisType? thesisType, out string? rest)
        {
            foreach (var candidate in Enum.GetValues<PublicationKind>())
            {
                foreach (var tt in candidate == PublicationKind.Thesis ? HowPublished.ThesisTypes : [null])
                {
                    var label = HowPublished.KindMarker(candidate, tt);
                    if (candidate == PublicationKind.Other) continue;
                    if (how.Equals(label, StringComparison.OrdinalIgnoreCase) || how.StartsWith(label + ", ", StringComparison.OrdinalIgnoreCase))
                    {
                        kind = candidate;
                        thesisType = tt;
                        rest = how.Length > label.Length ? how[(label.Length + 2)..] : null;
                        return true;
                    }
                }
            }
            kind = PublicationKind.Other;
            thesisType = null;
            rest = null;
            return false;
        }

        /// <summary>biblatex's type of a @thesis: phdthesis, mathesis, or words; "Thesis" (or anything unknown) says no degree.</summary>
        private static ThesisType? ThesisTypeOf(string type) =>
            type.Contains("master", StringComparison.OrdinalIgnoreCase) || type.Contains("mathesis", StringComparison.OrdinalIgnoreCase) ? ThesisType.Masters
            : type.Contains("bachelor", StringComparison.OrdinalIgnoreCase) ? ThesisType.Bachelors
            : type.Contains("diplom", StringComparison.OrdinalIgnoreCase) ? ThesisType.Diploma
            : type.Contains("habilitation", StringComparison.OrdinalIgnoreCase) ? ThesisType.Habilitation
            : type.Contains("phd", StringComparison.OrdinalIgnoreCase) || type.Contains("doctor", StringComparison.OrdinalIgnoreCase) ? ThesisType.PhD
            : null;

        /// <summary>"Conference on X (NeurIPS)" → short NeurIPS, name "Conference on X", as the export writes it.</summary>
        private static Venue? ParseVenue(string? text)
        {
            if (text is null) return null;
            var m = VenueWithShort().Match(text);
            return m.Success ? new Venue(m.Groups["short"].Value, m.Groups["name"].Value) : new Venue(null, text);
        }

        private PublicationLinks Links()
        {
            var doi = Raw("doi") is { } rawDoi && LatexDecoder.Verbatim(rawDoi) is { Length: > 0 } d ? d : null;
            if (doi is not null)
                foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
                    if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) doi = doi[prefix.Length..];
            string? arxiv = null;
            if (Raw("eprint") is { } e)
            {
                var kind = (entry.Value("eprinttype") ?? entry.Value("archiveprefix") ?? "arxiv").Trim();
                var id = e.Trim();
                if (kind.Equals("arxiv", StringComparison.OrdinalIgnoreCase) && BareArxivId().Match(id) is { Success: true } m) arxiv = m.Groups[1].Value;
                else
                {
                    bag.Warning(entry.Field("eprint")!.Span, $"eprint '{id}' ({kind}) is not an arXiv identifier and is not imported");
                }
            }
            var url = (Raw("url") is { } rawUrl ? LatexDecoder.Verbatim(rawUrl) : null) ?? _howpublishedUrl;
            if (url is not null && arxiv is null && ArxivId().Match(url) is { Success: true } am && url.Contains("arxiv.org", StringComparison.OrdinalIgnoreCase))
            {
                arxiv = am.Groups[1].Value;
                url = null;
            }
            // A DOI given only as its URL is still a DOI.
            foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/" })
                if (doi is null && url is not null && url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && url.Length > prefix.Length)
                {
                    doi = url[prefix.Length..];
                    url = null;
                }
            if (arxiv is null && entry.Value("volume") is { } vol && ArxivId().Match(vol) is { Success: true } vm)
                arxiv = vm.Groups[1].Value;
            // DBLP and arXiv repeat the id as an abs/ URL; the arXiv link already says it.
            if (url is not null && arxiv is not null && url.Contains("arxiv.org", StringComparison.OrdinalIgnoreCase)
                && ArxivId().Match(url) is { Success: true } same && same.Groups[1].Value == arxiv)
                url = null;
            return new PublicationLinks { Arxiv = arxiv, Doi = doi, Url = WebAddress(url, "url"), Pdf = WebAddress(Raw("pdf") is { } pdf ? LatexDecoder.Verbatim(pdf) : null, "pdf") };
        }

        /// <summary>The CV format takes only full web addresses; a bare "www.x.org" gets https://, anything else is reported.</summary>
        private string? WebAddress(string? value, string field)
        {
            if (value is null) return null;
            if (value.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) value = "https://" + value;
            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp") return value;
            bag.Warning(entry.Field(field)?.Span ?? entry.Span, $"{field} '{value}' is not a full web address; not imported");
            return null;
        }

        private (int? Year, int? Month, PartialDate? Date) Dates()
        {
            int? year = null, month = null;
            PartialDate? date = null;
            if (Raw("date") is { } d)
            {
                var m = IsoDate().Match(d.Trim());
                if (m.Success)
                {
                    year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                    month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
                    var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : (int?)null;
                    if (month is < 1 or > 12) month = null;
                    if (year is >= 1000 and <= 9999 && month is { } mm && day is { } dd && dd >= 1 && dd <= DateTime.DaysInMonth(year.Value, mm)) date = new PartialDate(year.Value, mm, dd);
                }
                // XXXX is the unspecified year (EDTF) of an undated work the biblatex export writes.
                else if (d.Trim() != "XXXX") bag.Warning(entry.Field("date")!.Span, $"date '{d}' is not YYYY, YYYY-MM or YYYY-MM-DD; not imported");
            }
            if (Raw("year") is { } y)
            {
                var digits = Regex.Match(y, "[0-9]{4}");
                if (digits.Success) year = int.Parse(digits.Value, CultureInfo.InvariantCulture);
                else bag.Warning(entry.Field("year")!.Span, $"year '{y}' is not a number");
            }
            // The CV format takes years 1000-9999; anything else would make the imported file invalid.
            if (year is < 1000 or > 9999)
            {
                bag.Warning(entry.Span, $"year {year} of '{entry.Key}' is outside 1000-9999");
                year = null;
                date = null;
            }
            if (Raw("month") is { } mo)
            {
                var parsed = MonthOf(LatexDecoder.Decode(mo));
                if (parsed is null) bag.Warning(entry.Field("month")!.Span, $"month '{mo}' is not a month; not imported");
                else month = parsed;
            }
            return (year, month, date);
        }

        private static int? MonthOf(string text)
        {
            var t = text.Trim().TrimEnd('.');
            if (int.TryParse(t, CultureInfo.InvariantCulture, out var n)) return n is >= 1 and <= 12 ? n : null;
            for (var i = 1; i <= 12; i++)
            {
                var name = HowPublished.EnglishMonths[i - 1];
                if (t.Length >= 3 && name.StartsWith(t, StringComparison.OrdinalIgnoreCase)) return i;
            }
            return null;
        }

        private Patent Patent(string title, List<Author> authors, int year)
        {
            var note = Text("note");
            var match = note is null ? null : PatentNote().Match(note);
            string? office = null;
            var application = false;
            if (Text("type") is { } type)
            {
                application = type.StartsWith("patreq", StringComparison.OrdinalIgnoreCase);
                office = (type.Length >= 6 ? type.ToLowerInvariant()[6..] : "") switch
                {
                    "us" => "US",
                    "eu" => "EP",
                    "de" => "DE",
                    "fr" => "FR",
                    "uk" => "GB",
                    _ => null,
                };
            }
            if (match is { Success: true })
            {
                application |= match.Groups["app"].Success;
                if (match.Groups["office"].Success) office ??= match.Groups["office"].Value == "U.S." ? "US" : match.Groups["office"].Value;
            }
            else if (note is not null)
                bag.Warning(entry.Field("note")!.Span, $"the note of patent '{entry.Key}' is not imported (patents have no note)");
            var number = Text("number") ?? (match is { Success: true } && match.Groups["number"].Success ? match.Groups["number"].Value : null);
            var url = WebAddress(Raw("url") is { } rawUrl ? LatexDecoder.Verbatim(rawUrl) : null, "url");
            var holder = Text("holder");
            ReportUnused();
            return new Patent
            {
                Title = title,
                Inventors = authors.Select(a => a.Name).ToList(),
                Number = number,
                Office = office,
                Year = year,
                Status = application ? PatentStatus.Application : PatentStatus.Unspecified,
                Url = url,
                Assignee = holder,
                Source = entry.Span,
                Fields = BibFieldPaths.OfPatent(entry),
            };
        }

        private void ReportUnused()
        {
            foreach (var f in entry.Fields)
                if (!_used.Contains(f.Name))
                    bag.Warning(f.Span, $"field '{f.Name}' is not imported");
        }
    }
}

using CvBuild.Core.Model;

namespace CvBuild.BibTeX.Import;

/// <summary>
/// Which .bib fields a publication's or patent's fields are read from, so an entry read from a .bib file
/// (publications_from) carries the place of each value (<see cref="FieldSources"/>) as a YAML entry does, and a
/// problem found later (an export that cannot spell a character) points into the .bib. The first field present wins,
/// in the order the importer prefers them.
/// </summary>
internal static class BibFieldPaths
{
    private static readonly (string Path, string[] BibFields)[] Publication =
    [
        ("title", ["title"]),
        ("authors", ["author"]),
        ("editors", ["editor"]),
        ("translators", ["translator"]),
        ("venue", ["booktitle", "journaltitle", "journal", "organization", "howpublished"]),
        ("year", ["year", "date"]),
        ("month", ["month"]),
        ("date", ["date"]),
        ("status", ["pubstate", "note"]),
        ("abstract", ["abstract"]),
        ("volume", ["volume"]),
        ("number", ["number", "issue"]),
        ("pages", ["pages"]),
        ("publisher", ["publisher", "organization"]),
        ("edition", ["edition"]),
        ("institution", ["school", "institution", "howpublished"]),
        ("note", ["note"]),
        ("place", ["location", "address"]),
        ("series", ["series"]),
        ("chapter", ["chapter"]),
        ("isbn", ["isbn"]),
        ("language", ["language"]),
        ("event_location", ["venue"]),
        ("event_dates", ["eventdate"]),
        ("links.arxiv", ["eprint"]),
        ("links.doi", ["doi"]),
        ("links.url", ["url"]),
    ];

    private static readonly (string Path, string[] BibFields)[] Patent =
    [
        ("title", ["title"]),
        ("inventors", ["author"]),
        ("number", ["number", "note"]),
        ("office", ["type", "note"]),
        ("assignee", ["holder"]),
        ("links.url", ["url"]),
    ];

    /// <summary>The value positions of a publication read from <paramref name="entry"/>.</summary>
    public static FieldSources OfPublication(BibTeXEntry entry) => Of(entry, Publication);

    /// <summary>The value positions of a patent read from <paramref name="entry"/>.</summary>
    public static FieldSources OfPatent(BibTeXEntry entry) => Of(entry, Patent);

    private static FieldSources Of(BibTeXEntry entry, (string Path, string[] BibFields)[] paths) =>
        FieldSources.Of(paths.Select(p => (p.Path, Field: p.BibFields.Select(entry.Field).FirstOrDefault(f => f is not null)))
            .Where(p => p.Field is not null).Select(p => (p.Path, p.Field!.ValueSpan))
            .Prepend(("key", entry.Span)));
}

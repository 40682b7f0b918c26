using CvBuild.Core.Files;
using CvBuild.Core.Reading.Sources;

namespace CvBuild.BibTeX.Import;

/// <summary>
/// The .bib reader a CV's <c>publications_from</c> uses: the one bounded input read, strict UTF-8, then the
/// importer, so a live .bib is read exactly as <c>cvbuild import bibtex</c> reads it and every problem is
/// positioned in the .bib.
/// </summary>
public sealed class BibFileSource : IBibliographySource
{
    /// <summary>A whole DBLP export of a prolific author is a few megabytes; past this it is not a bibliography.</summary>
    public const long MaxBytes = 32 * 1024 * 1024;

    public static BibFileSource Instance { get; } = new();

    public BibliographyRead Read(string fullPath, string shownPath)
    {
        var read = InputFile.Read(fullPath, MaxBytes, "a .bib file");
        if (read.Bytes is null) return new BibliographyRead([], [], [], null) { Problem = read.Problem, NotFound = read.NotFound };
        var decoded = BibTextDecoder.Decode(read.Bytes, "utf-8", shownPath);
        if (decoded.Text is not { } text) return new BibliographyRead([], [], decoded.Diagnostics, null);
        var import = BibTeXImporter.Import(text, shownPath);
        return new BibliographyRead(import.Publications, import.Patents, import.Diagnostics, text);
    }
}

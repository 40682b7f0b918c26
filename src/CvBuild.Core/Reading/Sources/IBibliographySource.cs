using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.Core.Reading.Sources;

/// <summary>
/// What one .bib file named by <c>publications_from</c> gave: its publications and patents (each with its
/// BibTeX key and its position in the .bib), every problem positioned in the .bib, and the file's text so
/// diagnostics can show the line. Text is null when the file could not be read.
/// </summary>
public sealed record BibliographyRead(
    IReadOnlyList<Publication> Publications,
    IReadOnlyList<Patent> Patents,
    IReadOnlyList<Diagnostic> Diagnostics,
    string? Text)
{
    /// <summary>Why the file could not be read at all ("file not found", "permission denied"), or null; reported at the line that names the file.</summary>
    public string? Problem { get; init; }

    /// <summary>The path names nothing (the message then says where it looked).</summary>
    public bool NotFound { get; init; }
}

/// <summary>
/// Reads a .bib file into the model. Core names this seam and the CLI supplies the BibTeX importer, so the
/// model and reader do not depend on the BibTeX project (dependencies point CLI -> formats -> model).
/// </summary>
public interface IBibliographySource
{
    /// <summary>Reads the file at <paramref name="fullPath"/>; diagnostics name it <paramref name="shownPath"/>. Never throws for a bad file.</summary>
    BibliographyRead Read(string fullPath, string shownPath);
}

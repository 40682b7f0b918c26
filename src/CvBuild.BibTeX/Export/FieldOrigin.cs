using CvBuild.Core.Model;

namespace CvBuild.BibTeX.Export;

/// <summary>
/// Where a .bib field's value came from in the CV, so a problem with it is reported at that field's value: its
/// position (null when unknown, then the entry's is used), and, for a .bib field joined from several CV fields (a
/// note from status, awards and the CV's note; a venue from its name and short name), the part's own text, which
/// tells which part a character belongs to. A null <see cref="Text"/> takes any character.
/// </summary>
internal readonly record struct FieldOrigin(SourceSpan? At, string? Text = null)
{
    /// <summary>True when this origin may hold <paramref name="character"/> (one Unicode scalar as a string).</summary>
    public bool Holds(string character) => Text is null || Text.Contains(character, StringComparison.Ordinal);
}

namespace CvBuild.Core.Model;

/// <summary>
/// How well the owner commands a language: a level of the Common European Framework of Reference (Council of
/// Europe, 2001/2020: A1 lowest to C2 highest), or one of the levels CVs give outside it.
/// </summary>
public enum LanguageLevel { Native, Fluent, C2, C1, B2, B1, A2, A1, Reading }

/// <summary>A language the owner speaks or reads.</summary>
public sealed record Language
{
    public required string Name { get; init; }
    public LanguageLevel? Level { get; init; }
    /// <summary>Anything the level does not say, as written ("academic writing", "Goethe-Zertifikat C1").</summary>
    public string? Note { get; init; }
    public SourceSpan? Source { get; init; }
}

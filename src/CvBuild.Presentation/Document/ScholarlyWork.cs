namespace CvBuild.Presentation.Document;

/// <summary>
/// What a publication is, for machine-readable descriptions (the HTML page's schema.org JSON-LD): the kind of
/// work and the facts a citation needs, as the CV gives them. Nothing here is worded for display; renderers that
/// print the entry read its <see cref="Entry.Lines"/> instead.
/// </summary>
public sealed record ScholarlyWork(WorkType Type)
{
    /// <summary>
    /// True when the work has authors: they are the Person spans of the entry's first line that has any (editors
    /// and translators follow on a line of their own); an edited volume has only editors.
    /// </summary>
    public bool Authored { get; init; } = true;
    /// <summary>The journal, proceedings or book the work appeared in (the venue, as printed).</summary>
    public string? Container { get; init; }
    public ContainerType ContainerType { get; init; }
    public string? Volume { get; init; }
    /// <summary>The issue of a journal, or a report's number.</summary>
    public string? Number { get; init; }
    public string? Pages { get; init; }
    public string? Publisher { get; init; }
    /// <summary>The school of a thesis or the institution of a report.</summary>
    public string? Institution { get; init; }
    /// <summary>The degree a thesis was written for: "PhD", "Master's", "Bachelor's".</summary>
    public string? Degree { get; init; }
    public IReadOnlyList<Contributor> Editors { get; init; } = [];
    public IReadOnlyList<Contributor> Translators { get; init; } = [];
    public string? Isbn { get; init; }
    public string? Edition { get; init; }
    public string? Place { get; init; }
    public string? Language { get; init; }
    public string? Doi { get; init; }
}

/// <summary>An editor or translator: a person, or an organisation named whole.</summary>
public sealed record Contributor(string Name, bool Organization);

/// <summary>The kinds of work a CV lists, named after their schema.org types.</summary>
public enum WorkType { ScholarlyArticle, Book, Chapter, Thesis, Report, LearningResource, CreativeWork }

/// <summary>What a work appeared in: nothing, a journal (schema.org Periodical), a book, or proceedings.</summary>
public enum ContainerType { None, Periodical, Book, Proceedings }

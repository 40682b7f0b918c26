namespace CvBuild.Core.Model;

public enum PublicationKind
{
    Conference, Journal, Workshop, Preprint, Thesis, LectureNotes, BookChapter, Book, TechnicalReport, Other,
}

public enum ThesisType { PhD, Masters, Bachelors }

/// <summary>An author in list order; Equal marks an equal-contribution author ("*").</summary>
public sealed record Author(string Name, bool Equal = false)
{
    public SourceSpan? Source { get; init; }
}

/// <summary>A venue: short name ("NeurIPS") and full name ("Conference on Neural Information Processing Systems").</summary>
public sealed record Venue(string? Short, string? Name)
{
    /// <summary>"Conference on Neural Information Processing Systems (NeurIPS)", or whichever part is known.</summary>
    public string Display =>
        Name is null ? Short ?? "" : Short is null || Name.Contains(Short, StringComparison.Ordinal) ? Name : $"{Name} ({Short})";
}

public sealed record PublicationLinks
{
    public string? Arxiv { get; init; }
    public string? Doi { get; init; }
    public string? Url { get; init; }
    public string? Pdf { get; init; }
    public string? Code { get; init; }
    public string? Slides { get; init; }
    public string? Video { get; init; }
    public string? Poster { get; init; }

    public string? ArxivUrl => Arxiv is null ? null : "https://arxiv.org/abs/" + Arxiv;
    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + Doi;

    /// <summary>Short labelled links in display order: arXiv, PDF, DOI, URL, code, slides, video, poster.</summary>
    public IEnumerable<(string Label, string Url)> All()
    {
        if (ArxivUrl is { } a) yield return ("arXiv", a);
        if (Pdf is { } p) yield return ("PDF", p);
        if (DoiUrl is { } d) yield return ("DOI", d);
        if (Url is { } u) yield return ("URL", u);
        if (Code is { } c) yield return ("code", c);
        if (Slides is { } s) yield return ("slides", s);
        if (Video is { } v) yield return ("video", v);
        if (Poster is { } po) yield return ("poster", po);
    }
}

public sealed record Publication
{
    public required PublicationKind Kind { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<Author> Authors { get; init; }
    public Venue? Venue { get; init; }
    /// <summary>The year the CV gives (for conference papers, the conference year).</summary>
    public required int Year { get; init; }
    public int? Month { get; init; }
    /// <summary>An exact date (e.g. first public release) where known.</summary>
    public PartialDate? Date { get; init; }
    /// <summary>"to appear", "under review", ...</summary>
    public string? Status { get; init; }
    /// <summary>Award notes: "Best paper runner-up, ... Workshop, NeurIPS 2025".</summary>
    public IReadOnlyList<string> Awards { get; init; } = [];
    public PublicationLinks Links { get; init; } = new();
    public string? Abstract { get; init; }
    /// <summary>arXiv categories (cs.LG) or free tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    public bool Selected { get; init; }
    /// <summary>An explicit BibTeX key; when absent one is derived.</summary>
    public string? Key { get; init; }
    public string? Volume { get; init; }
    public string? Number { get; init; }
    public string? Pages { get; init; }
    public string? Publisher { get; init; }
    /// <summary>School of a thesis, institution of a report.</summary>
    public string? Institution { get; init; }
    public ThesisType? ThesisType { get; init; }
    public string? Note { get; init; }
    public SourceSpan? Source { get; init; }

    public bool HasEqualContribution => Authors.Any(a => a.Equal);

    /// <summary>The word the CV prints for kinds that have no venue: "Preprint", "PhD Thesis", "Lecture Notes".</summary>
    public string KindLabel => Kind switch
    {
        PublicationKind.Preprint => "Preprint",
        PublicationKind.Thesis => ThesisType switch
        {
            Model.ThesisType.Masters => "Master's Thesis",
            Model.ThesisType.Bachelors => "Bachelor's Thesis",
            _ => "PhD Thesis",
        },
        PublicationKind.LectureNotes => "Lecture Notes",
        PublicationKind.TechnicalReport => "Technical Report",
        PublicationKind.BookChapter => "Book Chapter",
        PublicationKind.Book => "Book",
        PublicationKind.Journal => "Journal Article",
        PublicationKind.Workshop => "Workshop Paper",
        PublicationKind.Conference => "Conference Paper",
        _ => "Other",
    };

    /// <summary>
    /// What a CV line shows as the venue: the venue's display name; for kinds that have no venue
    /// (preprint, thesis, notes, report) the kind label; nothing for a paper whose venue is not given.
    /// </summary>
    public string? VenueLine => Venue?.Display is { Length: > 0 } v ? v
        : Kind is PublicationKind.Conference or PublicationKind.Journal or PublicationKind.Workshop or PublicationKind.BookChapter ? null
        : KindLabel;
}

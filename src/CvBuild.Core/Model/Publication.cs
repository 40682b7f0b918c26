namespace CvBuild.Core.Model;

public enum PublicationKind
{
    Conference, Journal, Workshop, Preprint, Thesis, LectureNotes, BookChapter, Book, TechnicalReport,
    /// <summary>A review of someone else's book, in a journal.</summary>
    BookReview,
    /// <summary>An editorial or introduction to a journal issue.</summary>
    Editorial,
    /// <summary>A book the owner edited: its editors are its makers (biblatex @collection).</summary>
    EditedBook,
    /// <summary>An abstract in a conference's book of abstracts.</summary>
    ConferenceAbstract,
    /// <summary>A poster presented at a conference (published as such, not a talk).</summary>
    Poster,
    Dataset,
    Software,
    Other,
}

/// <summary>The degree a thesis was written for; a thesis whose degree the CV does not give has none (null), never PhD by default.</summary>
public enum ThesisType { PhD, Masters, Bachelors, Diploma, Habilitation }

/// <summary>
/// An author (or editor, translator) in list order; Equal marks an equal-contribution author, of group
/// <see cref="EqualGroup"/> (1: co-first authors, "*"; 2: co-last authors, ...; the marks and legends are
/// settings). Organization marks a collaboration or corporate author ("ATLAS Collaboration"): a name that is
/// never split into given and family names, never matched as the owner, and braced whole in BibTeX.
/// </summary>
public sealed record Author(string Name, bool Equal = false, bool Organization = false)
{
    /// <summary>The equal-contribution group (1 or more) of an <see cref="Equal"/> author; ignored otherwise.</summary>
    public int EqualGroup { get; init; } = 1;
    /// <summary>The corresponding author, marked with settings' corresponding mark ("✉").</summary>
    public bool Corresponding { get; init; }
    public SourceSpan? Source { get; init; }
}

/// <summary>A venue: short name ("NeurIPS") and full name ("Conference on Neural Information Processing Systems").</summary>
public sealed record Venue(string? Short, string? Name)
{
    /// <summary>"Conference on Neural Information Processing Systems (NeurIPS)", or whichever part is known (data, not wording).</summary>
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

    /// <summary>True when no link of any kind is given.</summary>
    public bool IsEmpty => Arxiv is null && Doi is null && Url is null && Pdf is null && Code is null && Slides is null && Video is null && Poster is null;
}

public sealed record Publication
{
    public required PublicationKind Kind { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<Author> Authors { get; init; }
    public Venue? Venue { get; init; }
    /// <summary>
    /// The year the CV gives (for conference papers, the conference year); null only for a work with a
    /// <see cref="Status"/> and no date yet (submitted, under review, in preparation).
    /// </summary>
    public required int? Year { get; init; }
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
    /// <summary>The edition of a book, as written ("2nd", "Third").</summary>
    public string? Edition { get; init; }
    /// <summary>School of a thesis, institution of a report.</summary>
    public string? Institution { get; init; }
    public ThesisType? ThesisType { get; init; }
    public string? Note { get; init; }
    /// <summary>Editors of the work (an edited volume) or of the book a chapter is in, in order.</summary>
    public IReadOnlyList<Author> Editors { get; init; } = [];
    /// <summary>Translators of the work, in order.</summary>
    public IReadOnlyList<Author> Translators { get; init; } = [];
    /// <summary>Place of publication (BibTeX address, biblatex location), as written.</summary>
    public string? Place { get; init; }
    /// <summary>The series a book or volume appears in, as written ("Lecture Notes in Computer Science").</summary>
    public string? Series { get; init; }
    /// <summary>Chapter number or name within a book, as written.</summary>
    public string? Chapter { get; init; }
    /// <summary>ISBN as written (hyphens kept).</summary>
    public string? Isbn { get; init; }
    /// <summary>Language of the work, as written ("German"); biblatex's language field.</summary>
    public string? Language { get; init; }
    /// <summary>Where the conference was held (biblatex venue), as written.</summary>
    public string? EventLocation { get; init; }
    /// <summary>When the conference was held, as written ("12–16 July 2021").</summary>
    public string? EventDates { get; init; }
    public SourceSpan? Source { get; init; }
    /// <summary>Where each field was written (see <see cref="FieldSources"/>); none for an entry built in code.</summary>
    public FieldSources Fields { get; init; } = FieldSources.None;

    public bool HasEqualContribution => Authors.Any(a => a.Equal);
    public bool HasCorrespondingAuthor => Authors.Any(a => a.Corresponding);
    /// <summary>A work not yet dated (submitted, in preparation): listed before dated work in its group.</summary>
    public bool IsUndated => Year is null;
}

namespace CvBuild.Core.Model;

public enum PositionKind { Academic, Industry }

public sealed record Position
{
    public PositionKind Kind { get; init; } = PositionKind.Academic;
    public required string Title { get; init; }
    public required string Organization { get; init; }
    public string? Location { get; init; }
    public required Period Period { get; init; }
    /// <summary>Further periods in the same role, after <see cref="Period"/> (the earliest): "2001–2004, 2019–present".</summary>
    public IReadOnlyList<Period> OtherPeriods { get; init; } = [];
    /// <summary>Host, advisor or manager, printed after <see cref="HostLabel"/>.</summary>
    public string? Host { get; init; }
    /// <summary>The word before the host as the CV gives it ("Advisor", "Manager"); null uses the presentation strings' word.</summary>
    public string? HostLabel { get; init; }
    public string? Description { get; init; }
    public SourceSpan? Source { get; init; }
}

public sealed record Education
{
    public required string Degree { get; init; }
    public string? Field { get; init; }
    public required string Institution { get; init; }
    public string? Location { get; init; }
    public required Period Period { get; init; }
    /// <summary>Further periods of study, after <see cref="Period"/> (the earliest).</summary>
    public IReadOnlyList<Period> OtherPeriods { get; init; } = [];
    /// <summary>When the degree was conferred, where it differs from the end of study.</summary>
    public PartialDate? Awarded { get; init; }
    public string? Thesis { get; init; }
    public string? Advisor { get; init; }
    /// <summary>Free lines such as "Graduated summa cum laude".</summary>
    public IReadOnlyList<string> Honors { get; init; } = [];
    /// <summary>A GPA/rank line, printed as written.</summary>
    public string? Gpa { get; init; }
    public SourceSpan? Source { get; init; }
}

public sealed record Award
{
    public required Period Period { get; init; }
    public required string Title { get; init; }
    public string? Note { get; init; }
    public string? Url { get; init; }
    public SourceSpan? Source { get; init; }
}

public enum PatentStatus { Unspecified, Application, Granted }

public sealed record Patent
{
    public required string Title { get; init; }
    public IReadOnlyList<string> Inventors { get; init; } = [];
    public string? Number { get; init; }
    /// <summary>Issuing office or country, e.g. "US", "EP".</summary>
    public string? Office { get; init; }
    public required int Year { get; init; }
    public PatentStatus Status { get; init; }
    public string? Url { get; init; }
    /// <summary>The owner of the patent rights (biblatex's <c>holder</c>), e.g. the employer; null when the inventors hold it.</summary>
    public string? Assignee { get; init; }
    public SourceSpan? Source { get; init; }
    /// <summary>Where each field was written (see <see cref="FieldSources"/>); none for an entry built in code.</summary>
    public FieldSources Fields { get; init; } = FieldSources.None;
}

/// <summary>What kind of talk it was; null when the CV does not say (a talk in an "Invited Talks" list).</summary>
public enum TalkKind { Keynote, Plenary, Invited, Contributed, Poster, Panel, Seminar, LectureSeries }

public sealed record Talk
{
    /// <summary>A full date where known, else a year; the first day of a multi-day talk.</summary>
    public required PartialDate Date { get; init; }
    /// <summary>The last day of a lecture series or multi-day course; null for a single day.</summary>
    public PartialDate? EndDate { get; init; }
    /// <summary>The event; null when the talk was hosted by an institution with no named event (see <see cref="Host"/>).</summary>
    public string? Event { get; init; }
    /// <summary>The inviting institution or group ("Department of Mathematics, ETH Zürich").</summary>
    public string? Host { get; init; }
    public TalkKind? Kind { get; init; }
    /// <summary>The owner's role when not simply the speaker ("panelist", "chair"), as written.</summary>
    public string? Role { get; init; }
    public string? Location { get; init; }
    public bool Virtual { get; init; }
    public string? Title { get; init; }
    public string? Room { get; init; }
    public string? Abstract { get; init; }
    public string? Url { get; init; }
    public string? Note { get; init; }
    public SourceSpan? Source { get; init; }
    /// <summary>Where each field was written (see <see cref="FieldSources"/>); none for an entry built in code.</summary>
    public FieldSources Fields { get; init; } = FieldSources.None;

    /// <summary>The event, else the host: every talk has one of them (the reader requires it).</summary>
    public string EventOrHost => Event ?? Host ?? "";
}

/// <summary>The students a course is for.</summary>
public enum TeachingLevel { Undergraduate, Graduate, Doctoral, Professional }

public sealed record Teaching
{
    public required Period Period { get; init; }
    /// <summary>Further periods the course was taught, after <see cref="Period"/> (the earliest).</summary>
    public IReadOnlyList<Period> OtherPeriods { get; init; } = [];
    /// <summary>The owner's role ("Lecturer", "Teaching Assistant"); null when the CV lists courses the owner taught.</summary>
    public string? Role { get; init; }
    public required string Course { get; init; }
    public string? Code { get; init; }
    public TeachingLevel? Level { get; init; }
    /// <summary>Enrolment, as a count of students.</summary>
    public int? Students { get; init; }
    /// <summary>Teaching load as written ("2 h/week", "30 lecture hours", "4 SWS"): units differ between systems.</summary>
    public string? Hours { get; init; }
    public string? Description { get; init; }
    public string? Institution { get; init; }
    public string? Location { get; init; }
    public SourceSpan? Source { get; init; }
}

/// <summary>The sub-group of Service a role belongs to; null when the CV does not say.</summary>
public enum ServiceKind { EditorialBoard, ProgramCommittee, Reviewing, Organizing, Other }

/// <summary>A service role and what it covers: "Reviewer" for a list of venues, "Organizer" of a workshop.</summary>
public sealed record Service
{
    public ServiceKind? Kind { get; init; }
    public required string Role { get; init; }
    /// <summary>The years served, as written ("2019", "2021"): a programme committee served in scattered years.</summary>
    public IReadOnlyList<string> Years { get; init; } = [];
    public IReadOnlyList<string> Items { get; init; } = [];
    public Period? Period { get; init; }
    public string? Description { get; init; }
    public SourceSpan? Source { get; init; }
}

public sealed record CustomEntry
{
    public Period? Period { get; init; }
    public string? Title { get; init; }
    public string? Text { get; init; }
    public string? Url { get; init; }
}

public sealed record CustomSection
{
    /// <summary>The name used in section_order.</summary>
    public required string Id { get; init; }
    public required string Heading { get; init; }
    public IReadOnlyList<CustomEntry> Entries { get; init; } = [];
    public SourceSpan? Source { get; init; }
}

namespace CvBuild.Core.Model;

/// <summary>The stage of the person supervised or mentored.</summary>
public enum SupervisionLevel { PhD, Master, Bachelor, Postdoc, Intern, Visiting, Other }

/// <summary>The owner's part in the supervision.</summary>
public enum SupervisionRole { MainSupervisor, CoSupervisor, CommitteeMember, Mentor }

/// <summary>A student, postdoc or visitor the owner supervised or mentored.</summary>
public sealed record Supervision
{
    public required string Name { get; init; }
    public required SupervisionLevel Level { get; init; }
    public SupervisionRole Role { get; init; }
    public required Period Period { get; init; }
    /// <summary>Thesis or project title.</summary>
    public string? Title { get; init; }
    /// <summary>Other supervisors, as written.</summary>
    public IReadOnlyList<string> CoSupervisors { get; init; } = [];
    /// <summary>Current when the CV says so; a period that is ongoing is current too.</summary>
    public bool Completed { get; init; }
    /// <summary>Where they went next ("Assistant Professor, ETH Zürich").</summary>
    public string? Next { get; init; }
    public string? Institution { get; init; }
    public SourceSpan? Source { get; init; }
}

namespace CvBuild.Core.Model;

/// <summary>Skills of one kind: "Programming: Python, R, Julia".</summary>
public sealed record SkillGroup
{
    public required string Category { get; init; }
    public IReadOnlyList<string> Items { get; init; } = [];
    public SourceSpan? Source { get; init; }
}

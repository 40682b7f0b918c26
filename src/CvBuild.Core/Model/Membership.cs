namespace CvBuild.Core.Model;

/// <summary>Membership of a learned society or professional body ("Fellow, Royal Society").</summary>
public sealed record Membership
{
    public required string Organization { get; init; }
    /// <summary>The grade or office as written ("Fellow", "Member", "Council member"); null for plain membership.</summary>
    public string? Role { get; init; }
    /// <summary>Since when (and until when); null when the CV gives no dates.</summary>
    public Period? Period { get; init; }
    public string? Url { get; init; }
    public string? Note { get; init; }
    public SourceSpan? Source { get; init; }
}

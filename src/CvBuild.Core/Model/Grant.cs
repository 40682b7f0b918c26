namespace CvBuild.Core.Model;

/// <summary>Where a grant application stands; an awarded grant is the default.</summary>
public enum GrantStatus { Awarded, Submitted, Pending }

/// <summary>A research grant or other funding, with the people on it in the funder's order.</summary>
public sealed record Grant
{
    public required string Title { get; init; }
    public required string Funder { get; init; }
    /// <summary>The funder's programme or scheme ("ERC Advanced Grant", "Discovery Projects").</summary>
    public string? Programme { get; init; }
    public string? Number { get; init; }
    /// <summary>The amount with its currency exactly as the CV writes it ("€1.5M", "AUD 250,000"); never parsed.</summary>
    public string? Amount { get; init; }
    /// <summary>The owner's role as written ("PI", "co-PI", "Partner Investigator").</summary>
    public string? Role { get; init; }
    /// <summary>Everyone named on the grant in order; the owner among them is printed strong.</summary>
    public IReadOnlyList<string> Investigators { get; init; } = [];
    public required Period Period { get; init; }
    public GrantStatus Status { get; init; }
    public string? Url { get; init; }
    public string? Note { get; init; }
    public SourceSpan? Source { get; init; }
}

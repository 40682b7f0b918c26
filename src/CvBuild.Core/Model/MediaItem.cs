namespace CvBuild.Core.Model;

/// <summary>Coverage of the owner's work in the press, radio, television or online: an article, an interview.</summary>
public sealed record MediaItem
{
    public required string Outlet { get; init; }
    /// <summary>The piece's headline or programme title; null when the CV names only the outlet.</summary>
    public string? Title { get; init; }
    public required PartialDate Date { get; init; }
    public string? Url { get; init; }
    public string? Note { get; init; }
    public SourceSpan? Source { get; init; }
}

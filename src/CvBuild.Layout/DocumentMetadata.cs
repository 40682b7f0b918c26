namespace CvBuild.Layout;

/// <summary>PDF document information. Dates come from the caller, never from the clock, so output is reproducible.</summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    public string? Creator { get; init; }
    public string? Producer { get; init; }
    public DateTimeOffset? Created { get; init; }
    public DateTimeOffset? Modified { get; init; }
    /// <summary>The BCP 47 tag of the text's language ("fr"), written as the catalog's /Lang (ISO 32000-1 §14.9.2) so
    /// screen readers and text extraction know it; null writes none.</summary>
    public string? Language { get; init; }
}

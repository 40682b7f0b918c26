namespace CvBuild.Core.Model;

/// <summary>A profile link such as Google Scholar, GitHub, ORCID or LinkedIn.</summary>
public sealed record Profile(string Network, string Url, string? Label = null);

public sealed record Person
{
    public required string Name { get; init; }
    /// <summary>Other spellings that count as the owner in author lists, e.g. "N. Razin".</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Title { get; init; }
    public string? Affiliation { get; init; }
    public string? Email { get; init; }
    public string? Homepage { get; init; }
    public string? Phone { get; init; }
    public string? Location { get; init; }
    public IReadOnlyList<Profile> Profiles { get; init; } = [];
    public IReadOnlyList<string> ResearchInterests { get; init; } = [];

    /// <summary>True when an author or inventor name is the owner's name or one of its variants.</summary>
    public bool IsOwner(string name)
    {
        var key = NameKey(name);
        if (key == NameKey(Name)) return true;
        foreach (var alias in Aliases)
            if (key == NameKey(alias)) return true;
        return false;
    }

    // Case, runs of spaces, no-break spaces (NameWords) and dots-versus-no-dots must not decide ownership:
    // "N. Razin" == "N Razin" == "N. Razin".
    private static string NameKey(string name) =>
        string.Join(' ', NameWords.Split(name.Replace('.', ' '))).ToLowerInvariant();
}

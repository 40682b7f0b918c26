namespace CvBuild.Core.Model;

/// <summary>A profile link such as Google Scholar, GitHub, ORCID or LinkedIn.</summary>
public sealed record Profile(string Network, string Url, string? Label = null);

public sealed record Person
{
    public required string Name { get; init; }
    /// <summary>Where each field was written (see <see cref="FieldSources"/>); none for a person built in code.</summary>
    public FieldSources Fields { get; init; } = FieldSources.None;
    /// <summary>The name in its own script when <see cref="Name"/> is a transliteration ("李明" beside "LI Ming"); counts as the owner too.</summary>
    public string? NativeName { get; init; }
    /// <summary>Words printed before the name, as written ("Prof. Dr.").</summary>
    public string? Honorifics { get; init; }
    /// <summary>Letters printed after the name, as written ("FRS", "PhD").</summary>
    public string? PostNominals { get; init; }
    /// <summary>The ORCID iD as 16 characters in four groups ("0000-0002-1825-0097"), its check character verified.</summary>
    public string? Orcid { get; init; }
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
        foreach (var owner in OwnerKeys.GetValue(this, static p => p.Keys()))
            if (key == owner) return true;
        return false;
    }

    // Every author of every entry is asked about, so the owner's own keys are worked out once per Person. Kept
    // beside the record, not in it: a field would take part in the record's equality, and 'with' would copy it
    // into a person of another name.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Person, string[]> OwnerKeys = new();

    private string[] Keys()
    {
        var keys = new List<string> { NameKey(Name) };
        if (NativeName is { } native) keys.Add(NameKey(native));
        foreach (var alias in Aliases) keys.Add(NameKey(alias));
        return [.. keys];
    }

    // Case, runs of spaces, no-break spaces (NameWords) and dots-versus-no-dots must not decide ownership:
    // "N. Razin" == "N Razin" == "N. Razin".
    private static string NameKey(string name) =>
        LatinAccents.ComposeAll(NameWords.Joined(name.Replace('.', ' '))).ToLowerInvariant();
}

using CvBuild.Core.Model;

namespace CvBuild.Text.Document;

/// <summary>Which document a text output is: the whole CV, a short one, or one of the two listings.</summary>
public enum CvVariant { Full, Short, Publications, Talks }

/// <summary>What goes into the document, independent of how it is typeset.</summary>
public sealed record DocumentOptions
{
    public CvVariant Variant { get; init; } = CvVariant.Full;
    /// <summary>Keep only selected publications (always on for <see cref="CvVariant.Short"/>).</summary>
    public bool OnlySelected { get; init; }
    /// <summary>Drop entries that ended before this year.</summary>
    public int? Since { get; init; }
    /// <summary>Section ids to show, in this order; null keeps the CV's own order.</summary>
    public IReadOnlyList<string>? Sections { get; init; }
    /// <summary>In the publication listing, longer author lists become "First, Second, Third et al.".</summary>
    public int MaxAuthors { get; init; } = 3;

    public SelectionOptions Selection => new()
    {
        OnlySelected = OnlySelected || Variant == CvVariant.Short,
        Since = Since,
        Sections = Sections,
    };

    public static IReadOnlyList<string> VariantNames { get; } = ["full", "short", "publications", "talks"];

    public static CvVariant ParseVariant(string name) => name switch
    {
        "full" => CvVariant.Full,
        "short" => CvVariant.Short,
        "publications" => CvVariant.Publications,
        "talks" => CvVariant.Talks,
        _ => throw new ArgumentException($"unknown variant '{name}'", nameof(name)),
    };
}

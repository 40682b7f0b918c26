using CvBuild.Core.Model;

namespace CvBuild.Presentation.Building;

/// <summary>Which document to build: the whole CV, a short one, or one of the two listings.</summary>
public enum CvVariant { Full, Short, Publications, Talks }

/// <summary>What goes into the document, independent of the output format that lays it out.</summary>
public sealed record DocumentOptions
{
    public CvVariant Variant { get; init; } = CvVariant.Full;
    /// <summary>Keep only selected publications (always on for <see cref="CvVariant.Short"/>).</summary>
    public bool OnlySelected { get; init; }
    /// <summary>Leave out every dated entry that ended before this year, in every section.</summary>
    public int? Since { get; init; }
    /// <summary>Section ids to show, in this order; null keeps the CV's own order.</summary>
    public IReadOnlyList<string>? Sections { get; init; }
    /// <summary>Overrides <see cref="DocumentSettings.Numbering"/>.</summary>
    public Numbering? Numbering { get; init; }
    /// <summary>
    /// Authors shown before "et al." in every variant (the owner is always kept); overrides
    /// <see cref="DocumentSettings.MaxAuthors"/>. Null takes the CV's setting, and in the publication listing, without
    /// one, <see cref="DefaultListingMaxAuthors"/>.
    /// </summary>
    public int? MaxAuthors { get; init; }

    /// <summary>The publication listing's author limit when neither the option nor the CV gives one.</summary>
    public const int DefaultListingMaxAuthors = 3;
    /// <summary>
    /// The date the footer prints: the CV's last_updated, else what the caller knows (SOURCE_DATE_EPOCH);
    /// null prints no date. Never the clock: the builder is pure.
    /// </summary>
    public PartialDate? Date { get; init; }

    public static IReadOnlyList<string> VariantNames { get; } = ["full", "short", "publications", "talks"];

    /// <summary>The variant of a name in <see cref="VariantNames"/>.</summary>
    /// <exception cref="ArgumentException">An unknown name (callers validate against <see cref="VariantNames"/> first).</exception>
    public static CvVariant ParseVariant(string name) => name switch
    {
        "full" => CvVariant.Full,
        "short" => CvVariant.Short,
        "publications" => CvVariant.Publications,
        "talks" => CvVariant.Talks,
        _ => throw new ArgumentException($"unknown variant '{name}'", nameof(name)),
    };
}

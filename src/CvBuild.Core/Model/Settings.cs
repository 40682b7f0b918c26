namespace CvBuild.Core.Model;

/// <summary>The built-in section identifiers, in their default order.</summary>
public static class SectionIds
{
    public const string Interests = "interests";
    public const string AcademicPositions = "academic_positions";
    public const string Education = "education";
    public const string IndustryPositions = "industry_positions";
    public const string Awards = "awards";
    public const string Publications = "publications";
    public const string Patents = "patents";
    public const string Talks = "talks";
    public const string Teaching = "teaching";
    public const string Service = "service";
    public const string Grants = "grants";
    public const string Supervision = "supervision";
    public const string Memberships = "memberships";
    public const string Languages = "languages";
    public const string Skills = "skills";
    public const string Media = "media";

    public static readonly IReadOnlyList<string> DefaultOrder =
        [Interests, AcademicPositions, Education, IndustryPositions, Awards, Grants, Publications, Patents, Talks, Supervision, Teaching, Service, Memberships, Media, Skills, Languages];

    /// <summary>
    /// Built-in sections added after CVs had written them as custom sections: a custom section may still take one
    /// of these ids when the CV leaves the built-in section empty, and then stands in its place.
    /// </summary>
    public static readonly IReadOnlyList<string> YieldToCustom = [Memberships, Media, Skills, Languages];

    /// <summary>True when the CV has entries in the built-in section <paramref name="id"/> (of <see cref="YieldToCustom"/>).</summary>
    public static bool IsFilled(Cv cv, string id) => id switch
    {
        Memberships => cv.Memberships.Count > 0,
        Media => cv.Media.Count > 0,
        Skills => cv.Skills.Count > 0,
        Languages => cv.Languages.Count > 0,
        _ => true,
    };

    /// <summary>The ids a CV's section lists may name: the built-in ones, its talk sections' and its custom sections'.</summary>
    public static IReadOnlyList<string> KnownIn(Cv cv) =>
        [.. DefaultOrder, .. cv.Settings.TalkSections.Select(t => t.Id), .. cv.CustomSections.Select(c => c.Id)];

    /// <summary>The first id that names no section of this CV, or null when all are known.</summary>
    public static string? UnknownIn(Cv cv, IEnumerable<string> ids)
    {
        var known = KnownIn(cv);
        return ids.FirstOrDefault(id => !known.Contains(id));
    }

}

/// <summary>
/// A publication group within the Publications section: the kinds it gathers and its heading. A CV's own groups
/// give the heading as written; the default groups give <see cref="HeadingId"/>, a key of the presentation strings.
/// </summary>
public sealed record PublicationGroup(string? Heading, IReadOnlyList<PublicationKind> Kinds)
{
    /// <summary>The presentation-string id of the heading when <see cref="Heading"/> is null ("group.journal").</summary>
    public string? HeadingId { get; init; }
}

/// <summary>A section of its own for talks of the given kinds ("Conference Presentations": contributed, poster).</summary>
public sealed record TalkSection(string Id, string Heading, IReadOnlyList<TalkKind> Kinds);

public enum Numbering { Forward, Reverse, None }

public sealed record Design
{
    /// <summary>A built-in PDF theme's name, or the path of a theme YAML file relative to the CV (the CLI reads it).</summary>
    public string Theme { get; init; } = "classic";
    /// <summary>"a4" or "letter".</summary>
    public string PageSize { get; init; } = "a4";
    /// <summary>Page margins in millimetres.</summary>
    public double MarginMm { get; init; } = 20;
    /// <summary>Base font size in points.</summary>
    public double FontSize { get; init; } = 10;
    /// <summary>Accent colour as #RRGGBB; null means the theme's own.</summary>
    public string? AccentColor { get; init; }
    /// <summary>Font family names from fonts/ overriding the theme's body and heading fonts.</summary>
    public string? BodyFont { get; init; }
    public string? HeadingFont { get; init; }
    /// <summary>Where theme, body_font and heading_font are written, for messages about what they name.</summary>
    public SourceSpan? ThemeSource { get; init; }
    public SourceSpan? BodyFontSource { get; init; }
    public SourceSpan? HeadingFontSource { get; init; }
}

public sealed record DocumentSettings
{
    public IReadOnlyList<string> SectionOrder { get; init; } = SectionIds.DefaultOrder;
    /// <summary>Heading overrides by section id; missing ids use the presentation strings' "heading.&lt;id&gt;".</summary>
    public IReadOnlyDictionary<string, string> Headings { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<PublicationGroup> PublicationGroups { get; init; } = DefaultPublicationGroups;
    /// <summary>Talk kinds listed in sections of their own; talks of other kinds (or none) stay under Talks.</summary>
    public IReadOnlyList<TalkSection> TalkSections { get; init; } = [];
    public Numbering Numbering { get; init; } = Numbering.Forward;
    /// <summary>The legend above the publications as the CV words it; null uses the presentation strings' own.</summary>
    public string? EqualContributionLegend { get; init; }
    /// <summary>Authors printed per publication before "et al." (the owner is always kept); null prints all.</summary>
    public int? MaxAuthors { get; init; }
    public Design Design { get; init; } = new();
    /// <summary>
    /// settings.locale as written: a built-in language tag or a path to a locale file (relative to the CV);
    /// null is English. The command line resolves it, since only it may read another file.
    /// </summary>
    public string? Locale { get; init; }
    /// <summary>Where settings.locale was written, for messages about it and to resolve a relative path.</summary>
    public SourceSpan? LocaleSource { get; init; }

    public static readonly IReadOnlyList<PublicationGroup> DefaultPublicationGroups =
    [
        new(null, [PublicationKind.Journal]) { HeadingId = "group.journal" },
        new(null, [PublicationKind.Conference]) { HeadingId = "group.conference" },
        new(null, [PublicationKind.Workshop]) { HeadingId = "group.workshop" },
        new(null, [PublicationKind.Book, PublicationKind.BookChapter]) { HeadingId = "group.books" },
        new(null, [PublicationKind.Preprint]) { HeadingId = "group.preprint" },
        new(null, [PublicationKind.LectureNotes, PublicationKind.Thesis, PublicationKind.TechnicalReport, PublicationKind.Other]) { HeadingId = "group.misc" },
    ];
}

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

    public static readonly IReadOnlyList<string> DefaultOrder =
        [Interests, AcademicPositions, Education, IndustryPositions, Awards, Publications, Patents, Talks, Teaching, Service];

    /// <summary>The ids a CV's section lists may name: the built-in ones and its custom sections'.</summary>
    public static IReadOnlyList<string> KnownIn(Cv cv) => [.. DefaultOrder, .. cv.CustomSections.Select(c => c.Id)];

    /// <summary>The first id that names no section of this CV, or null when all are known.</summary>
    public static string? UnknownIn(Cv cv, IEnumerable<string> ids)
    {
        var known = KnownIn(cv);
        return ids.FirstOrDefault(id => !known.Contains(id));
    }

    public static readonly IReadOnlyDictionary<string, string> DefaultHeadings = new Dictionary<string, string>
    {
        [Interests] = "Research Interests",
        [AcademicPositions] = "Academic Positions",
        [Education] = "Education",
        [IndustryPositions] = "Industry Positions",
        [Awards] = "Awards and Honors",
        [Publications] = "Publications",
        [Patents] = "Patents",
        [Talks] = "Invited Talks",
        [Teaching] = "Teaching Experience",
        [Service] = "Academic Service",
    };
}

/// <summary>A publication group within the Publications section: a heading and the kinds it gathers.</summary>
public sealed record PublicationGroup(string Heading, IReadOnlyList<PublicationKind> Kinds);

public enum Numbering { Forward, Reverse, None }

public sealed record Design
{
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
}

public sealed record DocumentSettings
{
    public IReadOnlyList<string> SectionOrder { get; init; } = SectionIds.DefaultOrder;
    /// <summary>Heading overrides by section id; missing ids use <see cref="SectionIds.DefaultHeadings"/>.</summary>
    public IReadOnlyDictionary<string, string> Headings { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<PublicationGroup> PublicationGroups { get; init; } = DefaultPublicationGroups;
    public Numbering Numbering { get; init; } = Numbering.Forward;
    public string EqualContributionLegend { get; init; } = "* denotes equal contribution";
    /// <summary>Authors printed per publication before "et al." (the owner is always kept); null prints all.</summary>
    public int? MaxAuthors { get; init; }
    public Design Design { get; init; } = new();

    public static readonly IReadOnlyList<PublicationGroup> DefaultPublicationGroups =
    [
        new("Journal Articles", [PublicationKind.Journal]),
        new("Conference Proceedings", [PublicationKind.Conference]),
        new("Workshop Papers", [PublicationKind.Workshop]),
        new("Books and Book Chapters", [PublicationKind.Book, PublicationKind.BookChapter]),
        new("Preprints", [PublicationKind.Preprint]),
        new("Miscellaneous", [PublicationKind.LectureNotes, PublicationKind.Thesis, PublicationKind.TechnicalReport, PublicationKind.Other]),
    ];

    public string HeadingFor(string sectionId) =>
        Headings.TryGetValue(sectionId, out var h) ? h
        : SectionIds.DefaultHeadings.TryGetValue(sectionId, out var d) ? d
        : sectionId;
}

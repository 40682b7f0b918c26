namespace CvBuild.Core.Model;

/// <summary>A whole CV as read from YAML: plain immutable data that every output renders.</summary>
public sealed record Cv
{
    public required Person Person { get; init; }
    public IReadOnlyList<Position> Positions { get; init; } = [];
    public IReadOnlyList<Education> Education { get; init; } = [];
    public IReadOnlyList<Award> Awards { get; init; } = [];
    public IReadOnlyList<Publication> Publications { get; init; } = [];
    public IReadOnlyList<Patent> Patents { get; init; } = [];
    public IReadOnlyList<Talk> Talks { get; init; } = [];
    public IReadOnlyList<Teaching> Teaching { get; init; } = [];
    public IReadOnlyList<Service> Service { get; init; } = [];
    public IReadOnlyList<Grant> Grants { get; init; } = [];
    public IReadOnlyList<Supervision> Supervision { get; init; } = [];
    public IReadOnlyList<Membership> Memberships { get; init; } = [];
    public IReadOnlyList<Language> Languages { get; init; } = [];
    public IReadOnlyList<SkillGroup> Skills { get; init; } = [];
    public IReadOnlyList<MediaItem> Media { get; init; } = [];
    public IReadOnlyList<CustomSection> CustomSections { get; init; } = [];
    public DocumentSettings Settings { get; init; } = new();
    /// <summary>The "last updated" date printed in outputs; from the YAML, never the clock.</summary>
    public PartialDate? LastUpdated { get; init; }

    public IEnumerable<Position> PositionsOf(PositionKind kind) => Positions.Where(p => p.Kind == kind);

    /// <summary>
    /// The publications of each group in the settings' order: a publication is listed in the first group that
    /// takes it (<see cref="PublicationGroup.Takes"/>), so groups by tag may overlap without listing a paper twice.
    /// Within a group, undated work (submitted, in preparation) comes first, then the CV's order.
    /// </summary>
    public IReadOnlyList<(PublicationGroup Group, IReadOnlyList<Publication> Publications)> PublicationsByGroup()
    {
        var listed = new HashSet<Publication>(ReferenceEqualityComparer.Instance);
        var result = new List<(PublicationGroup, IReadOnlyList<Publication>)>();
        foreach (var group in Settings.PublicationGroups)
        {
            var papers = Publications.Where(p => !listed.Contains(p) && group.Takes(p)).ToList();
            listed.UnionWith(papers);
            result.Add((group, [.. papers.Where(p => p.IsUndated), .. papers.Where(p => !p.IsUndated)]));
        }
        return result;
    }
}

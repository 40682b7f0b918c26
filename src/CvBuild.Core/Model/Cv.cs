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

    /// <summary>Publications of one group, in the CV's order.</summary>
    public IEnumerable<Publication> PublicationsIn(PublicationGroup group) =>
        Publications.Where(p => group.Kinds.Contains(p.Kind));
}

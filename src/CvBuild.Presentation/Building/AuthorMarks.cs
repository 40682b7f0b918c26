using CvBuild.Core.Model;
using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Building;

/// <summary>
/// The marks after authors' names and their legend lines: equal-contribution groups (co-first "*", co-last "#",
/// each with its own legend) and the corresponding author ("✉"). The settings' marks and legends win; otherwise
/// the presentation strings give them, so the one rule lives here for every output.
/// </summary>
internal sealed class AuthorMarks(DocumentSettings settings, PresentationStrings s)
{
    /// <summary>Marks of groups the settings do not name, by group number (1-based); the first is the strings' own.</summary>
    private static readonly string[] FallbackMarks = ["*", "#", "‡", "§", "¶", "**", "##", "‡‡", "§§"];

    public string EqualMark(int group) =>
        group <= settings.EqualContributionGroups.Count ? settings.EqualContributionGroups[group - 1].Mark
        : group == 1 ? s["authors.equal_mark"]
        : FallbackMarks[Math.Clamp(group, 1, FallbackMarks.Length) - 1];

    public string CorrespondingMark => settings.CorrespondingMark ?? s["authors.corresponding_mark"];

    /// <summary>The marks after one name, equal contribution first: "*", "✉", "*✉", or "".</summary>
    public string After(Author author) =>
        (author.Equal ? EqualMark(author.EqualGroup) : "") + (author.Corresponding ? CorrespondingMark : "");

    /// <summary>One legend line per group some listed paper uses, in group order, then the corresponding author's.</summary>
    public IReadOnlyList<string> Legends(IEnumerable<Publication> publications)
    {
        var papers = publications.ToList();
        var legends = new List<string>();
        foreach (var group in papers.SelectMany(p => p.Authors).Where(a => a.Equal).Select(a => a.EqualGroup).Distinct().Order())
            legends.Add(EqualLegend(group));
        if (papers.Any(p => p.HasCorrespondingAuthor))
            legends.Add(settings.CorrespondingLegend ?? s.Format("corresponding_legend", CorrespondingMark));
        return legends;
    }

    private string EqualLegend(int group)
    {
        if (group <= settings.EqualContributionGroups.Count && settings.EqualContributionGroups[group - 1] is { } g)
            return g.Legend ?? s.Format("equal_contribution_legend.mark", g.Mark);
        if (group == 1) return settings.EqualContributionLegend ?? s["equal_contribution_legend"];
        return s.Format("equal_contribution_legend.mark", EqualMark(group));
    }
}

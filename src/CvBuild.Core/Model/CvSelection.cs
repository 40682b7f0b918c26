namespace CvBuild.Core.Model;

/// <summary>Which part of a CV a variant shows: the same data yields a full CV or a two-page short one.</summary>
public sealed record SelectionOptions
{
    /// <summary>Keep only publications marked selected.</summary>
    public bool OnlySelected { get; init; }
    /// <summary>Drop dated entries that ended before this year.</summary>
    public int? Since { get; init; }
    /// <summary>Section ids to show, in this order; null keeps the CV's own order.</summary>
    public IReadOnlyList<string>? Sections { get; init; }

    public static readonly SelectionOptions All = new();
}

public static class CvSelection
{
    /// <summary>Applies the options to a CV, returning a CV that holds only what the variant shows.</summary>
    public static Cv Apply(Cv cv, SelectionOptions options)
    {
        var since = options.Since ?? int.MinValue;
        bool Recent(Period p) => p.Ongoing || p.LastYear >= since;

        var selected = cv with
        {
            Positions = cv.Positions.Where(p => Recent(p.Period)).ToList(),
            Education = cv.Education.Where(e => Recent(e.Period)).ToList(),
            Awards = cv.Awards.Where(a => Recent(a.Period)).ToList(),
            Publications = cv.Publications.Where(p => p.Year >= since && (!options.OnlySelected || p.Selected)).ToList(),
            Patents = cv.Patents.Where(p => p.Year >= since).ToList(),
            Talks = cv.Talks.Where(t => t.Date.Year >= since).ToList(),
            Teaching = cv.Teaching.Where(t => Recent(t.Period)).ToList(),
        };
        if (options.Sections is { } sections)
            selected = selected with { Settings = selected.Settings with { SectionOrder = sections } };
        return selected;
    }
}

using CvBuild.Core.Model;

namespace CvBuild.Presentation.Building;

/// <summary>
/// The one place that decides which entries a variant keeps: <c>--since</c> applies to every dated entry of
/// every section (service, teaching and custom sections included), <c>--only-selected</c> to publications.
/// </summary>
public static class Selection
{
    /// <summary>A CV holding only what the options keep; undated entries (a service role without years) are kept.</summary>
    public static Cv Apply(Cv cv, DocumentOptions options)
    {
        var since = options.Since ?? int.MinValue;
        var onlySelected = options.OnlySelected || options.Variant == CvVariant.Short;
        bool Recent(Period? p) => p is null || p.Ongoing || p.LastYear >= since;
        return cv with
        {
            Positions = [.. cv.Positions.Where(p => Recent(p.Period) || p.OtherPeriods.Any(Recent))],
            // A degree conferred after its study ends counts to the year it was conferred.
            Education = [.. cv.Education.Where(e => Recent(e.Period) || e.OtherPeriods.Any(Recent) || e.Awarded?.Year >= since)],
            Awards = [.. cv.Awards.Where(a => Recent(a.Period))],
            Publications = [.. cv.Publications.Where(p => p.Year >= since && (!onlySelected || p.Selected))],
            Patents = [.. cv.Patents.Where(p => p.Year >= since)],
            Talks = [.. cv.Talks.Where(t => (t.EndDate ?? t.Date).Year >= since)],
            Teaching = [.. cv.Teaching.Where(t => Recent(t.Period) || t.OtherPeriods.Any(Recent))],
            Service = [.. cv.Service.Where(s => Recent(s.Period))],
            Grants = [.. cv.Grants.Where(g => Recent(g.Period))],
            Supervision = [.. cv.Supervision.Where(s => Recent(s.Period))],
            Memberships = [.. cv.Memberships.Where(m => Recent(m.Period))],
            Media = [.. cv.Media.Where(m => m.Date.Year >= since)],
            CustomSections = [.. cv.CustomSections.Select(c => c with { Entries = [.. c.Entries.Where(e => Recent(e.Period))] })],
        };
    }
}

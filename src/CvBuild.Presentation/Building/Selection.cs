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
            Positions = [.. cv.Positions.Where(p => Recent(p.Period))],
            Education = [.. cv.Education.Where(e => Recent(e.Period))],
            Awards = [.. cv.Awards.Where(a => Recent(a.Period))],
            Publications = [.. cv.Publications.Where(p => (p.Year is not { } y || y >= since) && (!onlySelected || p.Selected))],
            Patents = [.. cv.Patents.Where(p => p.Year >= since)],
            Talks = [.. cv.Talks.Where(t => (t.EndDate ?? t.Date).Year >= since)],
            Teaching = [.. cv.Teaching.Where(t => Recent(t.Period))],
            Service = [.. cv.Service.Where(s => Recent(s.Period))],
            Grants = [.. cv.Grants.Where(g => Recent(g.Period))],
            Supervision = [.. cv.Supervision.Where(s => Recent(s.Period))],
            CustomSections = [.. cv.CustomSections.Select(c => c with { Entries = [.. c.Entries.Where(e => Recent(e.Period))] })],
        };
    }
}

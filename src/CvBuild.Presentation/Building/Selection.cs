using CvBuild.Core.Model;

namespace CvBuild.Presentation.Building;

/// <summary>
/// The one place that decides which entries a variant keeps: <c>--since</c> applies to every dated entry of
/// every section (service, teaching and custom sections included), <c>--only-selected</c> to publications.
/// </summary>
public static partial class Selection
{
    /// <summary>
    /// A CV holding only what the options keep; undated entries (a service role without years) are kept, a service role
    /// by its latest year, a student not marked completed always.
    /// </summary>
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
            Service = [.. cv.Service.Where(s => s.Period is not null ? Recent(s.Period) : s.Years.Count == 0 || s.Years.Any(y => LastYear(y) is not { } last || last >= since))],
            Grants = [.. cv.Grants.Where(g => Recent(g.Period))],
            // A student not marked completed is current, however long ago they started.
            Supervision = [.. cv.Supervision.Where(s => !s.Completed || Recent(s.Period))],
            Memberships = [.. cv.Memberships.Where(m => Recent(m.Period))],
            Media = [.. cv.Media.Where(m => m.Date.Year >= since)],
            CustomSections = [.. cv.CustomSections.Select(c => c with { Entries = [.. c.Entries.Where(e => Recent(e.Period))] })],
        };
    }

    /// <summary>The last year a service year as written names ("2019", "2019–2021"); null when it names none.</summary>
    private static int? LastYear(string written) =>
        FourDigits().Matches(written) is { Count: > 0 } years ? int.Parse(years[^1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9])[0-9]{4}(?![0-9])")]
    private static partial System.Text.RegularExpressions.Regex FourDigits();
}

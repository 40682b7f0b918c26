using System.Globalization;
using System.Text.RegularExpressions;

namespace CvBuild.BibTeX.Export;

/// <summary>
/// Reads a conference's dates as CVs write them ("12–16 July 2021", "July 12-16, 2021", "30 June – 2 July 2021",
/// "12 July 2021", or already ISO "2021-07-12/2021-07-16") into biblatex's eventdate: an ISO 8601 date or
/// range (biblatex manual §2.3.8). English month names only; anything else is not guessed at (null).
/// </summary>
internal static partial class EventDate
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The ISO 8601 form ("2021-07-12/2021-07-16", "2021-07-12"), or null when the text does not read as dates.</summary>
    public static string? ToIso(string? text)
    {
        if (text is null) return null;
        var t = text.Trim();
        if (IsoRange().IsMatch(t)) return Valid(t);
        // "12–16 July 2021", "30 June – 2 July 2021", "12 July 2021"
        if (DayFirst().Match(t) is { Success: true } d)
            return Range(d.Groups["y"].Value, d.Groups["m1"].Success ? d.Groups["m1"].Value : d.Groups["m2"].Value, d.Groups["d1"].Value,
                d.Groups["m2"].Value, d.Groups["d2"].Success ? d.Groups["d2"].Value : null);
        // "July 12–16, 2021", "June 30 – July 2, 2021", "July 12, 2021"
        if (MonthFirst().Match(t) is { Success: true } m)
            return Range(m.Groups["y"].Value, m.Groups["m1"].Value, m.Groups["d1"].Value,
                m.Groups["m2"].Success ? m.Groups["m2"].Value : m.Groups["m1"].Value, m.Groups["d2"].Success ? m.Groups["d2"].Value : null);
        return null;
    }

    private static string? Range(string year, string month1, string day1, string month2, string? day2)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (Month(month1) is not { } m1 || Month(month2) is not { } m2) return null;
        var start = Date(y, m1, int.Parse(day1, CultureInfo.InvariantCulture));
        if (start is null) return null;
        if (day2 is null) return start;
        var end = Date(y, m2, int.Parse(day2, CultureInfo.InvariantCulture));
        return end is null || string.CompareOrdinal(end, start) < 0 ? null : end == start ? start : $"{start}/{end}";
    }

    private static string? Valid(string iso)
    {
        foreach (var part in iso.Split('/'))
        {
            var p = part.Split('-');
            if (p.Length == 3 && Date(int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2], CultureInfo.InvariantCulture)) is null)
                return null;
        }
        return iso;
    }

    private static int? Month(string name)
    {
        var n = name.TrimEnd('.').ToLowerInvariant();
        if (n.Length < 3) return null;
        for (var i = 0; i < 12; i++)
            if (Months[i].StartsWith(n, StringComparison.Ordinal)) return i + 1;
        return null;
    }

    private static string? Date(int y, int m, int d) =>
        y is >= 1000 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? $"{y:D4}-{m:D2}-{d:D2}" : null;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(/\d{4}-\d{2}-\d{2})?$")]
    private static partial Regex IsoRange();

    [GeneratedRegex(@"^(?<d1>\d{1,2})(?:\s*(?<m1>[A-Za-z]+\.?))?\s*(?:[-\u2013\u2014]|to)\s*(?<d2>\d{1,2})\s+(?<m2>[A-Za-z]+\.?),?\s+(?<y>\d{4})$|^(?<d1>\d{1,2})\s+(?<m2>[A-Za-z]+\.?),?\s+(?<y>\d{4})$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<m1>[A-Za-z]+\.?)\s+(?<d1>\d{1,2})(?:\s*(?:[-\u2013\u2014]|to)\s*(?:(?<m2>[A-Za-z]+\.?)\s+)?(?<d2>\d{1,2}))?,?\s+(?<y>\d{4})$")]
    private static partial Regex MonthFirst();
}

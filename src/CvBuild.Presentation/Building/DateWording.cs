using System.Globalization;
using CvBuild.Core.Model;
using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Building;

/// <summary>The one place dates are worded, with the words from the presentation strings.</summary>
public sealed class DateWording(PresentationStrings strings)
{
    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"2019–2024", "2024–present", "2025", "until 2004" (only the end known); a range within one year is that year ("2023", never "2023–2023").</summary>
    public string Years(Period period) =>
        period.StartUnknown ? strings.Format("date.until", Year((period.End ?? period.Start).Year))
        : period.Ongoing ? strings.Format("date.range", Year(period.Start.Year), strings["date.present"])
        : period.End is { } e && e.Year != period.Start.Year ? strings.Format("date.range", Year(period.Start.Year), Year(e.Year))
        : Year(period.Start.Year);

    /// <summary>Every period of a role held more than once, in order: "2001–2004, 2019–present".</summary>
    public string Years(Period first, IReadOnlyList<Period> others) =>
        others.Count == 0 ? Years(first) : string.Join(", ", new[] { first }.Concat(others).Select(Years));

    /// <summary>"Oct 24, 2023", "Oct 2023" or "2023": the listings' style.</summary>
    public string Short(PartialDate date) => Worded(date, "month_short.");

    /// <summary>"October 24, 2023", "October 2023" or "2023".</summary>
    public string Long(PartialDate date) => Worded(date, "month.");

    /// <summary>
    /// A multi-day date in the listings' style, the shared month and year said once: "May 2–3, 2024",
    /// "May 30 – June 2, 2024"; across years, or without days, two short dates ("Dec 2023–Jan 2024").
    /// </summary>
    public string ShortRange(PartialDate start, PartialDate end)
    {
        if (start.Day is { } d1 && end.Day is { } d2 && start.Year == end.Year)
        {
            var year = Year(start.Year);
            return start.Month == end.Month
                ? d1 == d2 ? Short(start) : strings.Format("date.days_in_month", MonthName(start.Month!.Value, "month_short."), d1, d2, year)
                : strings.Format("date.days_in_year", MonthName(start.Month!.Value, "month_short."), d1, MonthName(end.Month!.Value, "month_short."), d2, year);
        }
        return start == end ? Short(start) : strings.Format("date.range", Short(start), Short(end));
    }

    /// <summary>"November 2025" (a footer does not need the day).</summary>
    public string MonthYear(PartialDate date) =>
        date.Month is { } m ? strings.Format("date.month", MonthName(m, "month."), Year(date.Year)) : Year(date.Year);

    private string Worded(PartialDate date, string months) =>
        date.Day is { } d ? strings.Format("date.day", MonthName(date.Month!.Value, months), d, Year(date.Year))
        : date.Month is { } m ? strings.Format("date.month", MonthName(m, months), Year(date.Year))
        : Year(date.Year);

    private string MonthName(int month, string prefix) => strings[prefix + month.ToString(CultureInfo.InvariantCulture)];
}

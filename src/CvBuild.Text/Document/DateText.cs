using System.Globalization;
using CvBuild.Core.Model;

namespace CvBuild.Text.Document;

/// <summary>Date wording shared by the text outputs.</summary>
public static class DateText
{
    /// <summary>"Oct 24, 2023", "Oct 2023" or "2023": the paper listing's style.</summary>
    public static string Short(PartialDate date) =>
        date.Day is { } d ? $"{PartialDate.MonthAbbreviation(date.Month!.Value)} {d}, {date.Year}"
        : date.Month is { } m ? $"{PartialDate.MonthAbbreviation(m)} {date.Year}"
        : date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"November 2025" (a footer does not need the day).</summary>
    public static string MonthYear(PartialDate date) =>
        date.Month is { } m ? $"{PartialDate.MonthName(m)} {date.Year}" : date.Year.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace CvBuild.Core.Model;

/// <summary>A date known to the year, the month or the day, as CVs give them.</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>The earliest year a CV date may name; the JSON Schema's integer form of a date says the same (1000–9999).</summary>
    public const int MinYear = 1000;

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    /// <summary>ISO 8601 form with only the known parts: 2023, 2023-12, 2023-12-04.</summary>
    public override string ToString() =>
        Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is { } m ? $"{Year:D4}-{m:D2}" : Year.ToString("D4", CultureInfo.InvariantCulture);
}

/// <summary>A span of time such as 2019–2024 or 2024–present; End is null for a single date.</summary>
public sealed record Period(PartialDate Start, PartialDate? End = null, bool Ongoing = false)
{
    public static Period Single(int year) => new(new PartialDate(year));

    /// <summary>A period of which only the end is known ("until 2004"): <see cref="Start"/> is the end too, so it sorts by its end.</summary>
    public static Period Until(PartialDate end) => new(end, end) { StartUnknown = true };

    /// <summary>The CV gives only the end; the start is not printed (see <see cref="Until"/>).</summary>
    public bool StartUnknown { get; init; }

    /// <summary>The latest year the period touches (the current year is unknown, so ongoing counts as its start).</summary>
    public int LastYear => End?.Year ?? Start.Year;
}

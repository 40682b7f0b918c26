using System.Globalization;
using System.Text.RegularExpressions;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.Cli.Import;

/// <summary>
/// Dates as the other formats write them, turned into cvbuild's YYYY, YYYY-MM or YYYY-MM-DD. JSON Resume's
/// schema allows those three (ISO 8601 prefixes); files in the wild also hold full timestamps, whose date part
/// is kept. RenderCV's start_date/end_date take the same three forms (or a bare year as a number), its free
/// 'date' also text such as "Fall 2023", of which only the year can be kept.
/// </summary>
internal static partial class ImportDates
{
    /// <summary>The date at the start of <paramref name="text"/>, or null (with a warning at the node) when there is none.</summary>
    public static PartialDate? Exact(ImportNode node, string text, DiagnosticBag diagnostics)
    {
        var m = IsoPrefix().Match(text);
        if (m.Success && Valid(m) is { } date)
        {
            if (m.Length < text.Length && !text[m.Length..].StartsWith('T'))
                diagnostics.Warning(node.Span, $"{ImportNode.ShowPointer(node.Pointer)}: only the date {date} of '{DiagnosticText.Escape(text)}' is imported");
            return date;
        }
        diagnostics.Warning(node.Span, $"{ImportNode.ShowPointer(node.Pointer)}: '{DiagnosticText.Escape(text)}' is not a date written YYYY, YYYY-MM or YYYY-MM-DD; not imported");
        return null;
    }

    /// <summary>An exact date, or else the one four-digit year in free text ("Fall 2023"), with a warning that the rest is not kept.</summary>
    public static PartialDate? Loose(ImportNode node, string text, DiagnosticBag diagnostics)
    {
        var m = IsoPrefix().Match(text);
        if (m.Success && m.Length == text.Length && Valid(m) is { } exact) return exact;
        var years = Year().Matches(text);
        if (years.Count == 1 && int.Parse(years[0].Value, CultureInfo.InvariantCulture) >= PartialDate.MinYear)
        {
            var year = new PartialDate(int.Parse(years[0].Value, CultureInfo.InvariantCulture));
            diagnostics.Warning(node.Span, $"{ImportNode.ShowPointer(node.Pointer)}: '{DiagnosticText.Escape(text)}' is imported as the year {year}");
            return year;
        }
        diagnostics.Warning(node.Span, $"{ImportNode.ShowPointer(node.Pointer)}: no date or single year in '{DiagnosticText.Escape(text)}'; not imported");
        return null;
    }

    public static bool IsPresent(string text) => text.Equals("present", StringComparison.OrdinalIgnoreCase);

    private static PartialDate? Valid(Match m)
    {
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year < PartialDate.MinYear) return null;
        int? month = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        int? day = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12) return null;
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value))) return null;
        return new PartialDate(year, month, day);
    }

    // [0-9], never \d: .NET's \d matches every Unicode decimal digit.
    [GeneratedRegex(@"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")]
    private static partial Regex IsoPrefix();

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?![0-9])")]
    private static partial Regex Year();
}

/// <summary>A start and an end as cvbuild writes them: the end is a date, 'present', or absent for a single date.</summary>
/// <remarks>A null <see cref="Start"/> is a period known only by its end ("until 2004"), as positions, education and teaching take it.</remarks>
internal readonly record struct ImportedPeriod(PartialDate? Start, string? End)
{
    public void WriteTo(YamlMap map, string startKey = "start", string endKey = "end")
    {
        map.SetPlain(startKey, Start?.ToString());
        map.SetPlain(endKey, End);
    }

    /// <summary>
    /// From optional start and end nodes. A start without an end is ongoing (RenderCV's rule; JSON Resume's themes
    /// read it so, and cvbuild's jsonresume output writes an ongoing period so). Only an end, or an end equal to
    /// the start: a single date. Start after end: the end is dropped with a warning (cvbuild refuses a backwards range).
    /// </summary>
    /// <param name="endOnly">An end without a start is kept as such ("until 2004") rather than read as a single date.</param>
    public static ImportedPeriod? From(ImportNode? startNode, ImportNode? endNode, DiagnosticBag diagnostics, bool endOnly = false)
    {
        PartialDate? Read(ImportNode n) => n.ScalarText() is { } t ? ImportDates.Exact(n, t, diagnostics) : null;
        var start = startNode is null ? null : Read(startNode);
        var endIsPresent = endNode?.ScalarText() is { } e && ImportDates.IsPresent(e);
        var end = endNode is null || endIsPresent ? null : Read(endNode);
        if (start is null)
            return end is { } only ? endOnly ? new ImportedPeriod(null, only.ToString()) : new ImportedPeriod(only, null) : null;
        if (endIsPresent || (end is null && endNode is null)) return new ImportedPeriod(start.Value, "present");
        if (end is not { } last || last == start.Value) return new ImportedPeriod(start.Value, null);
        if (last.Year < start.Value.Year || (last < start.Value && last.Month is not null && start.Value.Month is not null))
        {
            diagnostics.Warning(endNode!.Span, $"{ImportNode.ShowPointer(endNode.Pointer)}: the end {last} is before the start {start.Value}; the end is not imported");
            return new ImportedPeriod(start.Value, null);
        }
        return new ImportedPeriod(start.Value, last.ToString());
    }
}

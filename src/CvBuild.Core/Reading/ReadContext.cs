using System.Globalization;
using System.Text.RegularExpressions;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using CvBuild.Core.Schema;

namespace CvBuild.Core.Reading;

/// <summary>
/// Turns YAML nodes into typed values, reporting every problem as a diagnostic and carrying on, so one
/// run lists them all. Also bounds alias expansion: a "billion laughs" file fails fast.
/// </summary>
internal sealed partial class ReadContext(DiagnosticBag diagnostics, int nodeBudget)
{
    private int _visited;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Counts a visited node; aliases can make a small file expand without bound.</summary>
    public void Visit(YamlNode node)
    {
        if (++_visited > nodeBudget) throw new ExpansionLimitExceeded(node.Span);
    }

    public FieldReader? Object(YamlNode? node, ObjectSpec spec)
    {
        if (node is null) return null;
        Visit(node);
        if (node is YamlScalar { IsNull: true }) return null;
        if (node is not YamlMapping map)
        {
            Diagnostics.Error(node.Span, $"{spec.Name} must be a mapping of fields, not {node.KindName}");
            return null;
        }
        return new FieldReader(this, map, spec);
    }

    public IEnumerable<YamlNode> Items(YamlNode? node, string what)
    {
        if (node is null) yield break;
        Visit(node);
        if (node is YamlScalar { IsNull: true }) yield break;
        if (node is not YamlSequence seq)
        {
            Diagnostics.Error(node.Span, $"'{what}' must be a list, not {node.KindName}");
            yield break;
        }
        foreach (var item in seq.Items)
        {
            Visit(item);
            yield return item;
        }
    }

    public string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalar s) return s.IsNull ? null : s.Value;
        Diagnostics.Error(node.Span, $"'{what}' must be a single value, not {node.KindName}");
        return null;
    }

    public string? String(YamlNode node, string what)
    {
        var value = Scalar(node, what);
        if (value is not null && value.Trim().Length == 0)
        {
            Diagnostics.Error(node.Span, $"'{what}' is empty");
            return null;
        }
        return value?.Trim();
    }

    public int? Integer(YamlNode node, string what, int min = int.MinValue, int max = int.MaxValue)
    {
        var value = Scalar(node, what);
        if (value is null) return null;
        // Only ASCII digits are digits: "２０２１" or "٢٠٢١" is a typing accident, not a number.
        if (!IntegerPattern().IsMatch(value) || !int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            Diagnostics.Error(node.Span, $"'{what}' must be a whole number, not '{value}'");
            return null;
        }
        if (n < min || n > max)
        {
            Diagnostics.Error(node.Span, $"'{what}' must be between {min} and {max}, not {n}");
            return null;
        }
        return n;
    }

    public double? Number(YamlNode node, string what, double min, double max)
    {
        var value = Scalar(node, what);
        if (value is null) return null;
        // The pattern admits only finite decimal numbers: NaN and Infinity would pass every range test.
        if (!DecimalPattern().IsMatch(value) || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            || !double.IsFinite(n) || n < min || n > max)
        {
            Diagnostics.Error(node.Span, $"'{what}' must be a number from {min} to {max}, not '{value}'");
            return null;
        }
        return n;
    }

    public bool? Boolean(YamlNode node, string what)
    {
        var value = Scalar(node, what);
        switch (value)
        {
            case null: return null;
            case "true" or "True" or "TRUE" or "yes": return true;
            case "false" or "False" or "FALSE" or "no": return false;
            default:
                Diagnostics.Error(node.Span, $"'{what}' must be true or false, not '{value}'");
                return null;
        }
    }

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD, checked against the calendar.</summary>
    public PartialDate? Date(YamlNode node, string what)
    {
        var value = Scalar(node, what);
        if (value is null) return null;
        var m = DatePattern().Match(value.Trim());
        if (!m.Success)
        {
            Diagnostics.Error(node.Span, $"'{what}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not '{value}'");
            return null;
        }
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year < PartialDate.MinYear)
        {
            Diagnostics.Error(node.Span, $"'{what}' has an impossible year {m.Groups[1].Value} in '{value}'; years run from {PartialDate.MinYear} to 9999");
            return null;
        }
        int? month = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        int? day = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12)
        {
            Diagnostics.Error(node.Span, $"'{what}' has an impossible month {month:D2} in '{value}'");
            return null;
        }
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
        {
            Diagnostics.Error(node.Span, $"'{what}' has an impossible day: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month!.Value)} {year} has no day {d}");
            return null;
        }
        return new PartialDate(year, month, day);
    }

    public bool IsPresent(YamlNode node) => node is YamlScalar { Value: var v } && v.Trim().Equals("present", StringComparison.OrdinalIgnoreCase);

    /// <summary>A period from a start and an optional end ("present" means ongoing); a backwards range is an error.</summary>
    public Period? Period(YamlNode? startNode, YamlNode? endNode, string startName, string endName)
    {
        if (startNode is null) return null;
        var start = Date(startNode, startName);
        var hasEnd = endNode is not null && endNode is not YamlScalar { IsNull: true };
        if (hasEnd && !IsPresent(endNode!) && endNode is YamlScalar { Value: var written }
            && written.Trim().Any(char.IsLetter) && Suggestions.Closest(written.Trim(), ["present"]) is not null)
        {
            Diagnostics.Error(endNode.Span, $"'{endName}' must be a date or 'present', not '{DiagnosticText.Escape(written.Trim())}'; did you mean 'present'?");
            return null;
        }
        // The end is read even when the start is wrong, so one run reports both.
        var end = hasEnd && !IsPresent(endNode!) ? Date(endNode!, endName) : null;
        if (start is null) return null;
        if (!hasEnd) return new Period(start.Value);
        if (IsPresent(endNode!)) return new Period(start.Value, null, Ongoing: true);
        if (end is null) return new Period(start.Value);
        if (end.Value.Year < start.Value.Year || (end.Value < start.Value && end.Value.Month is not null && start.Value.Month is not null))
        {
            Diagnostics.Error(endNode!.Span, $"'{endName}' ({end}) is before '{startName}' ({start}): the range runs backwards");
            return null;
        }
        return new Period(start.Value, end);
    }

    /// <summary>"2025" or "2016–2017" (en dash, hyphen or "to").</summary>
    public Period? YearOrRange(YamlNode node, string what)
    {
        var value = Scalar(node, what);
        if (value is null) return null;
        var m = YearRangePattern().Match(value.Trim());
        if (!m.Success)
        {
            Diagnostics.Error(node.Span, $"'{what}' must be a year (2025) or a year range (2016–2017), not '{value}'");
            return null;
        }
        var start = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var endYear = m.Groups[2].Success && int.TryParse(m.Groups[2].Value, CultureInfo.InvariantCulture, out var e) ? e : int.MaxValue;
        if (Math.Min(start, endYear) < PartialDate.MinYear)
        {
            Diagnostics.Error(node.Span, $"'{what}' has an impossible year in '{value}'; years run from {PartialDate.MinYear} to 9999");
            return null;
        }
        if (m.Groups[2].Success && m.Groups[2].Value.Equals("present", StringComparison.OrdinalIgnoreCase))
            return new Period(new PartialDate(start), null, Ongoing: true);
        if (!m.Groups[2].Success) return Model.Period.Single(start);
        var end = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (end < start)
        {
            Diagnostics.Error(node.Span, $"'{what}' runs backwards: {end} is before {start}");
            return null;
        }
        return new Period(new PartialDate(start), new PartialDate(end));
    }

    public string? Url(YamlNode node, string what)
    {
        var value = String(node, what);
        if (value is null) return null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto" or "ftp"))
        {
            Diagnostics.Error(node.Span, $"'{what}' must be a full web address starting with https://, not '{value}'");
            return null;
        }
        return value;
    }

    public string? Email(YamlNode node, string what)
    {
        var value = String(node, what);
        if (value is not null && !EmailPattern().IsMatch(value))
        {
            Diagnostics.Error(node.Span, $"'{what}' is not an email address: '{value}'");
            return null;
        }
        return value;
    }

    public string? Color(YamlNode node, string what)
    {
        var value = String(node, what);
        if (value is not null && !ColorPattern().IsMatch(value))
        {
            Diagnostics.Error(node.Span, $"'{what}' must be a colour written #RRGGBB, not '{value}'");
            return null;
        }
        return value;
    }

    public string? Enum(YamlNode node, string what, IReadOnlyList<string> values)
    {
        var value = String(node, what);
        if (value is null) return null;
        if (values.Contains(value)) return value;
        var hint = Suggestions.Closest(value, values) is { } s ? $"; did you mean '{s}'?" : "";
        Diagnostics.Error(node.Span, $"'{what}' must be one of {string.Join(", ", values)}, not '{value}'{hint}");
        return null;
    }

    public IReadOnlyList<string> StringList(YamlNode? node, string what)
    {
        if (node is YamlScalar { IsNull: false } single)
        {
            Diagnostics.Error(single.Span, $"'{what}' must be a list; write [{single.Value}] or put the value on a '- ' line");
            return [];
        }
        var list = new List<string>();
        foreach (var item in Items(node, what))
            if (String(item, what + " item") is { } s) list.Add(s);
        return list;
    }

    // [0-9], never \d: .NET's \d matches every Unicode decimal digit, which int.Parse then rejects.
    [GeneratedRegex(@"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^([0-9]{4})(?:\s*(?:–|—|-|--|to)\s*([0-9]{4}|present))?$", RegexOptions.IgnoreCase)]
    private static partial Regex YearRangePattern();

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColorPattern();
}

internal sealed class ExpansionLimitExceeded(SourceSpan span) : Exception
{
    public SourceSpan Span { get; } = span;
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CvBuild.Presentation.Strings;

namespace CvBuild.Html;

/// <summary>
/// Worded dates as HTML <c>&lt;time&gt;</c> elements with a machine-readable <c>datetime</c> (HTML Living
/// Standard §4.5.14: a valid year "2024", month "2024-03" or date "2024-03-07"), whatever the locale. The
/// patterns are the document's own wording run backwards: its <c>date.day</c> and <c>date.month</c> formats
/// ("{1} {0} {2}" in French, "{2}年{0}{1}日" in Japanese) with its month names, so "7 mars 2024", "2024年3月7日"
/// and "March 7, 2024" all become 2024-03-07. A form the formats do not make still yields its year; text between
/// dates ("–", "present") stays as is.
/// </summary>
internal sealed class TimeMarkup
{
    private const string YearGroup = "(?<![0-9])(?<year>[0-9]{4})(?![0-9])";
    private readonly Regex _dates;
    private readonly Dictionary<string, int> _months = new(StringComparer.Ordinal);

    public TimeMarkup(PresentationStrings strings)
    {
        for (var m = 1; m <= 12; m++)
        {
            _months.TryAdd(strings["month." + m.ToString(CultureInfo.InvariantCulture)], m);
            _months.TryAdd(strings["month_short." + m.ToString(CultureInfo.InvariantCulture)], m);
        }
        // Longest first, so "12月" is tried before "1月" and "January" before "Jan".
        var month = "(?<month>" + string.Join("|", _months.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape)) + ")";
        var day = Pattern(strings["date.day"], month, "(?<day>[0-9]{1,2})", YearGroup);
        var monthYear = Pattern(strings["date.month"], month, YearGroup);
        // .NET allows a group name in several alternatives; whichever matched fills it.
        _dates = new Regex($"(?:{day})|(?:{monthYear})|{YearGroup}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>A composite format ("{1} {0} {2}") as a pattern: each placeholder its group, the text between it literally.</summary>
    private static string Pattern(string format, params string[] groups)
    {
        var sb = new StringBuilder();
        var at = 0;
        foreach (Match m in Placeholder().Matches(format))
        {
            sb.Append(Regex.Escape(format[at..m.Index]));
            var index = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            sb.Append(index < groups.Length ? groups[index] : "(?!)");
            at = m.Index + m.Length;
        }
        return sb.Append(Regex.Escape(format[at..])).ToString();
    }

    /// <summary>The escaped text with each date it finds wrapped in a <c>&lt;time&gt;</c>.</summary>
    public string Markup(string text)
    {
        var sb = new StringBuilder();
        var at = 0;
        foreach (Match m in _dates.Matches(text))
        {
            sb.Append(HtmlText.Escape(text[at..m.Index]));
            var datetime = m.Groups["year"].Value;
            if (m.Groups["month"].Success)
            {
                datetime += "-" + _months[m.Groups["month"].Value].ToString("00", CultureInfo.InvariantCulture);
                if (m.Groups["day"].Success && int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 31 and var day)
                    datetime += "-" + day.ToString("00", CultureInfo.InvariantCulture);
            }
            sb.Append("<time datetime=\"").Append(datetime).Append("\">").Append(HtmlText.Escape(m.Value)).Append("</time>");
            at = m.Index + m.Length;
        }
        sb.Append(HtmlText.Escape(text[at..]));
        return sb.ToString();
    }

    /// <summary>The first four-digit year in a worded date, or null.</summary>
    public static string? Year(string text) => YearPattern().Match(text) is { Success: true } m ? m.Value : null;

    private static Regex YearPattern() => new(@"(?<![0-9])[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static Regex Placeholder() => new(@"\{([0-9]+)\}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}

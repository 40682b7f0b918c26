using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CvBuild.Presentation.Strings;

namespace CvBuild.Html;

/// <summary>
/// Worded dates as HTML <c>&lt;time&gt;</c> elements with a machine-readable <c>datetime</c> (HTML Living
/// Standard §4.5.14: a valid year "2024", month "2024-03" or date "2024-03-07"). The month names are the
/// document's own (its presentation strings), so "March 2024" and "Mar 2024" both become 2024-03; a form the
/// pattern does not know still yields its year; text between dates ("–", "present") stays as is.
/// </summary>
internal sealed class TimeMarkup
{
    private readonly Regex _dates;
    private readonly Dictionary<string, int> _months = new(StringComparer.Ordinal);

    public TimeMarkup(PresentationStrings strings)
    {
        for (var m = 1; m <= 12; m++)
        {
            _months.TryAdd(strings["month." + m.ToString(CultureInfo.InvariantCulture)], m);
            _months.TryAdd(strings["month_short." + m.ToString(CultureInfo.InvariantCulture)], m);
        }
        var names = string.Join("|", _months.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
        // "March 7, 2024" (the English day form), "March 2024", "2024"; years are four digits not inside a longer number.
        _dates = new Regex($@"(?:(?<month>{names})\.?\s(?:(?<day>\d{{1,2}}),\s)?)?(?<!\d)(?<year>\d{{4}})(?!\d)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
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

    private static Regex YearPattern() => new(@"(?<!\d)\d{4}(?!\d)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}

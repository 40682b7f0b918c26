using System.Text.RegularExpressions;

namespace CvBuild.TestSupport;

/// <summary>
/// The laws of the plain-text and Markdown outputs' vertical rhythm (see CvBuild.Text's SpacedLines), checked on
/// the output as a reader gets it: never two blank lines in a row, none at the start or the end, one newline at the
/// end, no line of spaces; every heading has a blank line before it (unless it opens the document or directly
/// follows the heading above it) and content after it: in plain text right under its underline, in Markdown after
/// one blank line. Plain-text headings are recognised by their underline, so the checks assume a heading on one line.
/// </summary>
public static partial class VerticalRhythm
{
    /// <summary>Every break of the laws in plain text, as "line N: what"; empty when the text keeps them.</summary>
    public static IReadOnlyList<string> PlainTextViolations(string text)
    {
        var problems = Shared(text, out var lines);
        for (var i = 1; i < lines.Length; i++)
        {
            if (!IsUnderline(lines[i], lines[i - 1])) continue;
            var n = i + 1;
            if (n >= lines.Length || lines[n].Length == 0)
                problems.Add($"line {n + 1}: the heading '{lines[i - 1]}' is not followed directly by content");
            var before = i - 2;
            if (before >= 0 && lines[before].Length > 0 && !(before >= 1 && IsUnderline(lines[before], lines[before - 1])))
                problems.Add($"line {i}: the heading '{lines[i - 1]}' has no blank line before it");
        }
        return problems;
    }

    /// <summary>Every break of the laws in Markdown, as "line N: what"; empty when the text keeps them.</summary>
    public static IReadOnlyList<string> MarkdownViolations(string text)
    {
        var problems = Shared(text, out var lines);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!AtxHeading().IsMatch(lines[i])) continue;
            if (i > 0 && lines[i - 1].Length > 0)
                problems.Add($"line {i + 1}: the heading '{lines[i]}' has no blank line before it");
            if (i + 2 >= lines.Length || lines[i + 1].Length > 0 || lines[i + 2].Length == 0)
                problems.Add($"line {i + 1}: the heading '{lines[i]}' is not followed by one blank line and content");
        }
        return problems;
    }

    private static List<string> Shared(string text, out string[] lines)
    {
        var problems = new List<string>();
        if (text.Length > 0 && !text.EndsWith('\n')) problems.Add("the text does not end with a newline");
        lines = text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
        if (text.EndsWith("\n\n", StringComparison.Ordinal)) problems.Add($"line {lines.Length + 1}: a blank line at the end");
        if (lines.Length > 0 && lines[0].Length == 0) problems.Add("line 1: a blank line at the start");
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && string.IsNullOrWhiteSpace(lines[i])) problems.Add($"line {i + 1}: a line of spaces");
            if (i > 0 && lines[i].Length == 0 && lines[i - 1].Length == 0) problems.Add($"line {i + 1}: two blank lines in a row");
        }
        return problems;
    }

    /// <summary>A line of '=' (section) or '-' (group) under a non-blank line (a heading that fits on one line).</summary>
    private static bool IsUnderline(string line, string above) =>
        line.Length > 0 && above.Trim().Length > 0 && (line.All(c => c == '=') || line.All(c => c == '-'));

    [GeneratedRegex("^#{1,6} ")]
    private static partial Regex AtxHeading();
}

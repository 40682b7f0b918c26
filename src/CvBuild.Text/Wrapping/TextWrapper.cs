using System.Text;
using CvBuild.Layout.LineBreaking;

namespace CvBuild.Text.Wrapping;

/// <summary>
/// Greedy wrapping in display columns (<see cref="DisplayWidth"/>, UAX #11) at the line-break opportunities of
/// UAX #14 (<see cref="LineBreakOpportunities"/>, the layout engine's implementation), with a first-line prefix and a
/// hanging indent. Whitespace runs fold to one space. So Latin text breaks after spaces and hyphens, CJK between
/// ideographs and kana, Hangul between syllables (and at its spaces), never before closing punctuation.
/// A line never exceeds the width unless it holds a single unbreakable piece that alone is wider (a long URL):
/// breaking such a piece would corrupt it, so it gets a line of its own instead.
/// </summary>
/// <remarks>
/// Tailoring (UAX #14 section 8): no break inside a URL-like word (one containing "://" or starting with "www."), so an
/// address stays whole and can be copied; UAX #14 alone would break after its slashes and hyphens.
/// Known limit: Thai, Lao, Khmer and Myanmar are written without spaces between words and UAX #14 leaves their
/// breaks to a dictionary (Line_Break SA), which cvbuild does not carry; such a run breaks only at its spaces.
/// </remarks>
public static class TextWrapper
{
    /// <summary>
    /// The lines of <paramref name="text"/> at most <paramref name="width"/> columns wide, prefixes included.
    /// <paramref name="keepTogether"/> lists ranges of <paramref name="text"/> that must not be broken inside (a
    /// person's name), unless the range alone is wider than a line.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width, string firstPrefix = "", string restPrefix = "", IReadOnlyList<Range>? keepTogether = null)
    {
        var (folded, group) = Fold(text, keepTogether ?? []);
        KeepUrlsTogether(folded, group);
        var lines = new List<string>();
        var line = new StringBuilder(firstPrefix);
        var prefixWidth = DisplayWidth.Of(firstPrefix);
        var lineWidth = prefixWidth; // without the pending trailing spaces
        var pendingSpaces = 0;
        var empty = true;
        foreach (var piece in Pieces(folded, group))
        {
            var content = piece.TrimEnd(' ');
            var w = DisplayWidth.Of(content);
            if (!empty && lineWidth + pendingSpaces + w > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(restPrefix);
                prefixWidth = DisplayWidth.Of(restPrefix);
                lineWidth = prefixWidth;
                pendingSpaces = 0;
                empty = true;
            }
            if (!empty) line.Append(' ', pendingSpaces);
            lineWidth += (empty ? 0 : pendingSpaces) + w;
            line.Append(content);
            pendingSpaces = piece.Length - content.Length;
            empty = false;
        }
        if (!empty || lines.Count == 0) lines.Add(line.ToString().TrimEnd());
        return lines;
    }

    /// <summary>
    /// The text with whitespace runs folded to one space and trimmed, and for each char the keep-together range it
    /// belongs to (0 for none; a folded space takes the range of the first whitespace it replaces).
    /// </summary>
    private static (string Text, int[] Group) Fold(string text, IReadOnlyList<Range> keepTogether)
    {
        var sourceGroup = new int[text.Length];
        for (var r = 0; r < keepTogether.Count; r++)
        {
            var (start, length) = keepTogether[r].GetOffsetAndLength(text.Length);
            Array.Fill(sourceGroup, r + 1, start, length);
        }
        var sb = new StringBuilder(text.Length);
        var group = new List<int>(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ' ' or '\n' or '\t' or '\r')
            {
                if (!space && sb.Length > 0)
                {
                    sb.Append(' ');
                    group.Add(sourceGroup[i]);
                }
                space = true;
                continue;
            }
            space = false;
            sb.Append(text[i]);
            group.Add(sourceGroup[i]);
        }
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
            group.RemoveAt(group.Count - 1);
        }
        return (sb.ToString(), [.. group]);
    }

    /// <summary>Marks each URL-like word as a keep-together group of its own (ids after the caller's ranges).</summary>
    private static void KeepUrlsTogether(string text, int[] group)
    {
        var id = group.Length == 0 ? 1 : group.Max() + 1;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf(' ', start);
            if (end < 0) end = text.Length;
            var word = text.AsSpan(start, end - start);
            if (word.Contains("://", StringComparison.Ordinal) || word.TrimStart('<').StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                Array.Fill(group, id++, start, end - start);
            start = end + 1;
        }
    }

    /// <summary>The text cut at every UAX #14 opportunity that is not inside a keep-together range.</summary>
    private static IEnumerable<string> Pieces(string text, int[] group)
    {
        var start = 0;
        foreach (var at in LineBreakOpportunities.Find(text))
        {
            if (group[at] != 0 && group[at] == group[at - 1]) continue;
            yield return text[start..at];
            start = at;
        }
        if (start < text.Length) yield return text[start..];
    }
}

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
    /// person's name, "NeurIPS 2025"), unless the range alone is wider than a line: then it breaks at its own UAX #14
    /// opportunities like any text, rather than overflow. <paramref name="noBreakAt"/> lists indices of
    /// <paramref name="text"/> where no line may start (a link label stays with the text before it).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width, string firstPrefix = "", string restPrefix = "",
        IReadOnlyList<Range>? keepTogether = null, IReadOnlyList<int>? noBreakAt = null)
    {
        var (folded, group, glue) = Fold(text, keepTogether ?? [], noBreakAt ?? []);
        // A range fits when it fits on some line; one wider than every line may break inside.
        var room = width - Math.Min(DisplayWidth.Of(firstPrefix), DisplayWidth.Of(restPrefix));
        ReleaseWiderThan(folded, group, room);
        KeepUrlsTogether(folded, group);
        var lines = new List<string>();
        var line = new StringBuilder(firstPrefix);
        var prefixWidth = DisplayWidth.Of(firstPrefix);
        var lineWidth = prefixWidth; // without the pending trailing spaces
        var pendingSpaces = 0;
        var empty = true;
        foreach (var piece in Pieces(folded, group, glue))
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
    /// The text with whitespace runs folded to one space and trimmed; for each char the keep-together range it belongs
    /// to (0 for none; a folded space takes the range of the first whitespace it replaces); and for each index whether
    /// a line may not start there.
    /// </summary>
    private static (string Text, int[] Group, bool[] Glue) Fold(string text, IReadOnlyList<Range> keepTogether, IReadOnlyList<int> noBreakAt)
    {
        var sourceGroup = new int[text.Length];
        for (var r = 0; r < keepTogether.Count; r++)
        {
            var (start, length) = keepTogether[r].GetOffsetAndLength(text.Length);
            Array.Fill(sourceGroup, r + 1, start, length);
        }
        var sourceGlue = new bool[text.Length + 1];
        foreach (var at in noBreakAt) sourceGlue[at] = true;
        var sb = new StringBuilder(text.Length);
        var group = new List<int>(text.Length);
        var glue = new List<bool>(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ' ' or '\n' or '\t' or '\r')
            {
                if (!space && sb.Length > 0)
                {
                    sb.Append(' ');
                    group.Add(sourceGroup[i]);
                    glue.Add(sourceGlue[i]);
                }
                space = true;
                continue;
            }
            // A break is before a non-space; glue on a folded-away space moves to the char after it.
            var glued = sourceGlue[i] || (space && i > 0 && sourceGlue[i - 1]);
            space = false;
            sb.Append(text[i]);
            group.Add(sourceGroup[i]);
            glue.Add(glued);
        }
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
            group.RemoveAt(group.Count - 1);
            glue.RemoveAt(glue.Count - 1);
        }
        return (sb.ToString(), [.. group], [.. glue]);
    }

    /// <summary>Clears the keep-together ranges wider than <paramref name="room"/> columns, so they may break inside.</summary>
    private static void ReleaseWiderThan(string text, int[] group, int room)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start + 1;
            while (end < text.Length && group[end] == group[start]) end++;
            if (group[start] != 0 && DisplayWidth.Of(text.AsSpan(start, end - start).Trim(' ').ToString()) > room)
                Array.Clear(group, start, end - start);
            start = end;
        }
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

    /// <summary>The text cut at every UAX #14 opportunity that is not inside a keep-together range nor glued.</summary>
    private static IEnumerable<string> Pieces(string text, int[] group, bool[] glue)
    {
        var start = 0;
        foreach (var at in LineBreakOpportunities.Find(text))
        {
            if (group[at] != 0 && group[at] == group[at - 1]) continue;
            if (glue[at]) continue;
            yield return text[start..at];
            start = at;
        }
        if (start < text.Length) yield return text[start..];
    }
}

using System.Text;

namespace CvBuild.Core.Diagnostics;

/// <summary>Prints diagnostics like a compiler: the message line, the source line, a caret under the column.</summary>
public static class DiagnosticFormatter
{
    /// <summary>At most this many characters of a source line are shown, in a window around the column.</summary>
    public const int MaxShownColumns = 160;

    public static string Format(IEnumerable<Diagnostic> diagnostics, Func<string, string?> sourceOf)
    {
        var sb = new StringBuilder();
        var lines = new Dictionary<string, string[]>();
        foreach (var d in diagnostics)
        {
            sb.Append(d).Append('\n');
            if (!lines.TryGetValue(d.Span.File, out var text))
            {
                text = sourceOf(d.Span.File)?.Split('\n') ?? [];
                lines[d.Span.File] = text;
            }
            if (d.Span.Line < 1 || d.Span.Line > text.Length) continue;
            var (shown, caret) = Excerpt(text[d.Span.Line - 1].TrimEnd('\r'), d.Span.Column);
            sb.Append("  ").Append(shown).Append('\n');
            sb.Append("  ").Append(caret).Append("^\n");
        }
        return sb.ToString();
    }

    /// <summary>
    /// The part of a source line to show (at most <see cref="MaxShownColumns"/> characters of it, around the
    /// column, with "..." where cut) and the padding that puts a caret under the column. Unsafe characters are
    /// escaped in both, tabs kept so the caret lines up under tab-indented text.
    /// </summary>
    public static (string Line, string CaretPadding) Excerpt(string line, int column)
    {
        var at = Math.Clamp(column - 1, 0, line.Length);
        var start = Math.Max(0, Math.Min(at - MaxShownColumns / 2, line.Length - MaxShownColumns));
        var end = Math.Min(line.Length, start + MaxShownColumns);
        // Never split a surrogate pair at a window edge.
        if (start > 0 && char.IsLowSurrogate(line[start])) start++;
        if (end < line.Length && char.IsLowSurrogate(line[end])) end--;
        var shown = new StringBuilder();
        var pad = new StringBuilder();
        if (start > 0)
        {
            shown.Append("...");
            pad.Append("   ");
        }
        for (var i = start; i < end; i++)
        {
            var c = line[i];
            var before = shown.Length;
            if (c == '\t') shown.Append('\t');
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(line[i + 1])) shown.Append(c).Append(line[++i]);
            else DiagnosticText.AppendEscaped(shown, c);
            if (i < at) pad.Append(c == '\t' ? '\t' : ' ', c == '\t' ? 1 : shown.Length - before);
        }
        if (end < line.Length) shown.Append("...");
        return (shown.ToString(), pad.ToString());
    }
}

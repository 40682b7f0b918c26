using System.Text;

namespace CvBuild.Core.Diagnostics;

/// <summary>Prints diagnostics like a compiler: the message line, the source line, a caret under the column.</summary>
public static class DiagnosticFormatter
{
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
            var line = text[d.Span.Line - 1].TrimEnd('\r');
            sb.Append("  ").Append(Printable(line)).Append('\n');
            // Keep tabs in the caret line so the caret lines up under tab-indented text.
            var pad = new StringBuilder();
            for (var i = 0; i < d.Span.Column - 1 && i < line.Length; i++) pad.Append(line[i] == '\t' ? '\t' : ' ');
            sb.Append("  ").Append(pad).Append("^\n");
        }
        return sb.ToString();
    }

    // A binary or mis-encoded line must not spray control characters into a terminal.
    private static string Printable(string line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var c in line) sb.Append(char.IsControl(c) && c != '\t' ? '\uFFFD' : c);
        return sb.Length > 200 ? sb.ToString(0, 200) + "..." : sb.ToString();
    }
}

using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using CvBuild.Layout;

namespace CvBuild.Cli.Build;

/// <summary>
/// Warns, at its line and column in the CV file, about every character no bundled font can draw: in a PDF it would
/// be an empty box. The layout engine answers which characters are uncovered (<see cref="FontLibrary.FindUncovered"/>);
/// this maps them back to the source by checking the file's text line by line, so the position is exact whatever
/// field the character is in. YAML comment lines are skipped: they never print.
/// </summary>
internal static class FontCoverage
{
    /// <summary>At most this many warnings per file; a file in an unsupported script would otherwise flood the screen.</summary>
    private const int MaxReported = 20;

    /// <summary>Warnings for <paramref name="source"/> (the text of <paramref name="path"/>); none when it is null.</summary>
    public static IReadOnlyList<Diagnostic> Warnings(string path, string? source, FontLibrary fonts)
    {
        var warnings = new List<Diagnostic>();
        if (source is null) return warnings;
        var style = TextStyle.Default;
        var lines = source.Split('\n');
        // Most files use a few dozen distinct characters, all covered: asking once per distinct character
        // (rather than once per character of the file) settles that, and the line-by-line search for positions
        // below runs only when something is missing.
        if (fonts.FindUncovered(DistinctCharacters(lines), style).Count == 0) return warnings;
        var total = 0;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.TrimStart().StartsWith('#')) continue;
            foreach (var c in fonts.FindUncovered(line, style))
            {
                if (++total > MaxReported) continue;
                var shown = c.CodePoint is >= 0xE000 and <= 0xF8FF or >= 0xF0000 ? "" : $" '{char.ConvertFromUtf32(c.CodePoint)}'";
                warnings.Add(new Diagnostic(Severity.Warning, new SourceSpan(path, n + 1, c.Index + 1),
                    $"{c.Notation}{DiagnosticText.Escape(shown)} is in none of the bundled fonts: the PDF would show an empty box"));
            }
        }
        if (total > MaxReported)
            warnings.Add(new Diagnostic(Severity.Warning, new SourceSpan(path, 1, 1),
                $"... and {total - MaxReported} more characters that none of the bundled fonts has"));
        return warnings;
    }

    /// <summary>Every character of the lines that are not comments, once, in order of first appearance.</summary>
    private static string DistinctCharacters(string[] lines)
    {
        // A bit per Basic Multilingual Plane character (8 KB) answers "seen?" for nearly every character of a CV.
        var seenBasic = new ulong[0x10000 / 64];
        var seenOther = new HashSet<int>();
        var distinct = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith('#')) continue;
            for (var i = 0; i < line.Length; i++)
            {
                if (char.IsSurrogatePair(line, i))
                {
                    if (seenOther.Add(char.ConvertToUtf32(line[i], line[i + 1]))) distinct.Append(line, i, 2);
                    i++;
                    continue;
                }
                int c = line[i];
                ulong bit = 1UL << (c & 63);
                if ((seenBasic[c >> 6] & bit) != 0) continue;
                seenBasic[c >> 6] |= bit;
                distinct.Append(line[i]);
            }
        }
        return distinct.ToString();
    }
}

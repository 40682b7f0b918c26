using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Layout;

namespace CvBuild.Cli.Build;

/// <summary>
/// Warns, at its line and column, about every character no bundled font can draw: in a PDF it would be an empty
/// box. The layout engine answers which characters are uncovered (<see cref="FontLibrary.FindUncovered"/>); the
/// reader hands over every piece of text beyond ASCII it read, once, with the place of each character
/// (<see cref="ReadResult.Printed"/>: the CV's scalars, its included YAML files', and the lines of its .bib files),
/// so a character is checked in the file it comes from and comments are never checked.
/// </summary>
internal static class FontCoverage
{
    /// <summary>At most this many warnings per file; a file in an unsupported script would otherwise flood the screen.</summary>
    private const int MaxReported = 20;

    /// <summary>Warnings for the text of a CV read; none when it read nothing.</summary>
    public static IReadOnlyList<Diagnostic> Warnings(ReadResult read, FontLibrary fonts)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(fonts);
        var warnings = new List<Diagnostic>();
        var style = TextStyle.Default;
        // Most CVs use a few dozen distinct characters, all covered: asking once per distinct character (rather than
        // once per character read) settles that, and the search for positions below runs only when one is missing.
        if (fonts.FindUncovered(DistinctCharacters(read.Printed), style).Count == 0) return warnings;
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in read.Printed)
        {
            foreach (var c in fonts.FindUncovered(text.Text, style))
            {
                var at = text.At(c.Index);
                var total = totals[at.File] = totals.GetValueOrDefault(at.File) + 1;
                if (total > MaxReported) continue;
                var shown = c.CodePoint is >= 0xE000 and <= 0xF8FF or >= 0xF0000 ? "" : $" '{char.ConvertFromUtf32(c.CodePoint)}'";
                warnings.Add(new Diagnostic(Severity.Warning, at,
                    $"{c.Notation}{DiagnosticText.Escape(shown)} is in none of the bundled fonts: the PDF would show an empty box"));
            }
        }
        foreach (var (file, total) in totals.Where(t => t.Value > MaxReported))
            warnings.Add(new Diagnostic(Severity.Warning, new SourceSpan(file, 1, 1),
                $"... and {total - MaxReported} more characters that none of the bundled fonts has"));
        return warnings;
    }

    /// <summary>Every character of the texts, once, in order of first appearance.</summary>
    private static string DistinctCharacters(IReadOnlyList<SourcedText> texts)
    {
        // A bit per Basic Multilingual Plane character (8 KB) answers "seen?" for nearly every character of a CV.
        var seenBasic = new ulong[0x10000 / 64];
        var seenOther = new HashSet<int>();
        var distinct = new System.Text.StringBuilder();
        foreach (var text in texts)
        {
            var line = text.Text;
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

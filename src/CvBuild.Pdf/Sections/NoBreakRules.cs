using System.Text.RegularExpressions;
using CvBuild.Presentation.Document;

namespace CvBuild.Pdf.Sections;

/// <summary>
/// Typographic ties the PDF adds to the document's spans, on top of the spans it marks itself (names, "(virtual)", link
/// labels): a name and the year after it stay on one line ("NeurIPS 2025", "ICML 2024"), and a location's short
/// capitalised last part stays with the part before it ("NJ, USA", "Cupertino, CA, USA" breaks only before "CA, USA").
/// </summary>
internal static partial class NoBreakRules
{
    /// <summary>The spans with the tied pieces split out and marked <see cref="Span.NoBreak"/>; the text is unchanged.</summary>
    public static IEnumerable<Span> Apply(IReadOnlyList<Span> spans)
    {
        foreach (var span in spans)
        {
            // Both ties need a digit or a comma; most spans have neither and skip the pattern.
            if (span.NoBreak || span.Url is not null || span.Text.AsSpan().IndexOfAny(TieHints) < 0)
            {
                yield return span;
                continue;
            }
            var last = 0;
            foreach (Match tie in Ties().Matches(span.Text))
            {
                if (tie.Index > last) yield return span with { Text = span.Text[last..tie.Index] };
                yield return span with { Text = tie.Value, NoBreak = true };
                last = tie.Index + tie.Length;
            }
            if (last == 0) yield return span;
            else if (last < span.Text.Length) yield return span with { Text = span.Text[last..] };
        }
    }

    private static readonly System.Buffers.SearchValues<char> TieHints = System.Buffers.SearchValues.Create(",0123456789");

    // A word and a year after it ("NeurIPS 2025"); a place and a final 2–4 capital abbreviation ("NJ, USA", "Oxford, UK").
    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’.\-]* (?:1[89]|20)\d\d\b|\p{L}[\p{L}.\-]*, \p{Lu}[\p{Lu}.]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ties();
}

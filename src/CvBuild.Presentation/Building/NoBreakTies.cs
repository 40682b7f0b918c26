using System.Buffers;
using System.Text.RegularExpressions;
using CvBuild.Presentation.Document;

namespace CvBuild.Presentation.Building;

/// <summary>
/// Typographic ties (TeX's <c>~</c>), once for every output: a name and the year after it stay on one line ("NeurIPS
/// 2025", "ICML 2024"), and a place's short capitalised last part stays with the part before it ("NJ, USA";
/// "Cupertino, CA, USA" breaks only before "CA, USA"). The builder marks the other unbreakable pieces where it makes
/// them: a person's name, " (virtual)" and the like (<see cref="Span.NoBreak"/>), a link label
/// (<see cref="Span.NoBreakBefore"/>).
/// </summary>
/// <remarks>
/// A tie is a span of its own marked <see cref="Span.NoBreak"/>, not a no-break space in the text: the PDF's text layer,
/// a copy from the HTML page and a screen reader then give the space the CV has, and each renderer keeps the span on
/// one line with its own means (see <see cref="Span.NoBreak"/>).
/// </remarks>
public static partial class NoBreakTies
{
    /// <summary>
    /// The document with the tied pieces of every section line split out into spans marked <see cref="Span.NoBreak"/>;
    /// every line's text is unchanged. Links and spans already kept whole are left as they are; a date with a tie is
    /// kept whole rather than split.
    /// </summary>
    public static PresentationDocument Apply(PresentationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.WithSectionLines(line => Apply(line.Spans) is var spans && ReferenceEquals(spans, line.Spans) ? line : line with { Spans = spans });
    }

    /// <summary>The spans of one line with its ties split out; the same list when it has none.</summary>
    public static IReadOnlyList<Span> Apply(IReadOnlyList<Span> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        List<Span>? result = null;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            // Both ties need a digit or a comma; most spans have neither and skip the pattern.
            var ties = span.NoBreak || span.Url is not null || span.Text.AsSpan().IndexOfAny(TieHints) < 0
                ? null
                : Ties().Matches(span.Text);
            if (ties is not { Count: > 0 })
            {
                result?.Add(span);
                continue;
            }
            result ??= [.. spans.Take(i)];
            // A date is one piece for HTML's <time>; one with a tie in it ("4 déc. 2023") is kept whole instead.
            if (span.Kind == SpanKind.Date)
            {
                result.Add(span with { NoBreak = true });
                continue;
            }
            var last = 0;
            foreach (Match tie in ties)
            {
                if (tie.Index > last) result.Add(span with { Text = span.Text[last..tie.Index] });
                result.Add(span with { Text = tie.Value, NoBreak = true });
                last = tie.Index + tie.Length;
            }
            if (last < span.Text.Length) result.Add(span with { Text = span.Text[last..] });
        }
        return result ?? spans;
    }

    private static readonly SearchValues<char> TieHints = SearchValues.Create(",0123456789");

    // A word and a year after it ("NeurIPS 2025"); a place and a final 2–4 capital abbreviation ("NJ, USA", "Oxford, UK").
    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’.\-]* (?:1[89]|20)\d\d\b|\p{L}[\p{L}.\-]*, \p{Lu}[\p{Lu}.]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ties();
}

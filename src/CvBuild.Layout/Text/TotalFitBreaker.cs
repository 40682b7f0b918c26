namespace CvBuild.Layout.Text;

/// <summary>
/// Knuth and Plass's total-fit line breaking ("Breaking paragraphs into lines", Software—Practice and Experience 11,
/// 1981), over one stretch of text between forced breaks: boxes (the text), glue (the spaces, or for ragged text the
/// right margin) and penalties (<see cref="BreakCandidate"/>). Each feasible line gets a badness from how much its glue
/// must stretch or shrink, 100·r³ as in TeX (see <see cref="Badness"/>); each break's demerits are (line penalty + badness)² plus
/// the penalty squared, plus TeX's \adjdemerits for neighbouring lines of far apart fitness classes, \doublehyphendemerits
/// for two hyphenated lines in a row and \finalhyphendemerits for a hyphen ending the second-last line. One addition to
/// TeX: a single word on the last line (a runt) costs <see cref="RuntDemerits"/>. Looseness is 0: the fewest demerits win.
/// </summary>
/// <remarks>
/// Cost: every candidate is tried against the active breaks no more than a line's width back, so the work is the number
/// of candidates times the candidates a line holds (each with up to four fitness classes).
/// </remarks>
internal static class TotalFitBreaker
{
    /// <summary>TeX's \linepenalty: makes fewer lines better when badness is equal.</summary>
    private const double LinePenalty = 10;

    /// <summary>TeX's \adjdemerits: a very loose line next to a decent or tight one (fitness classes two apart).</summary>
    private const double AdjacentDemerits = 10_000;

    /// <summary>TeX's \doublehyphendemerits.</summary>
    private const double DoubleHyphenDemerits = 10_000;

    /// <summary>TeX's \finalhyphendemerits.</summary>
    private const double FinalHyphenDemerits = 5_000;

    /// <summary>
    /// A single word alone on a stretch's last line, below longer lines: worth about one line set with badness 90
    /// (its spaces stretched by roughly half again), so a word moves down when the lines above can take it decently.
    /// </summary>
    internal const double RuntDemerits = 10_000;

    /// <summary>TeX's cap on badness ("infinitely bad").</summary>
    private const double InfiniteBadness = 10_000;

    private const float Epsilon = 0.001f;

    /// <summary>
    /// Breaks the text from <paramref name="start"/> through candidates [<paramref name="first"/>, <paramref name="last"/>]
    /// (the last one forced) into lines at most <paramref name="width"/> wide; adds the chosen candidates' indices to
    /// <paramref name="breaks"/> in order. Returns false, adding nothing, when no way fits: some piece between two
    /// candidates is wider than the line (the caller then falls back to first fit, which splits it).
    /// </summary>
    /// <remarks>
    /// One pass, with every line that is not overfull feasible (TeX's final pass, \tolerance 10,000): unlike TeX there is
    /// no first pass without hyphenation, since its tolerance would keep a runt that a slightly looser line avoids; the
    /// hyphenation penalty keeps hyphens for lines that need them.
    /// </remarks>
    /// <param name="hyphenate">Whether hyphenation points may be used.</param>
    public static bool TryBreak(ShapedParagraph paragraph, int start, int first, int last, float width, bool hyphenate,
        List<int> breaks)
    {
        var candidates = paragraph.Candidates;
        var count = last - first + 2; // node 0 is the start, node k is candidate first + k - 1
        var demerits = new double[count * 4];
        var previous = new int[count * 4];
        Array.Fill(demerits, double.PositiveInfinity);
        demerits[2] = 0; // the start behaves as a decent line
        var active = new List<int>(16) { 0 };
        // Ragged text (TeX's \raggedright) has fixed spaces and a stretchable right margin; a quarter of the line makes a line
        // short by a quarter about as bad as a runt, so a word moves down when the line above can spare it.
        var raggedStretch = paragraph.Justify ? 0 : Math.Max(3 * paragraph.Em, width / 4);
        for (var k = 1; k < count; k++)
        {
            var candidate = candidates[first + k - 1];
            if (candidate.IsHyphenation && !hyphenate)
            {
                continue;
            }
            var reached = false;
            for (var i = 0; i < active.Count; i++)
            {
                var a = active[i];
                var lineStart = a == 0 ? start : candidates[first + a - 1].Position;
                var lineEnd = candidate.IsHyphenation ? candidate.Position : paragraph.TrimEnd(lineStart, candidate.Position);
                var natural = paragraph.Measure(lineStart, lineEnd);
                var shrink = paragraph.Justify ? paragraph.SpaceShrink(lineStart, lineEnd) : 0;
                if (natural - shrink > width + Epsilon)
                {
                    // Every later line from this break is at least as wide: it can never start a fitting line again.
                    active.RemoveAt(i--);
                    continue;
                }
                var lineWidth = natural + candidate.HyphenWidth;
                if (lineWidth - shrink > width + Epsilon)
                {
                    continue;
                }
                var stretch = paragraph.Justify ? paragraph.SpaceStretch(lineStart, lineEnd) : raggedStretch;
                var (badness, fitness) = Badness(width - lineWidth, stretch, shrink, candidate.Mandatory, paragraph.Em);
                var lineDemerits = (LinePenalty + badness) * (LinePenalty + badness);
                if (!candidate.Mandatory)
                {
                    lineDemerits += candidate.Penalty * (double)candidate.Penalty * Math.Sign(candidate.Penalty);
                }
                var previousFlagged = a != 0 && candidates[first + a - 1].Flagged;
                if (previousFlagged && candidate.Flagged)
                {
                    lineDemerits += DoubleHyphenDemerits;
                }
                if (candidate.Mandatory && previousFlagged)
                {
                    lineDemerits += FinalHyphenDemerits;
                }
                if (candidate.Mandatory && a != 0 && IsSingleWord(paragraph.Text, lineStart, lineEnd))
                {
                    lineDemerits += RuntDemerits;
                }
                for (var f = 0; f < 4; f++)
                {
                    var from = demerits[a * 4 + f];
                    if (double.IsPositiveInfinity(from))
                    {
                        continue;
                    }
                    var total = from + lineDemerits + (Math.Abs(f - fitness) > 1 ? AdjacentDemerits : 0);
                    if (total < demerits[k * 4 + fitness])
                    {
                        demerits[k * 4 + fitness] = total;
                        previous[k * 4 + fitness] = a * 4 + f;
                        reached = true;
                    }
                }
            }
            if (candidate.Mandatory)
            {
                break;
            }
            if (reached)
            {
                active.Add(k);
            }
            else if (active.Count == 0)
            {
                return false;
            }
        }
        var best = -1;
        var end = count - 1;
        for (var f = 0; f < 4; f++)
        {
            if (!double.IsPositiveInfinity(demerits[end * 4 + f]) && (best < 0 || demerits[end * 4 + f] < demerits[best]))
            {
                best = end * 4 + f;
            }
        }
        if (best < 0)
        {
            return false;
        }
        var insertAt = breaks.Count;
        for (var node = best; node / 4 != 0; node = previous[node])
        {
            breaks.Insert(insertAt, first + node / 4 - 1);
        }
        return true;
    }

    /// <summary>
    /// TeX's badness of a line <paramref name="slack"/> points short (negative: too long) with the given glue, and its
    /// fitness class: 0 very loose, 1 loose, 2 decent, 3 tight (The TeXbook, chapter 14). A forced break's line ends
    /// with infinitely stretchable glue (\parfillskip), so it is never loose. Unlike TeX, badness is not capped at 10,000:
    /// when every way needs lines looser than that (narrow justified columns), the least loose still wins, as TeX's
    /// \emergencystretch would arrange. Glue that cannot stretch at all (a line without spaces) counts as a sixth of an
    /// em, so such a line is very bad but comparable.
    /// </summary>
    private static (double Badness, int Fitness) Badness(double slack, double stretch, double shrink, bool last, float em)
    {
        if (slack >= 0)
        {
            if (last || slack <= Epsilon)
            {
                return (0, 2);
            }
            var badness = 100 * Math.Pow(slack / Math.Max(stretch, em / 6), 3);
            return (badness, badness > 99 ? 0 : badness > 12 ? 1 : 2);
        }
        var shrinkBadness = shrink <= 0 ? InfiniteBadness : Math.Min(InfiniteBadness, 100 * Math.Pow(-slack / shrink, 3));
        return (shrinkBadness, shrinkBadness > 12 ? 3 : 2);
    }

    private static bool IsSingleWord(string text, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}

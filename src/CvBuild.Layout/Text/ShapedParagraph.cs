using System.Globalization;
using System.Text;
using CvBuild.Layout.Bidi;
using CvBuild.Layout.Hyphenation;
using CvBuild.Layout.Unicode;

namespace CvBuild.Layout.Text;

/// <summary>
/// A paragraph's text itemised into font runs and shaped once; lines for any width are derived from it.
/// Widths come from shaper advances, accumulated per char so any range is measured in O(1).
/// </summary>
internal sealed class ShapedParagraph
{
    private readonly double[] _prefix;
    // Per-char prefix sums of the spaces' stretch and shrink when justified (TeX's interword glue: a space stretches by
    // half its width and shrinks by a third, the proportions of Computer Modern's).
    private readonly double[] _stretch;
    private readonly double[] _shrink;
    private readonly bool[] _clusterStart;
    private readonly BreakKind[] _breaks;
    private readonly byte[]? _paragraphLevels;
    private readonly float _lineHeight;
    private readonly float _emptySize;
    private readonly FontFace _emptyFace;
    // Break candidates (and hyphenation points) are found on the first request for lines that do not fit on one line:
    // most paragraphs of a CV (a title, a venue) never need them.
    private readonly Func<SortedList<int, Hyphen>> _findHyphens;
    private SortedList<int, Hyphen>? _hyphens;
    private BreakCandidate[]? _candidates;
    private readonly bool _hasForcedBreak;
    // Two widths are asked for in turn (an auto-sized cell's natural width, then its real width); keep both answers.
    private (float Width, List<TextLine> Lines)? _cacheA;
    private (float Width, List<TextLine> Lines)? _cacheB;

    private ShapedParagraph(string text, StyledRun[] runs, byte[]? paragraphLevels, double[] prefix, bool[] clusterStart,
        BreakKind[] breaks, float lineHeight, FontFace emptyFace, float emptySize, ParagraphSettings settings,
        Func<SortedList<int, Hyphen>> findHyphens)
    {
        Justify = settings.Justify;
        Method = settings.Method;
        Em = emptySize;
        Text = text;
        Runs = runs;
        _paragraphLevels = paragraphLevels;
        _prefix = prefix;
        _clusterStart = clusterStart;
        _breaks = breaks;
        _lineHeight = lineHeight;
        _emptyFace = emptyFace;
        _emptySize = emptySize;
        (_stretch, _shrink) = Justify ? SpaceGlue(text, prefix) : ([], []);
        _findHyphens = findHyphens;
        _hasForcedBreak = Array.IndexOf(breaks, BreakKind.Mandatory) < text.Length;
    }

    public string Text { get; }
    public StyledRun[] Runs { get; }

    /// <summary>Whether lines are justified: the spaces' glue may stretch and shrink (else only the right margin stretches).</summary>
    public bool Justify { get; }

    public BreakingMethod Method { get; }

    /// <summary>The paragraph's first font size, in points: the unit of ragged text's right-margin stretch.</summary>
    public float Em { get; }

    /// <summary>Every place a line may end, by position; the last is the paragraph's end.</summary>
    public BreakCandidate[] Candidates => _candidates ??= FindCandidates(Text, _breaks, _clusterStart, _hyphens ??= _findHyphens());

    /// <summary>The hyphen drawn at the end of a line broken at hyphenation point <paramref name="position"/>, if it is one.</summary>
    public Hyphen? HyphenAt(int position) => _hyphens is { } hyphens && hyphens.TryGetValue(position, out var hyphen) ? hyphen : null;

    /// <summary>
    /// True when the text has right-to-left characters (R, AL or right-to-left controls), so its lines may need reordering
    /// for display (UAX #9 rule L2); false means every run is at level 0.
    /// </summary>
    public bool HasRightToLeft => _paragraphLevels is not null;

    /// <summary>
    /// True when the char at <paramref name="index"/> is in a right-to-left paragraph (UAX #9 P2–P3: its first strong
    /// letter is Hebrew, Arabic, …), so its lines start at the right.
    /// </summary>
    public bool IsRightToLeftParagraphAt(int index) =>
        _paragraphLevels is { Length: > 0 } levels && levels[Math.Min(index, levels.Length - 1)] == 1;

    public static ShapedParagraph Create(IReadOnlyList<TextSpan> spans, float lineHeight, FontLibrary fonts,
        ParagraphSettings settings = default, TextDirection direction = TextDirection.Auto)
    {
        var text = new StringBuilder();
        var pieces = new List<(string Text, int Offset, TextSpan Span)>(spans.Count);
        var firstStyle = spans.Count > 0 ? spans[0].Style : TextStyle.Default;
        foreach (var span in spans)
        {
            if (string.IsNullOrEmpty(span.Text))
            {
                continue;
            }
            var normalized = Normalize(span.Text);
            pieces.Add((normalized, text.Length, span));
            text.Append(normalized);
        }
        var s = text.ToString();
        // UAX #9 runs over the whole paragraph (a run's direction depends on its neighbours), before it is cut into runs.
        var isolates = new List<(int Start, int End)>();
        foreach (var (piece, offset, span) in pieces)
        {
            // Spaces at a field's edges separate fields: they stay outside its isolate, at the paragraph's level.
            var trimmed = piece.AsSpan().Trim(' ');
            if (span.Isolate && trimmed.Length > 0)
            {
                var start = offset + piece.AsSpan().Length - piece.AsSpan().TrimStart(' ').Length;
                isolates.Add((start, start + trimmed.Length));
            }
        }
        var levels = BidiText.ResolveLevels(s, isolates, direction, out var paragraphLevels);
        var runs = new List<StyledRun>();
        foreach (var (piece, offset, span) in pieces)
        {
            Itemize(s, piece, offset, span, fonts, levels, runs);
        }
        // prefix[i + 1] first collects char i's advance, then becomes the running sum in place.
        var prefix = new double[s.Length + 1];
        var clusterStart = new bool[s.Length + 1];
        clusterStart[s.Length] = true;
        foreach (var run in runs)
        {
            var shaped = run.Shaped;
            var scale = run.Scale;
            for (var g = 0; g < shaped.Count; g++)
            {
                var c = run.Start + shaped.Clusters[g];
                prefix[c + 1] += shaped.Advances[g] * scale;
                clusterStart[c] = true;
            }
        }
        for (var i = 0; i < s.Length; i++)
        {
            prefix[i + 1] = prefix[i] + prefix[i + 1];
        }
        var breaks = LineBreaker.Analyze(s);
        foreach (var (piece, offset, span) in pieces)
        {
            if (span.NoBreak)
            {
                LineBreaker.KeepTogether(breaks, offset, offset + piece.Length);
            }
            if (span.NoBreakBefore && offset > 0 && breaks[offset] == BreakKind.Allowed)
            {
                breaks[offset] = BreakKind.None;
            }
        }
        var runArray = runs.ToArray();
        var hyphenation = paragraphLevels is null ? settings.Hyphenation : null;
        return new ShapedParagraph(s, runArray, paragraphLevels, prefix, clusterStart, breaks, lineHeight,
            fonts.Resolve(firstStyle), firstStyle.Size, settings,
            () => hyphenation is null ? new SortedList<int, Hyphen>() : FindHyphens(s, pieces, runArray, breaks, clusterStart, hyphenation, fonts));
    }

    public float Measure(int start, int end) => (float)(_prefix[end] - _prefix[start]);

    /// <summary>
    /// Breaks the paragraph into lines no wider than <paramref name="width"/> (a lone cluster may exceed a tiny width):
    /// each stretch between forced breaks by <see cref="TotalFitBreaker"/>, or by first fit when so chosen or when some
    /// piece is wider than the line.
    /// </summary>
    public IReadOnlyList<TextLine> Lines(float width)
    {
        // A node asks for the same width many times (measure, then draw, on each page); keep the last answer.
        if (_cacheA is { } a && a.Width.Equals(width))
        {
            return a.Lines;
        }
        if (_cacheB is { } b && b.Width.Equals(width))
        {
            return b.Lines;
        }
        var lines = new List<TextLine>();
        var n = Text.Length;
        var s = 0;
        var c = 0;
        List<int>? chosen = null;
        if (n > 0 && !_hasForcedBreak && Method == BreakingMethod.TotalFit && Measure(0, TrimEnd(0, n)) <= width + Epsilon)
        {
            lines.Add(MakeLine(0, TrimEnd(0, n), n, true, 0));
            s = n;
        }
        while (s < n)
        {
            while (Candidates[c].Position <= s)
            {
                c++;
            }
            var m = c;
            var hasHyphenation = false;
            while (!Candidates[m].Mandatory)
            {
                hasHyphenation |= Candidates[m].IsHyphenation;
                m++;
            }
            var segmentEnd = Candidates[m].Position;
            var firstFit = Method == BreakingMethod.FirstFit;
            if (!firstFit && Measure(s, TrimEnd(s, segmentEnd)) <= width + Epsilon)
            {
                lines.Add(MakeLine(s, TrimEnd(s, segmentEnd), segmentEnd, true, 0));
                s = segmentEnd;
                continue;
            }
            chosen ??= [];
            chosen.Clear();
            if (!firstFit && TotalFitBreaker.TryBreak(this, s, c, m, width, hasHyphenation, chosen))
            {
                var lineStart = s;
                foreach (var k in chosen)
                {
                    var candidate = Candidates[k];
                    var end = candidate.IsHyphenation ? candidate.Position : TrimEnd(lineStart, candidate.Position);
                    lines.Add(MakeLine(lineStart, end, candidate.Position, candidate.Mandatory, candidate.HyphenWidth));
                    lineStart = candidate.Position;
                }
                s = segmentEnd;
                continue;
            }
            s = FirstFit(s, width, lines);
        }
        _cacheB = _cacheA;
        _cacheA = (width, lines);
        return lines;
    }

    private const float Epsilon = 0.001f;

    /// <summary>First fit from <paramref name="s"/> up to the next forced break; returns where the next line starts.</summary>
    private int FirstFit(int s, float width, List<TextLine> lines)
    {
        var n = Text.Length;
        const float epsilon = Epsilon;
        while (s < n)
        {
            var lastFit = -1;
            for (var j = s + 1; j <= n; j++)
            {
                if (_breaks[j] == BreakKind.None || !_clusterStart[j])
                {
                    // Past the width inside a word: no later opportunity can fit either.
                    if (Measure(s, j) > width + epsilon && !LineBreaker.IsBreakingSpace(Text[j - 1]))
                    {
                        break;
                    }
                    continue;
                }
                var w = Measure(s, TrimEnd(s, j));
                if (w > width + epsilon)
                {
                    break;
                }
                lastFit = j;
                if (_breaks[j] == BreakKind.Mandatory)
                {
                    break;
                }
            }
            int end, next;
            bool endsParagraph;
            if (lastFit < 0)
            {
                // No break opportunity fits: split the word at the last cluster that fits, at least one cluster.
                var k = s + 1;
                while (k < n && !_clusterStart[k])
                {
                    k++;
                }
                var e = k;
                while (e < n)
                {
                    var m = e + 1;
                    while (m < n && !_clusterStart[m])
                    {
                        m++;
                    }
                    if (Measure(s, m) > width + epsilon || Text[e] == '\n')
                    {
                        break;
                    }
                    e = m;
                }
                end = TrimEnd(s, e);
                next = e;
                endsParagraph = false;
            }
            else
            {
                end = TrimEnd(s, lastFit);
                next = lastFit;
                endsParagraph = _breaks[lastFit] == BreakKind.Mandatory;
            }
            lines.Add(MakeLine(s, end, next, endsParagraph, 0));
            s = next;
            if (endsParagraph)
            {
                break;
            }
        }
        return s;
    }

    /// <summary>Where the visible part of a line [start, end) ends: trailing spaces and the newline dropped.</summary>
    public int TrimEnd(int start, int end)
    {
        while (end > start && (Text[end - 1] == '\n' || LineBreaker.IsBreakingSpace(Text[end - 1])))
        {
            end--;
        }
        return end;
    }

    /// <summary>Total stretch of the justified spaces in [start, end), in points.</summary>
    public double SpaceStretch(int start, int end) => _stretch[end] - _stretch[start];

    /// <summary>Total shrink of the justified spaces in [start, end), in points.</summary>
    public double SpaceShrink(int start, int end) => _shrink[end] - _shrink[start];

    private TextLine MakeLine(int start, int end, int next, bool endsParagraph, float hyphenWidth)
    {
        float ascent = 0, descent = 0, size = 0;
        var probeEnd = Math.Max(end, Math.Min(start + 1, Text.Length));
        foreach (var run in Runs)
        {
            if (run.End <= start || run.Start >= probeEnd)
            {
                continue;
            }
            size = Math.Max(size, run.NominalSize);
            ascent = Math.Max(ascent, run.Face.Ascender * run.FontSize + run.Rise);
            descent = Math.Max(descent, run.Face.Descender * run.FontSize - run.Rise);
        }
        if (size == 0)
        {
            size = _emptySize;
            ascent = _emptyFace.Ascender * size;
            descent = _emptyFace.Descender * size;
        }
        var height = Math.Max(size * _lineHeight, 0.01f);
        var baseline = (height - (ascent + descent)) / 2 + ascent;
        return new TextLine(start, end, next, Measure(start, end) + hyphenWidth, height, baseline, endsParagraph, hyphenWidth > 0);
    }

    /// <summary>Per-char prefix sums of the justified spaces' stretch and shrink (see the fields).</summary>
    private static (double[] Stretch, double[] Shrink) SpaceGlue(string text, double[] prefix)
    {
        var stretch = new double[text.Length + 1];
        var shrink = new double[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            var space = text[i] == ' ' ? prefix[i + 1] - prefix[i] : 0;
            stretch[i + 1] = stretch[i] + space / 2;
            shrink[i + 1] = shrink[i] + space / 3;
        }
        return (stretch, shrink);
    }

    /// <summary>
    /// The break opportunities as penalties: none after a space or between ideographs; TeX's \exhyphenpenalty (50,
    /// flagged) after an explicit hyphen or dash; \hyphenpenalty (50, flagged, adds a hyphen) at a hyphenation point.
    /// </summary>
    private static BreakCandidate[] FindCandidates(string text, BreakKind[] breaks, bool[] clusterStart, SortedList<int, Hyphen> hyphens)
    {
        var candidates = new List<BreakCandidate>();
        for (var j = 1; j <= text.Length; j++)
        {
            if (hyphens.TryGetValue(j, out var hyphen))
            {
                candidates.Add(new BreakCandidate(j, false, HyphenPenalty, true, hyphen.Width));
            }
            else if (breaks[j] != BreakKind.None && clusterStart[j])
            {
                var afterHyphen = text[j - 1] is '-' or '\u2010' or '\u2013' or '\u2014';
                candidates.Add(new BreakCandidate(j, breaks[j] == BreakKind.Mandatory, afterHyphen ? HyphenPenalty : 0, afterHyphen, 0));
            }
        }
        return [.. candidates];
    }

    /// <summary>TeX's \hyphenpenalty and \exhyphenpenalty.</summary>
    private const float HyphenPenalty = 50;

    /// <summary>
    /// Hyphenation points (<see cref="Hyphenator"/>) of the plain words: never inside a span kept on one line (a name),
    /// never in a word with digits, '/', ':', '@', '_' or '=' (a URL, DOI, e-mail address or identifier), nor in one with
    /// a capital after its first letter ("NeurIPS", "LaTeX"), nor around an explicit hyphen or apostrophe.
    /// </summary>
    private static SortedList<int, Hyphen> FindHyphens(string text, List<(string Text, int Offset, TextSpan Span)> pieces,
        StyledRun[] runs, BreakKind[] breaks, bool[] clusterStart, Hyphenator hyphenator, FontLibrary fonts)
    {
        var hyphens = new SortedList<int, Hyphen>();
        var shapes = new Dictionary<StyledRun, Hyphen?>();
        var run = 0;
        foreach (var (piece, offset, span) in pieces)
        {
            if (span.NoBreak)
            {
                continue;
            }
            var i = 0;
            while (i < piece.Length)
            {
                while (i < piece.Length && char.IsWhiteSpace(piece[i]))
                {
                    i++;
                }
                var tokenStart = i;
                while (i < piece.Length && !char.IsWhiteSpace(piece[i]))
                {
                    i++;
                }
                var token = piece.AsSpan(tokenStart, i - tokenStart);
                var first = 0;
                var last = token.Length;
                while (first < last && (char.IsPunctuation(token[first]) || char.IsSymbol(token[first])))
                {
                    first++;
                }
                while (last > first && (char.IsPunctuation(token[last - 1]) || char.IsSymbol(token[last - 1])))
                {
                    last--;
                }
                var word = token[first..last];
                if (word.Length < hyphenator.LeftMin + hyphenator.RightMin || !IsPlainWord(word))
                {
                    continue;
                }
                var wordStart = offset + tokenStart + first;
                foreach (var point in hyphenator.Points(word))
                {
                    var position = wordStart + point;
                    if (breaks[position] != BreakKind.None || !clusterStart[position])
                    {
                        continue;
                    }
                    while (runs[run].End < position)
                    {
                        run++;
                    }
                    var owner = runs[run];
                    if (!shapes.TryGetValue(owner, out var hyphen))
                    {
                        var shaped = fonts.Shaper.Shape(owner.Face, "-");
                        hyphen = shaped.Count == 1 && shaped.Glyphs[0] != 0
                            ? new Hyphen(owner, shaped, shaped.Advances[0] * owner.Scale)
                            : null;
                        shapes[owner] = hyphen;
                    }
                    if (hyphen is not null)
                    {
                        hyphens[position] = hyphen;
                    }
                }
            }
        }
        return hyphens;
    }

    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        for (var k = 0; k < word.Length; k++)
        {
            if (!char.IsLetter(word[k]) || (k > 0 && char.IsUpper(word[k])))
            {
                return false;
            }
        }
        return true;
    }

    private static string Normalize(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\t') >= 0)
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ');
        }
        // Lone surrogates would make the UTF-8 text handed to the PDF disagree with our offsets; replace them.
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                text = string.Concat(text.AsSpan(0, i), "\uFFFD", text.AsSpan(i + 1));
            }
        }
        return text;
    }

    /// <summary>
    /// Splits span text into runs by font (the style's font where it has the glyph, else the first fallback that does),
    /// by bidi level and by script (Common and Inherited characters join the run they are in), and for small capitals
    /// by whether the face has the letter's own small capital (a run of smaller capitals stands in where it has not).
    /// </summary>
    private static void Itemize(string paragraph, string text, int offset, TextSpan span, FontLibrary fonts, byte[]? levels, List<StyledRun> runs)
    {
        var style = span.Style;
        var primary = fonts.Resolve(style);
        var fontSize = style.Superscript ? style.Size * TextStyle.SuperscriptScale : style.Size;
        var rise = style.Superscript ? style.Size * TextStyle.SuperscriptRise : 0f;
        FontFace? current = null;
        var runStart = 0;
        var runScript = UnicodeProperties.CommonScript;
        byte runLevel = 0;
        // Small capitals the face lacks are capitals in a smaller run of their own.
        var runCapitals = false;
        for (var i = 0; i < text.Length;)
        {
            var cp = ConvertToUtf32OrReplacement(text, i, out var len);
            FontFace face;
            var staysWithPrevious = current is not null && StaysWithPrevious(cp);
            if (staysWithPrevious)
            {
                face = current!;
            }
            else if (primary.HasGlyph(cp) || cp == '\n' || LineBreaker.IsBreakingSpace((char)Math.Min(cp, 0xFFFF)))
            {
                face = primary;
            }
            else
            {
                face = fonts.FindFallback(cp, style) ?? primary;
            }
            var capitals = staysWithPrevious ? runCapitals
                : style.SmallCaps && CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.LowercaseLetter && !face.HasSmallCap(cp);
            var level = levels is null ? (byte)0 : levels[offset + i];
            var script = UnicodeProperties.Script(cp);
            var scriptChanges = !staysWithPrevious && !UnicodeProperties.IsNeutralScript(script)
                && !UnicodeProperties.IsNeutralScript(runScript) && script != runScript;
            // A mark stays with its base even across a level change (possible only through explicit bidi controls).
            if (current is not null && (face != current || (level != runLevel && !staysWithPrevious) || scriptChanges || capitals != runCapitals))
            {
                runs.Add(MakeRun(paragraph, runStart, i, offset, current, fontSize, rise, span, fonts, runLevel, runScript, runCapitals));
                runStart = i;
                runScript = UnicodeProperties.CommonScript;
            }
            if (UnicodeProperties.IsNeutralScript(runScript))
            {
                runScript = script;
            }
            current = face;
            runCapitals = capitals;
            runLevel = staysWithPrevious ? runLevel : level;
            i += len;
        }
        if (current is not null)
        {
            runs.Add(MakeRun(paragraph, runStart, text.Length, offset, current, fontSize, rise, span, fonts, runLevel, runScript, runCapitals));
        }
    }

    // Shaped with the paragraph around it as context, so joining and contextual forms carry across span boundaries.
    private static StyledRun MakeRun(string paragraph, int start, int end, int offset, FontFace face, float fontSize, float rise,
        TextSpan span, FontLibrary fonts, byte level, int script, bool capitals)
    {
        var letterCase = capitals ? LetterCase.Capitals : span.Style.SmallCaps ? LetterCase.SmallCaps : LetterCase.AsWritten;
        var shaped = fonts.Shaper.Shape(face, paragraph, offset + start, end - start, (level & 1) == 1, script, letterCase);
        if (capitals) fontSize *= TextStyle.SmallCapsScale;
        return new StyledRun(offset + start, offset + end, face, fontSize, rise,
            span.Style.Superscript ? 0f : span.Style.Size, span.Style.Color, span.LinkUri, shaped, level);
    }

    // Marks, joiners and selectors must be shaped with their base character, so they never start a font run.
    private static bool StaysWithPrevious(int cp)
    {
        if (cp is 0x200D or 0x200C or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF))
        {
            return true;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static int ConvertToUtf32OrReplacement(string s, int index, out int length)
    {
        if (char.IsHighSurrogate(s[index]) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(s[index], s[index + 1]);
        }
        length = 1;
        return s[index];
    }
}

using CvBuild.Layout.Unicode;

namespace CvBuild.Layout.Bidi;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9, as published for Unicode 15.0) for one paragraph: paragraph level
/// (P2–P3), explicit embeddings, overrides and isolates (X1–X10), weak types (W1–W7), bracket pairs (N0), neutrals
/// (N1–N2), implicit levels (I1–I2), and per line the reset of trailing whitespace (L1) and reordering (L2).
/// </summary>
/// <remarks>
/// Input is one <see cref="BidiClass"/> per position (a code point, or a UTF-16 unit whose low surrogate the caller
/// marks <see cref="BidiClass.BN"/> so it follows its high surrogate) and, for rule N0, one bracket key per position:
/// 0 for none, +k for an opening bracket whose pair is k, −k for a closing bracket k, k taken after canonical
/// decomposition (BD16). Characters X9 removes (embedding controls, BN) get the level of the character before them.
/// </remarks>
internal static class BidiAlgorithm
{
    /// <summary>The deepest explicit embedding level (BD2).</summary>
    public const int MaxDepth = 125;

    // BD16: the bracket stack holds at most 63 openers.
    private const int MaxBracketDepth = 63;

    /// <summary>
    /// P2–P3: 1 if the first strong character outside isolates is R or AL, else 0. The span must not extend past the
    /// paragraph separator.
    /// </summary>
    public static int ParagraphLevel(ReadOnlySpan<BidiClass> classes)
    {
        var isolates = 0;
        foreach (var c in classes)
        {
            switch (c)
            {
                case BidiClass.L when isolates == 0:
                    return 0;
                case BidiClass.R or BidiClass.AL when isolates == 0:
                    return 1;
                case BidiClass.LRI or BidiClass.RLI or BidiClass.FSI:
                    isolates++;
                    break;
                case BidiClass.PDI when isolates > 0:
                    isolates--;
                    break;
                case BidiClass.B:
                    return 0;
            }
        }
        return 0;
    }

    /// <summary>
    /// Resolves the embedding level of every position of one paragraph (rules X1–I2; L1 is per line, see
    /// <see cref="ResetWhitespaceLevels"/>). <paramref name="paragraphLevel"/> is 0 or 1, or −1 to apply P2–P3.
    /// <paramref name="brackets"/> is empty (no brackets) or as long as <paramref name="classes"/>. Returns the paragraph level.
    /// </summary>
    public static int ResolveLevels(ReadOnlySpan<BidiClass> classes, ReadOnlySpan<int> brackets, int paragraphLevel, Span<byte> levels)
    {
        var n = classes.Length;
        if (paragraphLevel < 0)
        {
            paragraphLevel = ParagraphLevel(classes);
        }
        if (n == 0)
        {
            return paragraphLevel;
        }
        var types = new BidiClass[n];
        var matchingPdi = new int[n];
        var matchedInitiator = new bool[n];
        MatchIsolates(classes, matchingPdi, matchedInitiator);
        ResolveExplicit(classes, matchingPdi, paragraphLevel, types, levels);

        // X9: embedding controls and BN leave the text; X10 works on what remains, in isolating run sequences.
        var kept = new int[n];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            if (!IsRemovedByX9(classes[i]))
            {
                kept[count++] = i;
            }
        }
        if (count > 0)
        {
            // sos and eos compare explicit levels, so sequences read these while they write their resolved levels.
            var explicitLevels = levels.ToArray();
            ResolveSequences(classes, brackets, kept.AsSpan(0, count), matchingPdi, matchedInitiator, paragraphLevel, types,
                explicitLevels, levels);
        }
        var previous = (byte)paragraphLevel;
        for (var i = 0; i < n; i++)
        {
            if (IsRemovedByX9(classes[i]))
            {
                levels[i] = previous;
            }
            previous = levels[i];
        }
        return paragraphLevel;
    }

    /// <summary>
    /// L1 for one line [<paramref name="start"/>, <paramref name="end"/>): segment and paragraph separators, and any
    /// whitespace or isolate controls before them or at the line's end, go back to the paragraph level. Characters X9
    /// removed count as part of such whitespace.
    /// </summary>
    public static void ResetWhitespaceLevels(ReadOnlySpan<BidiClass> classes, Span<byte> levels, int start, int end, int paragraphLevel)
    {
        var trailing = true;
        for (var i = end - 1; i >= start; i--)
        {
            var c = classes[i];
            if (c is BidiClass.S or BidiClass.B)
            {
                levels[i] = (byte)paragraphLevel;
                trailing = true;
            }
            else if (c is BidiClass.WS or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI || IsRemovedByX9(c))
            {
                if (trailing)
                {
                    levels[i] = (byte)paragraphLevel;
                }
            }
            else
            {
                trailing = false;
            }
        }
    }

    /// <summary>
    /// L2: fills <paramref name="order"/> with the positions of [0, levels.Length) from left to right on the line, by
    /// reversing every maximal run at or above each level, from the highest level down to the lowest odd one.
    /// </summary>
    public static void VisualOrder(ReadOnlySpan<byte> levels, Span<int> order)
    {
        var n = levels.Length;
        byte highest = 0, lowestOdd = byte.MaxValue;
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            highest = Math.Max(highest, levels[i]);
            if ((levels[i] & 1) == 1)
            {
                lowestOdd = Math.Min(lowestOdd, levels[i]);
            }
        }
        for (int level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < n;)
            {
                if (levels[order[i]] < level)
                {
                    i++;
                    continue;
                }
                var j = i;
                while (j < n && levels[order[j]] >= level)
                {
                    j++;
                }
                order[i..j].Reverse();
                i = j;
            }
        }
    }

    /// <summary>X9: the characters the rules after X9 do not see.</summary>
    public static bool IsRemovedByX9(BidiClass c) =>
        c is BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO or BidiClass.PDF or BidiClass.BN;

    private static bool IsIsolateInitiator(BidiClass c) => c is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI;

    /// <summary>BD9: each isolate initiator's matching PDI (−1 if none), and which PDIs have an initiator.</summary>
    private static void MatchIsolates(ReadOnlySpan<BidiClass> classes, int[] matchingPdi, bool[] matchedPdi)
    {
        var open = new Stack<int>();
        for (var i = 0; i < classes.Length; i++)
        {
            matchingPdi[i] = -1;
            if (IsIsolateInitiator(classes[i]))
            {
                open.Push(i);
            }
            else if (classes[i] == BidiClass.PDI && open.Count > 0)
            {
                matchingPdi[open.Pop()] = i;
                matchedPdi[i] = true;
            }
        }
    }

    /// <summary>X1–X8: explicit levels and directional overrides, with the directional status stack of X1.</summary>
    private static void ResolveExplicit(ReadOnlySpan<BidiClass> classes, int[] matchingPdi, int paragraphLevel, BidiClass[] types,
        Span<byte> levels)
    {
        Span<byte> stackLevel = stackalloc byte[MaxDepth + 2];
        Span<byte> stackOverride = stackalloc byte[MaxDepth + 2]; // 0 none, 1 L, 2 R
        Span<bool> stackIsolate = stackalloc bool[MaxDepth + 2];
        var depth = 1;
        stackLevel[0] = (byte)paragraphLevel;
        int overflowIsolates = 0, overflowEmbeddings = 0, validIsolates = 0;
        for (var i = 0; i < classes.Length; i++)
        {
            var c = classes[i];
            types[i] = c;
            var top = depth - 1;
            switch (c)
            {
                case BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO:
                    {
                        // X2–X5: the next odd (RLE, RLO) or even (LRE, LRO) level, if it is valid and nothing overflowed.
                        var rtl = c is BidiClass.RLE or BidiClass.RLO;
                        var level = rtl ? (stackLevel[top] + 1) | 1 : (stackLevel[top] + 2) & ~1;
                        levels[i] = stackLevel[top];
                        if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                        {
                            stackLevel[depth] = (byte)level;
                            stackOverride[depth] = c switch { BidiClass.LRO => 1, BidiClass.RLO => 2, _ => 0 };
                            stackIsolate[depth] = false;
                            depth++;
                        }
                        else if (overflowIsolates == 0)
                        {
                            overflowEmbeddings++;
                        }
                        break;
                    }
                case BidiClass.RLI or BidiClass.LRI or BidiClass.FSI:
                    {
                        // X5a–X5c: the initiator itself takes the outer level; FSI looks at its own content (P2–P3).
                        levels[i] = stackLevel[top];
                        ApplyOverride(types, i, stackOverride[top]);
                        var rtl = c == BidiClass.RLI;
                        if (c == BidiClass.FSI)
                        {
                            var end = matchingPdi[i] < 0 ? classes.Length : matchingPdi[i];
                            rtl = ParagraphLevel(classes[(i + 1)..end]) == 1;
                        }
                        var level = rtl ? (stackLevel[top] + 1) | 1 : (stackLevel[top] + 2) & ~1;
                        if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                        {
                            validIsolates++;
                            stackLevel[depth] = (byte)level;
                            stackOverride[depth] = 0;
                            stackIsolate[depth] = true;
                            depth++;
                        }
                        else
                        {
                            overflowIsolates++;
                        }
                        break;
                    }
                case BidiClass.PDI:
                    {
                        // X6a: close the matching isolate and every embedding opened inside it.
                        if (overflowIsolates > 0)
                        {
                            overflowIsolates--;
                        }
                        else if (validIsolates > 0)
                        {
                            overflowEmbeddings = 0;
                            while (!stackIsolate[depth - 1])
                            {
                                depth--;
                            }
                            depth--;
                            validIsolates--;
                        }
                        top = depth - 1;
                        levels[i] = stackLevel[top];
                        ApplyOverride(types, i, stackOverride[top]);
                        break;
                    }
                case BidiClass.PDF:
                    // X7: an embedding is closed only if it was opened inside the current isolate.
                    levels[i] = stackLevel[top];
                    if (overflowIsolates > 0)
                    {
                    }
                    else if (overflowEmbeddings > 0)
                    {
                        overflowEmbeddings--;
                    }
                    else if (!stackIsolate[top] && depth >= 2)
                    {
                        depth--;
                    }
                    break;
                case BidiClass.B:
                    // X8: a paragraph separator ends every embedding and takes the paragraph level.
                    levels[i] = (byte)paragraphLevel;
                    break;
                case BidiClass.BN:
                    levels[i] = stackLevel[top];
                    break;
                default:
                    // X6.
                    levels[i] = stackLevel[top];
                    ApplyOverride(types, i, stackOverride[top]);
                    break;
            }
        }
    }

    private static void ApplyOverride(BidiClass[] types, int i, byte direction)
    {
        if (direction != 0)
        {
            types[i] = direction == 1 ? BidiClass.L : BidiClass.R;
        }
    }

    /// <summary>X10: splits the kept positions into isolating run sequences (BD13) and resolves each.</summary>
    private static void ResolveSequences(ReadOnlySpan<BidiClass> classes, ReadOnlySpan<int> brackets, ReadOnlySpan<int> kept,
        int[] matchingPdi, bool[] matchedPdi, int paragraphLevel, BidiClass[] types, byte[] explicitLevels, Span<byte> levels)
    {
        // Level runs (BD7) as [runStart[r], runStart[r + 1]) in kept; runOf maps a text position to its run when it starts one.
        var runStarts = new List<int>();
        for (var k = 0; k < kept.Length; k++)
        {
            if (k == 0 || explicitLevels[kept[k]] != explicitLevels[kept[k - 1]])
            {
                runStarts.Add(k);
            }
        }
        runStarts.Add(kept.Length);
        var runCount = runStarts.Count - 1;
        var runStartingAt = new Dictionary<int, int>();
        for (var r = 0; r < runCount; r++)
        {
            runStartingAt[kept[runStarts[r]]] = r;
        }

        var sequence = new List<int>();
        for (var r = 0; r < runCount; r++)
        {
            var first = kept[runStarts[r]];
            if (classes[first] == BidiClass.PDI && matchedPdi[first])
            {
                // Continues the sequence of its isolate initiator, already resolved.
                continue;
            }
            sequence.Clear();
            var run = r;
            while (true)
            {
                for (var k = runStarts[run]; k < runStarts[run + 1]; k++)
                {
                    sequence.Add(kept[k]);
                }
                var last = sequence[^1];
                if (!IsIsolateInitiator(classes[last]) || matchingPdi[last] < 0
                    || !runStartingAt.TryGetValue(matchingPdi[last], out run))
                {
                    break;
                }
            }
            ResolveSequence(classes, brackets, sequence, kept, paragraphLevel, types, explicitLevels, levels);
        }
    }

    private static void ResolveSequence(ReadOnlySpan<BidiClass> classes, ReadOnlySpan<int> brackets, List<int> sequence,
        ReadOnlySpan<int> kept, int paragraphLevel, BidiClass[] types, byte[] explicitLevels, Span<byte> levels)
    {
        var n = sequence.Count;
        var first = sequence[0];
        var last = sequence[n - 1];
        var level = explicitLevels[first];

        // sos and eos: the higher of this level and the adjacent kept character's (or the paragraph's) level.
        var before = PreviousKept(kept, first);
        var after = IsIsolateInitiator(classes[last]) ? -1 : NextKept(kept, last);
        var sos = (Math.Max(level, before < 0 ? paragraphLevel : explicitLevels[before]) & 1) == 1 ? BidiClass.R : BidiClass.L;
        var eos = (Math.Max(level, after < 0 ? paragraphLevel : explicitLevels[after]) & 1) == 1 ? BidiClass.R : BidiClass.L;

        var t = new BidiClass[n];
        for (var k = 0; k < n; k++)
        {
            t[k] = types[sequence[k]];
        }

        ResolveWeak(t, sos);
        if (!brackets.IsEmpty)
        {
            ResolveBrackets(classes, brackets, sequence, t, level, sos);
        }
        ResolveNeutrals(t, sos, eos, level);

        // I1–I2.
        for (var k = 0; k < n; k++)
        {
            var i = sequence[k];
            var c = t[k];
            if ((level & 1) == 0)
            {
                levels[i] = (byte)(level + (c == BidiClass.R ? 1 : c is BidiClass.AN or BidiClass.EN ? 2 : 0));
            }
            else
            {
                levels[i] = (byte)(level + (c is BidiClass.L or BidiClass.EN or BidiClass.AN ? 1 : 0));
            }
            types[i] = c;
        }
    }

    private static int PreviousKept(ReadOnlySpan<int> kept, int position)
    {
        var k = kept.BinarySearch(position);
        return k > 0 ? kept[k - 1] : -1;
    }

    private static int NextKept(ReadOnlySpan<int> kept, int position)
    {
        var k = kept.BinarySearch(position);
        return k + 1 < kept.Length ? kept[k + 1] : -1;
    }

    /// <summary>W1–W7 on one isolating run sequence.</summary>
    private static void ResolveWeak(BidiClass[] t, BidiClass sos)
    {
        var n = t.Length;
        // W1: a mark takes the type of what it follows (ON after an isolate control).
        for (var k = 0; k < n; k++)
        {
            if (t[k] == BidiClass.NSM)
            {
                t[k] = k == 0 ? sos : t[k - 1] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI ? BidiClass.ON : t[k - 1];
            }
        }
        // W2: European digits after Arabic letters are Arabic numbers. W3: AL is R.
        var strong = sos;
        for (var k = 0; k < n; k++)
        {
            var c = t[k];
            if (c is BidiClass.L or BidiClass.R or BidiClass.AL)
            {
                strong = c;
            }
            else if (c == BidiClass.EN && strong == BidiClass.AL)
            {
                t[k] = BidiClass.AN;
            }
        }
        for (var k = 0; k < n; k++)
        {
            if (t[k] == BidiClass.AL)
            {
                t[k] = BidiClass.R;
            }
        }
        // W4: one separator between two numbers of the same kind joins them.
        for (var k = 1; k < n - 1; k++)
        {
            if (t[k] == BidiClass.ES && t[k - 1] == BidiClass.EN && t[k + 1] == BidiClass.EN)
            {
                t[k] = BidiClass.EN;
            }
            else if (t[k] == BidiClass.CS && t[k - 1] == t[k + 1] && t[k - 1] is BidiClass.EN or BidiClass.AN)
            {
                t[k] = t[k - 1];
            }
        }
        // W5: terminators next to European numbers become European numbers.
        for (var k = 0; k < n; k++)
        {
            if (t[k] != BidiClass.ET)
            {
                continue;
            }
            var end = k;
            while (end < n && t[end] == BidiClass.ET)
            {
                end++;
            }
            if ((k > 0 && t[k - 1] == BidiClass.EN) || (end < n && t[end] == BidiClass.EN))
            {
                t.AsSpan(k, end - k).Fill(BidiClass.EN);
            }
            k = end - 1;
        }
        // W6: remaining separators and terminators are neutral. W7: European numbers in left-to-right context are L.
        strong = sos;
        for (var k = 0; k < n; k++)
        {
            var c = t[k];
            if (c is BidiClass.ES or BidiClass.ET or BidiClass.CS)
            {
                t[k] = BidiClass.ON;
            }
            else if (c is BidiClass.L or BidiClass.R)
            {
                strong = c;
            }
            else if (c == BidiClass.EN && strong == BidiClass.L)
            {
                t[k] = BidiClass.L;
            }
        }
    }

    /// <summary>N0 with BD16: bracket pairs take the direction of their content or context.</summary>
    private static void ResolveBrackets(ReadOnlySpan<BidiClass> classes, ReadOnlySpan<int> brackets, List<int> sequence, BidiClass[] t,
        int level, BidiClass sos)
    {
        var pairs = FindBracketPairs(brackets, sequence, t);
        if (pairs.Count == 0)
        {
            return;
        }
        var embedding = (level & 1) == 1 ? BidiClass.R : BidiClass.L;
        var opposite = embedding == BidiClass.L ? BidiClass.R : BidiClass.L;
        foreach (var (open, close) in pairs)
        {
            var foundEmbedding = false;
            var foundOpposite = false;
            for (var k = open + 1; k < close && !foundEmbedding; k++)
            {
                var s = StrongOf(t[k]);
                foundEmbedding = s == embedding;
                foundOpposite |= s == opposite;
            }
            BidiClass resolved;
            if (foundEmbedding)
            {
                resolved = embedding;
            }
            else if (foundOpposite)
            {
                var context = sos;
                for (var k = open - 1; k >= 0; k--)
                {
                    var s = StrongOf(t[k]);
                    if (s != BidiClass.ON)
                    {
                        context = s;
                        break;
                    }
                }
                resolved = context == opposite ? opposite : embedding;
            }
            else
            {
                continue;
            }
            t[open] = resolved;
            t[close] = resolved;
            // Marks that followed a bracket (original NSM, made ON by W1) follow its new direction.
            for (var k = open + 1; k < t.Length && classes[sequence[k]] == BidiClass.NSM; k++)
            {
                t[k] = resolved;
            }
            for (var k = close + 1; k < t.Length && classes[sequence[k]] == BidiClass.NSM; k++)
            {
                t[k] = resolved;
            }
        }
    }

    /// <summary>The strong direction a type counts as inside N0 (EN and AN count as R); ON when it has none.</summary>
    private static BidiClass StrongOf(BidiClass c) => c switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.AL or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => BidiClass.ON,
    };

    /// <summary>BD16: bracket pairs (indices into the sequence), sorted by opening bracket.</summary>
    private static List<(int Open, int Close)> FindBracketPairs(ReadOnlySpan<int> brackets, List<int> sequence, BidiClass[] t)
    {
        var pairs = new List<(int Open, int Close)>();
        Span<int> stackKey = stackalloc int[MaxBracketDepth];
        Span<int> stackPosition = stackalloc int[MaxBracketDepth];
        var depth = 0;
        for (var k = 0; k < sequence.Count; k++)
        {
            var key = brackets[sequence[k]];
            // Only characters still ON are brackets (an override may have made them strong).
            if (key == 0 || t[k] != BidiClass.ON)
            {
                continue;
            }
            if (key > 0)
            {
                if (depth == MaxBracketDepth)
                {
                    break;
                }
                stackKey[depth] = key;
                stackPosition[depth] = k;
                depth++;
                continue;
            }
            for (var d = depth - 1; d >= 0; d--)
            {
                if (stackKey[d] == -key)
                {
                    pairs.Add((stackPosition[d], k));
                    depth = d;
                    break;
                }
            }
        }
        pairs.Sort(static (a, b) => a.Open.CompareTo(b.Open));
        return pairs;
    }

    /// <summary>N1–N2: neutrals between the same direction take it, the rest take the embedding direction.</summary>
    private static void ResolveNeutrals(BidiClass[] t, BidiClass sos, BidiClass eos, int level)
    {
        var n = t.Length;
        var embedding = (level & 1) == 1 ? BidiClass.R : BidiClass.L;
        for (var k = 0; k < n; k++)
        {
            if (!IsNeutral(t[k]))
            {
                continue;
            }
            var end = k;
            while (end < n && IsNeutral(t[end]))
            {
                end++;
            }
            var leading = k == 0 ? sos : StrongOf(t[k - 1]);
            var trailing = end == n ? eos : StrongOf(t[end]);
            var resolved = leading == trailing ? leading : embedding;
            t.AsSpan(k, end - k).Fill(resolved);
            k = end - 1;
        }
    }

    private static bool IsNeutral(BidiClass c) =>
        c is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI;
}

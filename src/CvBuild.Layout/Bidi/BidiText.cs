using System.Runtime.CompilerServices;
using CvBuild.Layout.Unicode;

namespace CvBuild.Layout.Bidi;

/// <summary>
/// UAX #9 over UTF-16 text as the layout engine holds it: one level per char, each paragraph (ended by a Bidi_Class B
/// character, rule P1) resolved on its own with its level found by P2–P3.
/// </summary>
internal static class BidiText
{
    // Below the Hebrew block no character is R or AL, and the explicit right-to-left controls sit at U+202B and up.
    private const char FirstRightToLeft = '\u0590';

    /// <summary>
    /// Embedding levels (rules P1–I2) per char of <paramref name="text"/>, or null when every char resolves to an even
    /// level, so the text reads left to right as stored (no R, AL, RLE, RLO, RLI or FSI character: AN and EN alone only
    /// ever reach even levels). A low surrogate gets its high surrogate's level. <paramref name="paragraphLevels"/> gets
    /// each char's paragraph level (0 or 1), or null with the result.
    /// </summary>
    public static byte[]? ResolveLevels(string text, out byte[]? paragraphLevels) =>
        ResolveLevels(text, [], TextDirection.Auto, out paragraphLevels);

    /// <summary>
    /// As <see cref="ResolveLevels(string, out byte[])"/>, with each range of <paramref name="isolates"/> (char
    /// indices, end exclusive, ascending and disjoint) resolved as if between FSI and PDI (X5c), and the paragraph level
    /// given by <paramref name="direction"/> instead of P2–P3 unless it is <see cref="TextDirection.Auto"/> (HL1).
    /// </summary>
    public static byte[]? ResolveLevels(string text, IReadOnlyList<(int Start, int End)> isolates, TextDirection direction,
        out byte[]? paragraphLevels)
    {
        paragraphLevels = null;
        if (direction != TextDirection.RightToLeft && !HasRightToLeft(text))
        {
            return null;
        }
        var n = text.Length;
        // The isolate controls are virtual: they get a class here and no char in the text, so shaping, the text layer
        // and line breaking never see them.
        var total = n + 2 * isolates.Count;
        var classes = new BidiClass[total];
        var brackets = new int[total];
        var position = new int[n];
        var next = 0;
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            if (k < isolates.Count && isolates[k].End == i)
            {
                classes[next++] = BidiClass.PDI;
                k++;
            }
            if (k < isolates.Count && isolates[k].Start == i)
            {
                classes[next++] = BidiClass.FSI;
            }
            position[i] = next;
            var c = text[i];
            if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                // X9 removes BN, and removed characters take the level of the character before them.
                classes[next++] = BidiClass.BN;
                continue;
            }
            var cp = char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(c, text[i + 1]) : c;
            classes[next] = UnicodeProperties.BidiClass(cp);
            brackets[next++] = BracketKey(cp);
        }
        if (k < isolates.Count)
        {
            classes[next++] = BidiClass.PDI;
        }
        total = next;
        var extended = new byte[total];
        var extendedParagraph = new byte[total];
        var forced = direction switch { TextDirection.LeftToRight => 0, TextDirection.RightToLeft => 1, _ => -1 };
        var start = 0;
        for (var i = 0; i < total; i++)
        {
            if (classes[i] == BidiClass.B || i == total - 1)
            {
                var end = i + 1;
                var level = BidiAlgorithm.ResolveLevels(classes.AsSpan(start, end - start), brackets.AsSpan(start, end - start), forced,
                    extended.AsSpan(start, end - start));
                extendedParagraph.AsSpan(start, end - start).Fill((byte)level);
                start = end;
            }
        }
        var levels = new byte[n];
        paragraphLevels = new byte[n];
        for (var i = 0; i < n; i++)
        {
            levels[i] = extended[position[i]];
            paragraphLevels[i] = extendedParagraph[position[i]];
        }
        return levels;
    }

    /// <summary>
    /// The key rule N0 pairs brackets by (BD16): +k for an opening bracket whose closing pair is k, −k for a closing
    /// bracket k, both after canonical decomposition (U+2329 pairs with U+3009); 0 for other characters.
    /// </summary>
    public static int BracketKey(int cp) => UnicodeProperties.BracketType(cp) switch
    {
        BracketType.Open => UnicodeTables.CanonicalBracket(UnicodeProperties.PairedBracket(cp)),
        BracketType.Close => -UnicodeTables.CanonicalBracket(cp),
        _ => 0,
    };

    // Runs over every paragraph, almost always Latin: compile it optimised at once rather than through tier 0.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasRightToLeft(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < FirstRightToLeft)
            {
                continue;
            }
            var cp = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(c, text[++i]) : c;
            if (UnicodeProperties.BidiClass(cp) is BidiClass.R or BidiClass.AL or BidiClass.RLE or BidiClass.RLO or BidiClass.RLI
                or BidiClass.FSI)
            {
                return true;
            }
        }
        return false;
    }
}

using System.Runtime.CompilerServices;
using CvBuild.Layout.Text;
using CvBuild.Layout.Unicode;
using static CvBuild.Layout.Unicode.LineBreakClass;

namespace CvBuild.Layout.LineBreaking;

/// <summary>
/// The default line-breaking algorithm of UAX #14 (as published for Unicode 15.0): rules LB2–LB31 over Line_Break classes
/// already resolved by LB1 (see generate-tables.py), with numbers broken by the regular expression of section 8.2,
/// example 7 (the form LB25 recommends and LineBreakTest.txt assumes). No tailoring: <see cref="LineBreaker"/> adds those.
/// </summary>
internal static class LineBreakRules
{
    /// <summary>
    /// Break opportunities of a text given as code points: result[i] is the break before code point i (result[0] is
    /// never a break, LB2; result[n] is mandatory, LB3). The result must hold n + 1 entries.
    /// </summary>
    // Runs for every paragraph of a one-shot process: compile it optimised at once rather than through tier 0.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Analyze(ReadOnlySpan<int> codePoints, Span<BreakKind> result)
    {
        var n = codePoints.Length;
        if (n == 0)
        {
            result[0] = BreakKind.Mandatory;
            return;
        }
        var raw = new LineBreakClass[n];
        // LB9/LB10: a combining mark or ZWJ after X is treated as X ("effective" class, base = X's index); a mark that
        // cannot attach is AL.
        var effective = new LineBreakClass[n];
        var baseOf = new int[n];
        var attached = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var c = UnicodeProperties.LineBreak(codePoints[i]);
            raw[i] = c;
            if (c is CM or ZWJ && i > 0 && effective[i - 1] is not (BK or CR or LF or NL or SP or ZW))
            {
                effective[i] = effective[i - 1];
                baseOf[i] = baseOf[i - 1];
                attached[i] = true;
            }
            else
            {
                effective[i] = c is CM or ZWJ ? AL : c;
                baseOf[i] = i;
            }
        }

        result[0] = BreakKind.None;
        result[n] = BreakKind.Mandatory;
        var beforeSpaces = -1; // last position before i whose effective class is not SP
        var number = false; // LB25: the run of NU, SY, IS ending before i starts with NU
        var numberBeforeClose = false; // LB25: ... and is followed by one CL or CP
        var regionalIndicators = 0; // LB30a: RI clusters in the run ending before i
        for (var i = 1; i < n; i++)
        {
            var prev = i - 1;
            if (effective[prev] != SP)
            {
                beforeSpaces = prev;
            }
            var a = effective[prev];
            if (a is NU or SY or IS)
            {
                number = a == NU || number;
                numberBeforeClose = false;
            }
            else
            {
                numberBeforeClose = a is CL or CP && !attached[prev] ? number : a is CL or CP && numberBeforeClose;
                number = false;
            }
            if (a == RI)
            {
                regionalIndicators = attached[prev] ? regionalIndicators : regionalIndicators + 1;
            }
            else
            {
                regionalIndicators = 0;
            }
            result[i] = Between(codePoints, raw, effective, baseOf, attached, i, beforeSpaces, number, numberBeforeClose,
                regionalIndicators);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BreakKind Between(ReadOnlySpan<int> codePoints, LineBreakClass[] raw, LineBreakClass[] effective, int[] baseOf,
        bool[] attached, int i, int beforeSpaces, bool number, bool numberBeforeClose, int regionalIndicators)
    {
        var a = effective[i - 1];
        var b = effective[i];
        // The most common pair, letter after letter, ends at LB28 (no rule before it can apply to AL and HL): shortcut.
        if (a is AL or HL && b is AL or HL)
        {
            return BreakKind.None;
        }
        var rawA = raw[i - 1];
        var rawB = raw[i];
        // LB4, LB5: hard line breaks; CR LF is one.
        if (rawA == BK || (rawA == CR && rawB != LF) || rawA is LF or NL)
        {
            return BreakKind.Mandatory;
        }
        // LB5, LB6: never before a hard break. LB7: never before spaces or ZW.
        if (rawB is BK or CR or LF or NL or SP or ZW)
        {
            return BreakKind.None;
        }
        var x = beforeSpaces >= 0 ? effective[beforeSpaces] : SP;
        // LB8: after ZW and any spaces following it.
        if (x == ZW)
        {
            return BreakKind.Allowed;
        }
        // LB8a: never after ZWJ. LB9: a mark stays with its base.
        if (rawA == ZWJ || attached[i])
        {
            return BreakKind.None;
        }
        return a switch
        {
            // LB11: around WJ; LB12: after GL; LB12a: before GL except after spaces and hyphens.
            _ when a == WJ || b == WJ || a == GL || (b == GL && a is not (SP or BA or HY)) => BreakKind.None,
            // LB13: before closing punctuation, '!', infix separators and '/'.
            _ when b is CL or CP or EX or IS or SY => BreakKind.None,
            // LB14–LB17: after an opening, and the quote/closing/B2 pairs, even with spaces between.
            _ when x == OP || (x == QU && b == OP) || (x is CL or CP && b == NS) || (x == B2 && b == B2) => BreakKind.None,
            // LB18: after spaces.
            SP => BreakKind.Allowed,
            // LB19: around quotation marks; LB20: around CB.
            _ when a == QU || b == QU => BreakKind.None,
            _ when a == CB || b == CB => BreakKind.Allowed,
            // LB21: before BA, HY, NS and after BB; LB21a: after a Hebrew letter's hyphen; LB21b: '/' before Hebrew.
            _ when b is BA or HY or NS || a == BB => BreakKind.None,
            HY or BA when baseOf[i - 1] > 0 && effective[baseOf[i - 1] - 1] == HL => BreakKind.None,
            SY when b == HL => BreakKind.None,
            // LB22: before IN.
            _ when b == IN => BreakKind.None,
            _ => Numbers(codePoints, effective, attached, baseOf, i, a, b, number, numberBeforeClose, regionalIndicators),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BreakKind Numbers(ReadOnlySpan<int> codePoints, LineBreakClass[] effective, bool[] attached, int[] baseOf, int i,
        LineBreakClass a, LineBreakClass b, bool number, bool numberBeforeClose, int regionalIndicators)
    {
        // LB23: letters and digits; LB23a: prefixes and postfixes with ideographs and emoji; LB24: with letters.
        if ((a is AL or HL && b == NU) || (a == NU && b is AL or HL)
            || (a == PR && b is ID or EB or EM) || (a is ID or EB or EM && b == PO)
            || (a is PR or PO && b is AL or HL) || (a is AL or HL && b is PR or PO))
        {
            return BreakKind.None;
        }
        // LB25 (example 7): (PR|PO) × (OP|HY)? NU; (OP|HY) × NU; NU × (NU|SY|IS);
        // NU (NU|SY|IS)* × (NU|SY|IS|CL|CP); NU (NU|SY|IS)* (CL|CP)? × (PO|PR).
        if ((a is PR or PO && (b == NU || (b is OP or HY && NextCluster(effective, attached, i) == NU)))
            || (a is OP or HY && b == NU)
            || (number && b is NU or SY or IS or CL or CP)
            || ((number || numberBeforeClose) && b is PO or PR))
        {
            return BreakKind.None;
        }
        // LB26, LB27: Korean syllable blocks.
        if ((a == JL && b is JL or JV or H2 or H3) || (a is JV or H2 && b is JV or JT) || (a is JT or H3 && b == JT)
            || (a is JL or JV or JT or H2 or H3 && b == PO) || (a == PR && b is JL or JV or JT or H2 or H3))
        {
            return BreakKind.None;
        }
        // LB28: letters; LB29: infix separator before letters.
        if ((a is AL or HL && b is AL or HL) || (a == IS && b is AL or HL))
        {
            return BreakKind.None;
        }
        // LB30: letters and digits with parentheses that are not East Asian wide.
        if ((a is AL or HL or NU && b == OP && !UnicodeProperties.IsEastAsianWide(codePoints[i]))
            || (a == CP && !UnicodeProperties.IsEastAsianWide(codePoints[baseOf[i - 1]]) && b is AL or HL or NU))
        {
            return BreakKind.None;
        }
        // LB30a: regional indicators pair up into flags.
        if (a == RI && b == RI && regionalIndicators % 2 == 1)
        {
            return BreakKind.None;
        }
        // LB30b: an emoji modifier stays with its base (or with an unassigned pictographic code point).
        if (b == EM && (a == EB || UnicodeProperties.IsUnassignedPictographic(codePoints[baseOf[i - 1]])))
        {
            return BreakKind.None;
        }
        // LB31.
        return BreakKind.Allowed;
    }

    private static LineBreakClass NextCluster(LineBreakClass[] effective, bool[] attached, int i)
    {
        var j = i + 1;
        while (j < effective.Length && attached[j])
        {
            j++;
        }
        return j < effective.Length ? effective[j] : BK;
    }
}

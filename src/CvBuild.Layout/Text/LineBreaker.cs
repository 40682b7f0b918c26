using System.Runtime.CompilerServices;
using CvBuild.Layout.LineBreaking;

namespace CvBuild.Layout.Text;

internal enum BreakKind : byte
{
    None,
    Allowed,
    Mandatory,
}

/// <summary>
/// Line-break opportunities of a paragraph: the default UAX #14 algorithm (<see cref="LineBreakRules"/>) with two
/// tailorings for cvbuild's texts: URLs (below) and spans kept on one line (<see cref="KeepTogether"/>).
/// </summary>
/// <remarks>
/// Tailoring (UAX #14 section 8 allows it): inside a URL-like word (one containing "://" or starting with "www."),
/// a line may also break after '/', '?', '&amp;', '=', '#', '_', '.' and '-' unless a '/' follows, so a long link
/// wraps at a path piece; "//" is never split and no hyphen is ever added. The default rules alone would keep
/// "example.org" together (LB29) and "/2024" together (LB25), leaving long links unbreakable.
/// Everything else is UAX #14 as published: no break inside a name joined by no-break spaces (LB12, GL), before closing
/// punctuation (LB13), after opening punctuation (LB14), inside "12-15" (LB25); breaks after spaces (LB18), after
/// hyphens and dashes before letters (LB31), between ideographs (LB31).
/// </remarks>
internal static class LineBreaker
{
    /// <summary>Result[i] says whether a line may start at char index i (length is text.Length + 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BreakKind[] Analyze(string text)
    {
        var result = AnalyzeDefault(text);
        AddUrlBreaks(text, result);
        return result;
    }

    /// <summary>The default UAX #14 opportunities alone, without tailoring, indexed like <see cref="Analyze"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BreakKind[] AnalyzeDefault(string text)
    {
        var n = text.Length;
        var result = new BreakKind[n + 1];
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            // One code point per char (nearly every paragraph): the rules write straight into the result.
            var chars = System.Buffers.ArrayPool<int>.Shared.Rent(n);
            for (var i = 0; i < n; i++)
            {
                chars[i] = text[i];
            }
            LineBreakRules.Analyze(chars.AsSpan(0, n), result);
            System.Buffers.ArrayPool<int>.Shared.Return(chars);
            result[n] = BreakKind.Mandatory;
            return result;
        }
        var codePoints = new int[n];
        var starts = new int[n];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            starts[count] = i;
            if (char.IsHighSurrogate(text[i]) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                codePoints[count++] = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else
            {
                codePoints[count++] = text[i];
            }
        }
        var breaks = new BreakKind[count + 1];
        LineBreakRules.Analyze(codePoints.AsSpan(0, count), breaks);
        for (var k = 0; k < count; k++)
        {
            result[starts[k]] = breaks[k];
        }
        result[n] = BreakKind.Mandatory;
        return result;
    }

    /// <summary>
    /// Tailoring for spans that must stay on one line (<see cref="TextSpan.NoBreak"/>): drops the allowed breaks strictly
    /// inside [<paramref name="start"/>, <paramref name="end"/>); mandatory ones (a newline) stay.
    /// </summary>
    public static void KeepTogether(BreakKind[] breaks, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (breaks[i] == BreakKind.Allowed)
            {
                breaks[i] = BreakKind.None;
            }
        }
    }

    /// <summary>The tailoring described on the class: extra opportunities inside URL-like words.</summary>
    private static void AddUrlBreaks(string text, BreakKind[] result)
    {
        if (!text.Contains("://", StringComparison.Ordinal) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                continue;
            }
            var word = text.AsSpan(start, i - start);
            if (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                for (var j = start + 1; j < i; j++)
                {
                    if (result[j] == BreakKind.None && IsUrlBreakAfter(text[j - 1], text[j]) && !char.IsLowSurrogate(text[j]))
                    {
                        result[j] = BreakKind.Allowed;
                    }
                }
            }
            start = i + 1;
        }
    }

    // Breaking after these inside a URL keeps each line a readable path piece; "//" is never split.
    private static bool IsUrlBreakAfter(char prev, char cur) =>
        (prev is '/' && cur != '/') || prev is '?' or '&' or '=' or '#' or '_' or '.' or '-' && cur != '/';

    /// <summary>Spaces a line may end on (they are trimmed from its visible end): UAX #14 SP and the breaking BA spaces.</summary>
    internal static bool IsBreakingSpace(char c) => c is ' ' or '\t' or '\u1680' or (>= '\u2000' and <= '\u200A' and not '\u2007') or '\u205F' or '\u3000';
}

using System.Globalization;

namespace CvBuild.Layout.Text;

internal enum BreakKind : byte
{
    None,
    Allowed,
    Mandatory,
}

/// <summary>
/// Finds line-break opportunities with a practical subset of UAX #14: after spaces, after hyphens and dashes,
/// between CJK ideographs, after '/' and similar inside URLs, and at newlines; never before closing punctuation,
/// after opening punctuation, inside a surrogate pair or before a combining mark.
/// </summary>
internal static class LineBreaker
{
    /// <summary>Result[i] says whether a line may start at char index i (length is text.Length + 1).</summary>
    public static BreakKind[] Analyze(string text)
    {
        var n = text.Length;
        var result = new BreakKind[n + 1];
        result[n] = BreakKind.Mandatory;
        var urlMask = FindUrlWords(text);
        for (var i = 1; i < n; i++)
        {
            result[i] = Classify(text, i, urlMask);
        }
        return result;
    }

    private static BreakKind Classify(string text, int i, bool[]? urlMask)
    {
        var prev = text[i - 1];
        var cur = text[i];
        if (prev == '\n')
        {
            return BreakKind.Mandatory;
        }
        if (char.IsLowSurrogate(cur) || IsCombining(text, i) || cur == '\u200D' || prev == '\u200D' || cur == '\n')
        {
            return BreakKind.None;
        }
        if (IsClosing(cur) || IsOpening(prev) || prev == '\u00A0' || cur == '\u00A0' || prev == '\u2060' || cur == '\u2060'
            || prev == '\u202F' || cur == '\u202F')
        {
            return BreakKind.None;
        }
        if (IsBreakingSpace(prev))
        {
            return IsBreakingSpace(cur) ? BreakKind.None : BreakKind.Allowed;
        }
        if (IsBreakingSpace(cur))
        {
            return BreakKind.None;
        }
        if (prev == '\u200B' || prev == '\u00AD')
        {
            return BreakKind.Allowed;
        }
        if (prev is '\u2010' or '\u2013' or '\u2014' or '-' && IsWordChar(cur) && i >= 2 && IsWordChar(text[i - 2]))
        {
            return BreakKind.Allowed;
        }
        if (cur == '\u2014' && IsWordChar(prev))
        {
            return BreakKind.Allowed;
        }
        if (IsIdeographic(text, i) || IsIdeographic(text, i - 1))
        {
            return BreakKind.Allowed;
        }
        if (urlMask is not null && urlMask[i] && urlMask[i - 1] && IsUrlBreakAfter(prev, cur))
        {
            return BreakKind.Allowed;
        }
        return BreakKind.None;
    }

    // Breaking after these inside a URL keeps each line a readable path piece; "//" is never split.
    private static bool IsUrlBreakAfter(char prev, char cur) =>
        (prev is '/' && cur != '/') || prev is '?' or '&' or '=' or '#' or '_' or '.' or '-' && cur != '/';

    /// <summary>Marks chars that belong to a URL-like word (contains "://" or starts with "www."); null if none.</summary>
    private static bool[]? FindUrlWords(string text)
    {
        if (!text.Contains("://", StringComparison.Ordinal) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var mask = new bool[text.Length];
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]))
            {
                var word = text.AsSpan(start, i - start);
                if (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                {
                    mask.AsSpan(start, i - start).Fill(true);
                }
                start = i + 1;
            }
        }
        return mask;
    }

    internal static bool IsBreakingSpace(char c) => c is ' ' or '\t' or '\u1680' or (>= '\u2000' and <= '\u200A' and not '\u2007') or '\u205F' or '\u3000';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsClosing(char c) => c is ')' or ']' or '}' or ',' or '.' or ';' or ':' or '!' or '?' or '%'
        or '\u00BB' or '\u201D' or '\u2019' or '\u203A' or '\u3001' or '\u3002' or '\uFF0C' or '\uFF0E' or '\uFF09'
        or '\u300D' or '\u300F' or '\u3011' or '\u3009' or '\u300B' or '\uFF01' or '\uFF1F' or '\uFF1A' or '\uFF1B'
        or '\u30FC' or '\u3005';

    private static bool IsOpening(char c) => c is '(' or '[' or '{' or '\u00AB' or '\u201C' or '\u2018' or '\u2039'
        or '\u300C' or '\u300E' or '\u3010' or '\u3008' or '\u300A' or '\uFF08';

    private static bool IsCombining(string text, int i)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            || text[i] is >= '\uFE00' and <= '\uFE0F';
    }

    private static bool IsIdeographic(string text, int i)
    {
        var c = text[i];
        if (char.IsLowSurrogate(c) && i > 0)
        {
            c = text[--i];
        }
        if (char.IsHighSurrogate(c))
        {
            // Supplementary ideographic planes (CJK extension B and later) start at U+20000.
            return i + 1 < text.Length && char.ConvertToUtf32(c, text[i + 1]) is >= 0x20000 and < 0x40000;
        }
        return c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\uFF01' and <= '\uFF60');
    }
}

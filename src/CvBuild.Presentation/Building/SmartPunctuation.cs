using System.Text;
using System.Text.RegularExpressions;
using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Building;

/// <summary>
/// The quotation marks and apostrophe of a language, as its locale file gives them (<c>punctuation.*</c> ids;
/// the forms follow the CLDR delimiters of each language: “…” ‘…’ in English, „…“ ‚…‘ in German, «&#8239;…&#8239;»
/// in French with a narrow no-break space inside).
/// </summary>
public sealed record QuoteMarks(string Open, string Close, string InnerOpen, string InnerClose, string Apostrophe)
{
    /// <summary>The marks of a locale table.</summary>
    public static QuoteMarks Of(PresentationStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return new(strings["punctuation.quote_open"], strings["punctuation.quote_close"],
            strings["punctuation.inner_quote_open"], strings["punctuation.inner_quote_close"], strings["punctuation.apostrophe"]);
    }
}

/// <summary>
/// Typewriter punctuation made typographic, as a typesetter would: a straight double quote becomes the language's
/// opening or closing quotation mark, a straight single quote its inner quotation mark or an apostrophe
/// ("dean's" -> "dean’s"), <c>---</c> an em dash and <c>--</c> an en dash (TeX's ligatures).
/// Text that must stay as typed is left alone: web addresses, DOIs, e-mail addresses, command-line options
/// (<c>--since</c>), text between backticks, and whole spans the caller marks as protected (identifiers).
/// Idempotent: the output holds no straight quote or double hyphen outside protected text.
/// </summary>
public static partial class SmartPunctuation
{
    /// <summary>
    /// The pieces' text made typographic as one run: a quote opened in one piece may close in another.
    /// Protected pieces are returned unchanged.
    /// </summary>
    /// <returns>One string per piece, in order.</returns>
    public static IReadOnlyList<string> Apply(IReadOnlyList<(string Text, bool Protected)> pieces, QuoteMarks marks)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentNullException.ThrowIfNull(marks);
        if (!MayChange(pieces.Select(p => p.Text)))
            return [.. pieces.Select(p => p.Text)];
        var text = string.Concat(pieces.Select(p => p.Text));
        var kept = new bool[text.Length];
        var owner = new int[text.Length];
        var at = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            for (var j = 0; j < pieces[i].Text.Length; j++)
            {
                owner[at + j] = i;
                kept[at + j] = pieces[i].Protected;
            }
            at += pieces[i].Text.Length;
        }
        foreach (Match m in AsTyped().Matches(text))
        {
            var length = m.Groups["url"].Success ? TrimTrailing(m.Value) : m.Length;
            for (var j = m.Index; j < m.Index + length; j++) kept[j] = true;
        }

        var outputs = pieces.Select(_ => new StringBuilder()).ToArray();
        var innerOpen = false;
        // A quotation inside one the text (or a locale string such as the talk title's “{0}”) already opened
        // takes the inner marks: “Deep ‘nets’”. Only countable where opening and closing marks differ.
        var (openMark, closeMark) = (marks.Open.Trim(), marks.Close.Trim());
        var countable = openMark.Length == 1 && closeMark.Length == 1 && openMark != closeMark;
        var typographicDepth = 0;
        var straightOpened = new Stack<bool>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var output = outputs[owner[i]];
            if (countable && !kept[i] && c == openMark[0]) typographicDepth++;
            else if (countable && !kept[i] && c == closeMark[0] && typographicDepth > 0) typographicDepth--;
            if (kept[i] || c is not ('"' or '\'' or '-'))
            {
                output.Append(c);
                continue;
            }
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            var afterKept = i + 1 < text.Length && kept[i + 1];
            switch (c)
            {
                case '-' when after == '-' && !afterKept:
                    var em = i + 2 < text.Length && text[i + 2] == '-' && !kept[i + 2];
                    output.Append(em ? '\u2014' : '\u2013');
                    i += em ? 2 : 1;
                    break;
                case '-':
                    output.Append(c);
                    break;
                case '"' when Opens(before, after):
                    var inner = typographicDepth > 0 || straightOpened.Count % 2 == 1;
                    straightOpened.Push(inner);
                    output.Append(inner ? marks.InnerOpen : marks.Open);
                    break;
                case '"':
                    output.Append(straightOpened.Count > 0 && straightOpened.Pop() ? marks.InnerClose : marks.Close);
                    break;
                default:
                    if (IsWord(before) && IsWord(after)) output.Append(marks.Apostrophe);
                    else if (Opens(before, after) && !char.IsDigit(after))
                    {
                        output.Append(marks.InnerOpen);
                        innerOpen = true;
                    }
                    else if (!Opens(before, after) && innerOpen && !IsWhiteSpace(before))
                    {
                        output.Append(marks.InnerClose);
                        innerOpen = false;
                    }
                    else output.Append(marks.Apostrophe); // "students'", "'90s"
                    break;
            }
        }
        return [.. outputs.Select(o => o.ToString())];
    }

    /// <summary>
    /// False when the texts, read as one run, hold no straight quote, apostrophe or "--": the only things that ever
    /// change. Most lines have none, and for them neither the run nor the pattern below (addresses, DOIs, code) is built.
    /// </summary>
    private static bool MayChange(IEnumerable<string> texts)
    {
        var endsWithHyphen = false;
        foreach (var text in texts)
        {
            if (text.Length == 0) continue;
            if (text.AsSpan().IndexOfAny('"', '\'') >= 0 || text.Contains("--", StringComparison.Ordinal) || (endsWithHyphen && text[0] == '-'))
                return true;
            endsWithHyphen = text[^1] == '-';
        }
        return false;
    }

    /// <summary>One string made typographic (nothing in it protected but what <see cref="SmartPunctuation"/> always keeps).</summary>
    public static string Apply(string text, QuoteMarks marks) => Apply([(text, false)], marks)[0];

    /// <summary>A quote opens after a space, an opening bracket, a dash or another opening mark, before a non-space.</summary>
    private static bool Opens(char before, char after) =>
        (IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2013' or '\u2014' or '-' or '/' || IsOpeningPunctuation(before))
        && !IsWhiteSpace(after);

    private static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c);

    private static bool IsOpeningPunctuation(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OpenPunctuation or System.Globalization.UnicodeCategory.InitialQuotePunctuation;

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>A web address ends before the sentence's punctuation that follows it ("see https://x.org/a.").</summary>
    private static int TrimTrailing(string url)
    {
        var end = url.Length;
        while (end > 1 && url[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'') end--;
        return end;
    }

    // Text kept as typed: web addresses (ending at any quotation mark, straight or typographic, so that the same
    // text is kept on a second pass), DOIs (Crossref's "10.<registrant>/<suffix>"), e-mail addresses,
    // text between backticks, and command-line options written at the start of a word ("--since 2020").
    // Source-generated: it runs over every line that has a quote or "--" (the interpreter cost a sixth of a large CV's time).
    [GeneratedRegex("""(?<url>\b(?:https?|ftp)://[^\s<>"“”‘’«»„‚「」『』]+|\bwww\.[^\s<>"“”‘’«»„‚「」『』]+|\b10\.\d{4,9}/[^\s<>"“”‘’«»„‚「」『』]+)|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|`[^`]*`|(?<!\S)--[A-Za-z][\w-]*""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AsTyped();
}

using System.Text;
using CvBuild.Core.Model;

namespace CvBuild.BibTeX.Import;

/// <summary>
/// Turns a BibTeX field value (LaTeX) into the plain Unicode text a CV holds: accent macros in all their
/// spellings ({\"u}, \"{u}, \"u, \c{c}, {\ss}, \aa, {\'\i}) become letters, escaped specials become the
/// characters, -- and --- become dashes, ~ a space, and braces used for case protection disappear.
/// Commands it does not know are kept as written, so nothing is lost silently. Simple math becomes Unicode
/// (<see cref="TexMath"/>); other math is kept as written and reported. Groups and arguments nest at most
/// <see cref="MaxDepth"/> deep: below that the rest of the value is kept as written and reported, so no
/// input can exhaust the stack.
/// </summary>
internal sealed class LatexDecoder
{
    /// <summary>Real .bib files nest a handful of levels; 200 leaves room and keeps the stack small.</summary>
    public const int MaxDepth = 200;

    private readonly List<string>? _problems;
    private int _depth;

    private LatexDecoder(List<string>? problems) => _problems = problems;

    private static readonly Dictionary<char, char> SymbolAccents = new()
    {
        ['`'] = '\u0300', ['\''] = '\u0301', ['^'] = '\u0302', ['~'] = '\u0303', ['='] = '\u0304', ['.'] = '\u0307', ['"'] = '\u0308',
    };

    private static readonly Dictionary<string, char> LetterAccents = new(StringComparer.Ordinal)
    {
        ["u"] = '\u0306', ["r"] = '\u030A', ["H"] = '\u030B', ["v"] = '\u030C', ["c"] = '\u0327', ["k"] = '\u0328',
        ["d"] = '\u0323', ["b"] = '\u0331', ["t"] = '\u0361',
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å",
        ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dj"] = "đ", ["DJ"] = "Đ", ["ng"] = "ŋ",
        ["NG"] = "Ŋ", ["th"] = "þ", ["TH"] = "Þ",
        ["textbraceleft"] = "{", ["textbraceright"] = "}", ["textbackslash"] = "\\", ["textasciitilde"] = "~",
        ["textasciicircum"] = "^", ["textendash"] = "\u2013", ["textemdash"] = "\u2014", ["ldots"] = "\u2026",
        ["dots"] = "\u2026", ["textellipsis"] = "\u2026", ["S"] = "§", ["P"] = "¶", ["copyright"] = "©",
        ["textregistered"] = "®", ["texttrademark"] = "™", ["textdegree"] = "°", ["pounds"] = "£", ["texteuro"] = "€",
        ["guillemotleft"] = "«", ["guillemotright"] = "»", ["textbullet"] = "•", ["textperiodcentered"] = "·",
        ["textquoteleft"] = "\u2018", ["textquoteright"] = "\u2019", ["textquotedblleft"] = "\u201C",
        ["textquotedblright"] = "\u201D", ["textunderscore"] = "_", ["textdollar"] = "$", ["textpercent"] = "%",
        ["textampersand"] = "&", ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">", ["LaTeX"] = "LaTeX",
        ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["slash"] = "/",
    };

    /// <summary>Commands whose one argument is the text: formatting that a plain CV string cannot keep.</summary>
    private static readonly HashSet<string> PassThrough = new(StringComparer.Ordinal)
    {
        "emph", "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "textup", "textsl", "textnormal",
        "mbox", "hbox", "text", "NoCaseChange", "MakeUppercase", "uppercase", "ensuremath",
        "mathrm", "mathit", "mathbf", "protect",
    };

    /// <summary>The plain text of a LaTeX value.</summary>
    public static string Decode(string latex) => Decode(latex, null);

    /// <summary>
    /// The plain text of a LaTeX value; what is kept as written (math that is not simple, nesting deeper
    /// than <see cref="MaxDepth"/>) is described in <paramref name="problems"/>.
    /// </summary>
    public static string Decode(string latex, List<string>? problems)
    {
        var sb = new StringBuilder(latex.Length);
        var i = 0;
        new LatexDecoder(problems).DecodeInto(latex, ref i, sb, stopAtBrace: false);
        return Normalize(sb.ToString());
    }

    /// <summary>
    /// The text of a url or doi field, or of \url{...}: verbatim, except that a backslash before one of
    /// % # &amp; _ $ ~ is dropped, as hyperref's \url and biber's verbatim fields do.
    /// </summary>
    public static string Verbatim(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length && value[i + 1] is '%' or '#' or '&' or '_' or '$' or '~') continue;
            sb.Append(value[i]);
        }
        return sb.ToString().Trim();
    }

    /// <summary>True (and the rest of the value kept as written) when one more level would pass the budget.</summary>
    private bool TooDeep(string s, ref int i, StringBuilder sb)
    {
        if (_depth < MaxDepth) return false;
        _problems?.Add($"groups and commands nest deeper than {MaxDepth} levels at character {i + 1}; the rest is kept as written");
        sb.Append(s, i, s.Length - i);
        i = s.Length;
        return true;
    }

    /// <summary>Runs of whitespace become one space, the ends are trimmed, accented letters are composed.</summary>
    private static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return LatinAccents.ComposeAll(sb.ToString());
    }

    private void DecodeInto(string s, ref int i, StringBuilder sb, bool stopAtBrace)
    {
        while (i < s.Length)
        {
            var c = s[i];
            switch (c)
            {
                case '{':
                    if (TooDeep(s, ref i, sb)) return;
                    i++;
                    _depth++;
                    DecodeInto(s, ref i, sb, stopAtBrace: true);
                    _depth--;
                    continue;
                case '}':
                    i++;
                    if (stopAtBrace) return;
                    continue;
                case '\\':
                    Command(s, ref i, sb);
                    continue;
                case '~':
                    sb.Append(' ');
                    i++;
                    continue;
                case '$':
                    Math(s, ref i, sb);
                    continue;
                case '-':
                    var n = Run(s, i, '-');
                    sb.Append(n switch { 2 => "\u2013", 3 => "\u2014", _ => new string('-', n) });
                    i += n;
                    continue;
                case '`' when At(s, i + 1) == '`':
                    sb.Append('\u201C');
                    i += 2;
                    continue;
                case '\'' when At(s, i + 1) == '\'':
                    sb.Append('\u201D');
                    i += 2;
                    continue;
                case '?' or '!' when At(s, i + 1) == '`':
                    sb.Append(c == '?' ? '¿' : '¡');
                    i += 2;
                    continue;
                default:
                    sb.Append(c);
                    i++;
                    continue;
            }
        }
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static int Run(string s, int i, char c)
    {
        var n = 0;
        while (i + n < s.Length && s[i + n] == c) n++;
        return n;
    }

    private void Command(string s, ref int i, StringBuilder sb)
    {
        i++; // the backslash
        if (i >= s.Length) { sb.Append('\\'); return; }
        var c = s[i];
        if (!char.IsAsciiLetter(c))
        {
            i++;
            if (SymbolAccents.TryGetValue(c, out var mark)) { Accent(s, ref i, sb, mark); return; }
            switch (c)
            {
                case '&' or '%' or '$' or '#' or '_' or '{' or '}': sb.Append(c); return;
                case '\\' or ',' or ';' or ':' or ' ' or '\n': sb.Append(' '); return;
                case '-' or '/' or '@': return; // hyphenation hint, italic correction, spacing hint
                default: sb.Append('\\').Append(c); return;
            }
        }
        var start = i;
        while (i < s.Length && char.IsAsciiLetter(s[i])) i++;
        var name = s[start..i];
        // TeX drops the spaces after a control word; "\ss x" is "ßx".
        var afterName = i;
        while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\r') i++;
        if (LetterAccents.TryGetValue(name, out var letterMark)) { Accent(s, ref i, sb, letterMark); return; }
        if (Symbols.TryGetValue(name, out var symbol)
            || LatexCharacters.Decodings.TryGetValue($"\\{name}{{}}", out symbol)
            || LatexCharacters.Decodings.TryGetValue($"{{\\{name}}}", out symbol))
        {
            sb.Append(symbol);
            SkipEmptyGroup(s, ref i);
            return;
        }
        if (name is "url" or "nolinkurl" && i < s.Length && s[i] == '{' && RawGroup(s, ref i) is { } address)
        {
            sb.Append(Verbatim(address));
            return;
        }
        if (name is "textsubscript" or "textsuperscript" && i < s.Length && s[i] == '{')
        {
            var at = i;
            if (RawGroup(s, ref i) is { } raw && LatexCharacters.Decodings.TryGetValue($"\\{name}{{{raw}}}", out var scripted))
            {
                sb.Append(scripted);
                return;
            }
            i = at;
            sb.Append(Argument(s, ref i));
            return;
        }
        if (name == "href")
        {
            Argument(s, ref i); // the address; the text is what a reader sees
            sb.Append(Argument(s, ref i));
            return;
        }
        if (PassThrough.Contains(name))
        {
            sb.Append(Argument(s, ref i));
            return;
        }
        // Unknown: kept as written, with its braced argument, so the user sees exactly what was there.
        i = afterName;
        sb.Append('\\').Append(name);
        if (i < s.Length && s[i] == '{')
        {
            var depth = 0;
            var group = i;
            do
            {
                if (s[i] == '{') depth++;
                else if (s[i] == '}') depth--;
                i++;
            } while (i < s.Length && depth > 0);
            sb.Append(s, group, i - group);
        }
    }

    /// <summary>The text of a {group} as written (braces balanced), or null when it does not close.</summary>
    private static string? RawGroup(string s, ref int i)
    {
        var depth = 0;
        for (var j = i; j < s.Length; j++)
        {
            if (s[j] == '{') depth++;
            else if (s[j] == '}' && --depth == 0)
            {
                var text = s[(i + 1)..j];
                i = j + 1;
                return text;
            }
        }
        return null;
    }

    private static void SkipEmptyGroup(string s, ref int i)
    {
        if (i + 1 < s.Length && s[i] == '{' && s[i + 1] == '}') i += 2;
    }

    /// <summary>The decoded argument of a command: a {group}, a \command, or one character.</summary>
    private string Argument(string s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        if (i >= s.Length) return "";
        var sb = new StringBuilder();
        if (TooDeep(s, ref i, sb)) return sb.ToString();
        _depth++;
        if (s[i] == '{')
        {
            i++;
            DecodeInto(s, ref i, sb, stopAtBrace: true);
        }
        else if (s[i] == '\\') Command(s, ref i, sb);
        else sb.Append(s[i++]);
        _depth--;
        return sb.ToString();
    }

    private void Accent(string s, ref int i, StringBuilder sb, char mark)
    {
        var arg = Argument(s, ref i);
        if (arg.Length == 0) { sb.Append(mark); return; }
        // The dotless i and j under an accent are plain i and j once the accent is a combining mark.
        var first = arg[0] switch { 'ı' => 'i', 'ȷ' => 'j', var f => f };
        sb.Append(LatinAccents.Compose(first, mark) is { } composed ? composed.ToString() : first.ToString() + mark).Append(arg, 1, arg.Length - 1);
    }

    /// <summary>Simple math ($\alpha$, $O(n^2)$, $\mathcal{O}$) becomes Unicode; anything else is kept as written and reported.</summary>
    private void Math(string s, ref int i, StringBuilder sb)
    {
        var end = s.IndexOf('$', i + 1);
        if (end < 0) { sb.Append('$'); i++; return; }
        var formula = s[i..(end + 1)];
        if (TexMath.ToUnicode(s[(i + 1)..end]) is { } text) sb.Append(text);
        else
        {
            sb.Append(formula);
            _problems?.Add($"math '{formula}' is kept as written (only sub- and superscripts, Greek letters, common operators and \\mathcal convert to Unicode)");
        }
        i = end + 1;
    }
}

using System.Text;

namespace CvBuild.BibTeX.Import;

/// <summary>
/// Turns a BibTeX field value (LaTeX) into the plain Unicode text a CV holds: accent macros in all their
/// spellings ({\"u}, \"{u}, \"u, \c{c}, {\ss}, \aa, {\'\i}) become letters, escaped specials become the
/// characters, -- and --- become dashes, ~ a space, and braces used for case protection disappear.
/// Commands it does not know are kept as written, so nothing is lost silently.
/// </summary>
internal static class LatexDecoder
{
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
        ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["slash"] = "/", ["textemdash"] = "\u2014",
    };

    /// <summary>Commands whose one argument is the text: formatting that a plain CV string cannot keep.</summary>
    private static readonly HashSet<string> PassThrough = new(StringComparer.Ordinal)
    {
        "emph", "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "textup", "textsl", "textnormal",
        "mbox", "hbox", "text", "url", "NoCaseChange", "MakeUppercase", "uppercase", "ensuremath", "textsuperscript",
        "mathrm", "mathit", "mathbf", "nolinkurl", "protect",
    };

    private static readonly Dictionary<string, string> MathSymbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["zeta"] = "ζ",
        ["eta"] = "η", ["theta"] = "θ", ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν",
        ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["varsigma"] = "ς", ["sigma"] = "σ", ["tau"] = "τ", ["upsilon"] = "υ",
        ["phi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["times"] = "×", ["pm"] = "±", ["leq"] = "≤",
        ["geq"] = "≥", ["infty"] = "∞", ["rightarrow"] = "→",
    };

    public static string Decode(string latex)
    {
        var sb = new StringBuilder(latex.Length);
        var i = 0;
        DecodeInto(latex, ref i, sb, stopAtBrace: false);
        return Normalize(sb.ToString());
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

    private static void DecodeInto(string s, ref int i, StringBuilder sb, bool stopAtBrace)
    {
        while (i < s.Length)
        {
            var c = s[i];
            switch (c)
            {
                case '{':
                    i++;
                    DecodeInto(s, ref i, sb, stopAtBrace: true);
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

    private static void Command(string s, ref int i, StringBuilder sb)
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
        if (Symbols.TryGetValue(name, out var symbol))
        {
            sb.Append(symbol);
            SkipEmptyGroup(s, ref i);
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

    private static void SkipEmptyGroup(string s, ref int i)
    {
        if (i + 1 < s.Length && s[i] == '{' && s[i + 1] == '}') i += 2;
    }

    /// <summary>The decoded argument of a command: a {group}, a \command, or one character.</summary>
    private static string Argument(string s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        if (i >= s.Length) return "";
        var sb = new StringBuilder();
        if (s[i] == '{')
        {
            i++;
            DecodeInto(s, ref i, sb, stopAtBrace: true);
        }
        else if (s[i] == '\\') Command(s, ref i, sb);
        else sb.Append(s[i++]);
        return sb.ToString();
    }

    private static void Accent(string s, ref int i, StringBuilder sb, char mark)
    {
        var arg = Argument(s, ref i);
        if (arg.Length == 0) { sb.Append(mark); return; }
        // The dotless i and j under an accent are plain i and j once the accent is a combining mark.
        var first = arg[0] switch { 'ı' => 'i', 'ȷ' => 'j', var f => f };
        sb.Append(LatinAccents.Compose(first, mark) is { } composed ? composed.ToString() : first.ToString() + mark).Append(arg, 1, arg.Length - 1);
    }

    /// <summary>Simple math ($\alpha$, $-$, $\times$) becomes the character; anything else is kept as written.</summary>
    private static void Math(string s, ref int i, StringBuilder sb)
    {
        var end = s.IndexOf('$', i + 1);
        if (end < 0) { sb.Append('$'); i++; return; }
        var body = s[(i + 1)..end].Trim();
        if (body == "-") sb.Append('\u2212');
        else if (body.StartsWith('\\') && MathSymbols.TryGetValue(body[1..], out var m)) sb.Append(m);
        else sb.Append(s, i, end - i + 1);
        i = end + 1;
    }
}

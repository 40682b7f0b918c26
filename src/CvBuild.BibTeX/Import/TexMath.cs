using System.Text;
using CvBuild.Core.Model;

namespace CvBuild.BibTeX.Import;

/// <summary>
/// Converts the simple TeX math that titles carry ($\alpha$-stable, $O(n^2)$, CO$_2$, $\mathcal{O}(1)$,
/// $\ell_p$) into Unicode text: letters, digits and punctuation as they are, Greek letters and the
/// operators of <see cref="LatexCharacters"/>, sub- and superscripts that Unicode has characters for,
/// \mathcal and \mathbb capitals, and \mathrm/\text words. Anything else (\frac, a subscript letter
/// Unicode lacks, an unknown command) makes the whole formula come back as null, so the caller keeps
/// it as written and says so.
/// </summary>
internal static class TexMath
{
    private static readonly Dictionary<char, char> Superscripts = Pairs(
        "0123456789+-=()niabcdefghjklmoprstuvwxyzABDEGHIJKLMNOPRTUVW",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ");

    private static readonly Dictionary<char, char> Subscripts = Pairs(
        "0123456789+-=()aeoxhklmnpstiruvjβγρφχ", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢᵣᵤᵥⱼᵦᵧᵨᵩᵪ");

    // Script capitals: most are in the Mathematical Alphanumeric Symbols block; eight were encoded earlier.
    private const string ScriptHoles = "B\u212CE\u2130F\u2131H\u210BI\u2110L\u2112M\u2133R\u211B";
    private const string DoubleStruckHoles = "C\u2102H\u210DN\u2115P\u2119Q\u211AR\u211DZ\u2124";

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal)
    {
        "log", "ln", "exp", "sin", "cos", "tan", "max", "min", "sup", "inf", "lim", "det", "dim", "ker", "arg", "deg", "Pr", "gcd",
    };

    private static readonly Dictionary<string, char> Marks = new(StringComparer.Ordinal)
    {
        ["hat"] = '\u0302', ["tilde"] = '\u0303', ["bar"] = '\u0304', ["dot"] = '\u0307', ["ddot"] = '\u0308', ["vec"] = '\u20D7',
    };

    /// <summary>The Unicode text of a formula's body (without the dollars), or null when it is not simple.</summary>
    public static string? ToUnicode(string body)
    {
        var sb = new StringBuilder(body.Length);
        var i = 0;
        return Convert(body, ref i, sb, top: true) ? sb.ToString() : null;
    }

    private static bool Convert(string s, ref int i, StringBuilder sb, bool top)
    {
        while (i < s.Length)
        {
            var c = s[i];
            switch (c)
            {
                case ' ' or '\t' or '\n' or '\r' or '~': i++; continue;
                case '}': if (top) return false; i++; return true;
                case '{':
                    // A group nests once only: titles' formulas are flat, and this keeps the converter bounded.
                    if (!top) return false;
                    i++;
                    if (!Convert(s, ref i, sb, top: false)) return false;
                    continue;
                case '_' or '^':
                    i++;
                    if (Script(s, ref i, c == '^' ? Superscripts : Subscripts) is not { } scripted) return false;
                    sb.Append(scripted);
                    continue;
                case '-': sb.Append('\u2212'); i++; continue;
                case '\'': sb.Append('\u2032'); i++; continue;
                case '\\':
                    if (!Command(s, ref i, sb)) return false;
                    continue;
                case '&' or '#' or '%' or '$': return false;
                default:
                    if (c >= 0x80 && !char.IsLetter(c)) return false;
                    sb.Append(c);
                    i++;
                    continue;
            }
        }
        return top;
    }

    /// <summary>The argument of _ or ^ (one character, a command or a {group}) as sub- or superscript characters.</summary>
    private static string? Script(string s, ref int i, Dictionary<char, char> table)
    {
        var arg = Argument(s, ref i);
        if (arg is null) return null;
        if (table == Superscripts && arg is "\u2032" or "\u2032\u2032" or "*") return arg; // x^\prime, x^{*}
        var sb = new StringBuilder(arg.Length);
        foreach (var ch in arg)
        {
            var key = ch == '\u2212' ? '-' : ch;
            if (!table.TryGetValue(key, out var mapped)) return null;
            sb.Append(mapped);
        }
        return sb.ToString();
    }

    /// <summary>A command's argument converted: a {group}, a \command or one character; null when not simple.</summary>
    private static string? Argument(string s, ref int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
        if (i >= s.Length) return null;
        var sb = new StringBuilder();
        if (s[i] == '{')
        {
            var end = s.IndexOf('}', i + 1);
            if (end < 0 || s.IndexOf('{', i + 1, end - i - 1) >= 0) return null;
            var inner = s[(i + 1)..end];
            var j = 0;
            if (!Convert(inner, ref j, sb, top: true)) return null;
            i = end + 1;
        }
        else if (s[i] == '\\')
        {
            if (!Command(s, ref i, sb)) return null;
        }
        else if (s[i] is '}' or '_' or '^') return null;
        else sb.Append(s[i++] switch { '-' => '\u2212', var ch => ch });
        return sb.ToString();
    }

    private static bool Command(string s, ref int i, StringBuilder sb)
    {
        i++; // the backslash
        if (i >= s.Length) return false;
        if (!char.IsAsciiLetter(s[i]))
        {
            var symbol = s[i++];
            switch (symbol)
            {
                case ',' or ';' or ':' or '!' or ' ': return true; // math spacing
                case '{' or '}' or '%' or '&' or '#' or '$' or '_': sb.Append(symbol); return true;
                case '|': sb.Append('\u2016'); return true;
                default: return false;
            }
        }
        var start = i;
        while (i < s.Length && char.IsAsciiLetter(s[i])) i++;
        var name = s[start..i];
        if (LatexCharacters.Decodings.TryGetValue($"$\\{name}$", out var symbolText)) { sb.Append(symbolText); return true; }
        switch (name)
        {
            case "left" or "right" or "big" or "Big" or "bigl" or "bigr" or "Bigl" or "Bigr" or "displaystyle" or "textstyle":
                return true;
            case "quad" or "qquad": sb.Append(' '); return true;
            case "ldots" or "dots": sb.Append('\u2026'); return true;
            case "to": sb.Append('\u2192'); return true;
            case "le": sb.Append('\u2264'); return true;
            case "ge": sb.Append('\u2265'); return true;
            case "ne": sb.Append('\u2260'); return true;
            case "varepsilon": sb.Append('\u03B5'); return true;
            case "varphi": sb.Append('\u03C6'); return true;
            case "prime": sb.Append('\u2032'); return true;
            case "mathcal" or "mathscr": return Alphabet(s, ref i, sb, 0x1D49C, ScriptHoles);
            case "mathbb": return Alphabet(s, ref i, sb, 0x1D538, DoubleStruckHoles);
            case "mathrm" or "text" or "textrm" or "mathit" or "mathbf" or "textit" or "textbf" or "operatorname" or "mathsf" or "mathtt" or "boldsymbol":
                if (Argument(s, ref i) is not { } word) return false;
                sb.Append(word);
                return true;
            case "sqrt":
                if (Argument(s, ref i) is not { Length: > 0 } radicand) return false;
                sb.Append('\u221A').Append(radicand.Length == 1 ? radicand : $"({radicand})");
                return true;
        }
        if (Operators.Contains(name)) { sb.Append(name); return true; }
        if (Marks.TryGetValue(name, out var mark))
        {
            if (Argument(s, ref i) is not { Length: 1 } letter) return false;
            sb.Append(LatinAccents.Compose(letter[0], mark) is { } composed ? composed.ToString() : letter + mark);
            return true;
        }
        return false;
    }

    /// <summary>\mathcal{L} → 𝓛's script capital ℒ: capitals only, from a Unicode alphabet with its holes filled.</summary>
    private static bool Alphabet(string s, ref int i, StringBuilder sb, int capitalA, string holes)
    {
        if (Argument(s, ref i) is not { Length: > 0 } letters) return false;
        foreach (var ch in letters)
        {
            if (ch is < 'A' or > 'Z') return false;
            var hole = holes.IndexOf(ch, StringComparison.Ordinal);
            sb.Append(hole >= 0 && hole % 2 == 0 ? holes[hole + 1].ToString() : char.ConvertFromUtf32(capitalA + ch - 'A'));
        }
        return true;
    }

    private static Dictionary<char, char> Pairs(string from, string to)
    {
        var d = new Dictionary<char, char>();
        for (var k = 0; k < from.Length; k++) d[from[k]] = to[k];
        return d;
    }
}

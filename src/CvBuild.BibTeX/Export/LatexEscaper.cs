using System.Text;
using CvBuild.Core.Model;

namespace CvBuild.BibTeX.Export;

/// <summary>
/// Turns CV text into a BibTeX field value that cannot break the file or the document: LaTeX specials
/// become commands, braces become \textbrace..., and (for 8-bit bibtex or --ascii) non-ASCII becomes
/// accent macros. Titles additionally get case protection so styles cannot lower-case acronyms.
/// </summary>
internal static class LatexEscaper
{
    /// <summary>Escapes a text field (title, note, venue, abstract...).</summary>
    public static string Text(string text, bool macros)
    {
        var sb = new StringBuilder(text.Length + 16);
        AppendEscaped(sb, text, macros);
        return sb.ToString();
    }

    /// <summary>
    /// Escapes a title and braces the words a style must not lower-case (<see cref="NeedsProtection"/>).
    /// Ordinary capitalised words are left alone: styles keep the title's first letter and the first
    /// letter after a colon anyway.
    /// </summary>
    public static string Title(string title, bool macros)
    {
        var sb = new StringBuilder(title.Length + 32);
        var i = 0;
        while (i < title.Length)
        {
            if (char.IsWhiteSpace(title[i]))
            {
                // A run of spaces is one space, unless it holds a no-break space ("10 km"), which stays one.
                var run = i;
                while (i < title.Length && char.IsWhiteSpace(title[i])) i++;
                var tie = title.AsSpan(run, i - run).IndexOfAny('\u00A0', '\u2007', '\u202F');
                if (tie >= 0) AppendEscaped(sb, title[run + tie].ToString(), macros);
                else sb.Append(' ');
                continue;
            }
            var start = i;
            while (i < title.Length && !char.IsWhiteSpace(title[i])) i++;
            var token = title[start..i];
            // Keep punctuation around a word outside the braces: "{RecoBERT}:" reads better and sorts the same.
            var lead = 0;
            while (lead < token.Length && !char.IsLetterOrDigit(token[lead])) lead++;
            var trail = token.Length;
            while (trail > lead && !char.IsLetterOrDigit(token[trail - 1])) trail--;
            var core = token[lead..trail];
            if (core.Length > 0 && NeedsProtection(core))
            {
                AppendEscaped(sb, token[..lead], macros);
                sb.Append('{');
                AppendEscaped(sb, core, macros);
                sb.Append('}');
                AppendEscaped(sb, token[trail..], macros);
            }
            else AppendEscaped(sb, token, macros);
        }
        return sb.ToString();
    }

    private static readonly HashSet<string> ProperNouns = new(StringComparer.Ordinal)
    {
        "Bayes", "Bayesian", "Markov", "Markovian", "Gauss", "Gaussian", "Euclidean", "Hilbert", "Fourier",
        "Lipschitz", "Newton", "Hessian", "Boltzmann", "Langevin", "Riemann", "Riemannian", "Wasserstein",
        "Lyapunov", "Hamiltonian", "Laplacian", "Kolmogorov", "Monte", "Carlo", "Nash", "Turing", "Shapley",
        "English", "Internet",
    };

    /// <summary>
    /// A word whose capitals a style must keep: a capital after its first letter (BERT, mRNA, pH, iPhone,
    /// ResNet), a capital beside a digit (L2, A100, 3D), a single capital letter other than the article "A"
    /// (the U of U-Net, the X of X-ray, the C of C++ and C#, the language R), or a known proper noun.
    /// Hyphenated words are judged part by part: "Text-Based" is title case, "U-Net" is not.
    /// </summary>
    internal static bool NeedsProtection(string word)
    {
        if (word.Any(char.IsDigit) && word.Any(char.IsUpper)) return true;
        foreach (var part in word.Split('-'))
        {
            if (ProperNouns.Contains(part)) return true;
            if (part.Length == 1 && char.IsUpper(part[0]) && part != "A") return true;
            for (var i = 1; i < part.Length; i++)
                if (char.IsUpper(part[i])) return true;
        }
        return false;
    }

    private static void AppendEscaped(StringBuilder sb, string text, bool macros)
    {
        var afterMacro = false;
        // Composed first so "e" + combining acute is one letter with one macro, as a precomposed é would be.
        var runes = LatinAccents.ComposeAll(text).EnumerateRunes().ToList();
        for (var r = 0; r < runes.Count; r++)
        {
            var rune = runes[r];
            var v = rune.Value;
            // Fullwidth forms of ASCII ("ＡＢＣ１２３") are the ASCII characters set wide for CJK text.
            if (macros && v is >= 0xFF01 and <= 0xFF5E) v = v - 0xFF01 + 0x21;
            if (LatexCharacters.IsInvisible(v)) continue;
            switch (v)
            {
                case '&': sb.Append(@"\&"); afterMacro = false; continue;
                case '%': sb.Append(@"\%"); afterMacro = false; continue;
                case '$': sb.Append(@"\$"); afterMacro = false; continue;
                case '#': sb.Append(@"\#"); afterMacro = false; continue;
                case '_': sb.Append(@"\_"); afterMacro = false; continue;
                case '{': sb.Append(@"\textbraceleft{}"); afterMacro = false; continue;
                case '}': sb.Append(@"\textbraceright{}"); afterMacro = false; continue;
                case '~': sb.Append(@"\textasciitilde{}"); afterMacro = false; continue;
                case '^': sb.Append(@"\textasciicircum{}"); afterMacro = false; continue;
                case '\\': sb.Append(@"\textbackslash{}"); afterMacro = false; continue;
                case '\r' or '\n' or '\t': sb.Append(' '); afterMacro = false; continue;
            }
            // A base letter with a combining accent that Unicode has no precomposed letter for ("x̄").
            if (macros && v < 0x80 && char.IsAsciiLetter((char)v) && r + 1 < runes.Count && Accents.TryGetValue(runes[r + 1].Value, out var mark))
            {
                var body = ((char)v).ToString();
                sb.Append('{').Append('\\').Append(mark.Command).Append(mark.Letter ? "{" + body + "}" : body).Append('}');
                r++;
                afterMacro = false;
                continue;
            }
            if (v < 0x80 || !macros)
            {
                // Control characters have no business in a .bib; a space keeps words apart.
                if (Rune.IsControl(new Rune(v))) sb.Append(' ');
                else
                {
                    if (afterMacro && v is '-' or '`' or '\'' && sb.Length > 0 && sb[^1] == v) sb.Append("{}");
                    sb.Append(char.ConvertFromUtf32(v));
                }
                afterMacro = false;
                continue;
            }
            var macro = Macro(new Rune(v));
            // "-" then "–" must not become "---" (an em dash), nor "?" then "“" become "?``" (¿“):
            // an empty group keeps LaTeX ligatures from joining characters that were separate.
            if (macro.Length > 0 && sb.Length > 0 && (sb[^1] == macro[0] && macro[0] is '-' or '`' or '\'' || macro[0] == '`' && sb[^1] is '?' or '!'))
                sb.Append("{}");
            sb.Append(macro);
            afterMacro = macro.Length > 0 && macro[^1] is '-' or '`' or '\'';
        }
    }

    private static readonly Dictionary<int, (string Command, bool Letter)> Accents = new()
    {
        [0x0300] = ("`", false), [0x0301] = ("'", false), [0x0302] = ("^", false), [0x0303] = ("~", false),
        [0x0304] = ("=", false), [0x0307] = (".", false), [0x0308] = ("\"", false),
        [0x0306] = ("u", true), [0x030A] = ("r", true), [0x030B] = ("H", true), [0x030C] = ("v", true),
        [0x0327] = ("c", true), [0x0328] = ("k", true), [0x0323] = ("d", true), [0x0331] = ("b", true),
    };

    /// <summary>True when the bibtex dialect can spell the character for pdflatex (ASCII, the table, accents).</summary>
    public static bool CanSpell(int codePoint)
    {
        if (codePoint < 0x80 || LatexCharacters.IsInvisible(codePoint) || codePoint is >= 0xFF01 and <= 0xFF5E) return true;
        if (codePoint > 0xFFFF) return false;
        return Macro(new Rune(codePoint)).All(c => c < 0x80);
    }

    /// <summary>
    /// The LaTeX spelling of one non-ASCII character; a character with no spelling stays as it is, for
    /// <see cref="BibEntry"/> to report and replace.
    /// </summary>
    private static string Macro(Rune rune)
    {
        // Commands and math go in braces: bibtex's change.case$ lower-cases everything at brace depth 0,
        // command names included ($\Gamma$ would become $\gamma$, \S an undefined \s); a group that
        // starts with a backslash is a "special character" whose command it leaves alone.
        if (LatexCharacters.Spellings.TryGetValue(rune.Value, out var s))
            return s[0] is '\\' or '$' ? "{" + s + "}" : s;
        if (!rune.IsBmp) return rune.ToString();
        var decomposed = LatinAccents.Decompose((char)rune.Value);
        if (decomposed.Length < 2) return rune.ToString();
        // Base letter plus accents, innermost first: é → {\'e}, ç → {\c{c}}, ǘ → {\'{\"u}}. í is {\'i}, not
        // {\'\i}: T1 composes both to the one glyph, but biber decodes {\'\i} to a dotless ı and a combining
        // accent that pdflatex's inputenc does not know, and {\'i} to the letter í.
        var body = decomposed[0] switch
        {
            < (char)0x80 and var c => c.ToString(),
            var c when LatexCharacters.Spellings.TryGetValue(c, out var letter) && letter.StartsWith("{\\", StringComparison.Ordinal) => letter[1..^1],
            _ => null,
        };
        if (body is null) return rune.ToString();
        for (var k = 1; k < decomposed.Length; k++)
        {
            if (!Accents.TryGetValue(decomposed[k], out var a)) return rune.ToString();
            var bare = body.Length == 1 || body is @"\i" or @"\j";
            body = !a.Letter && bare ? $"\\{a.Command}{body}" : $"\\{a.Command}{{{body}}}";
        }
        return "{" + body + "}";
    }

    /// <summary>Lower-case ASCII letters and digits only, for keys: "Müller-Łukasz" → "mullerlukasz".</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in LatinAccents.DecomposeAll(text))
        {
            if (c is >= '\u0300' and <= '\u036F') continue;
            var l = char.ToLowerInvariant(c);
            switch (l)
            {
                case >= 'a' and <= 'z' or >= '0' and <= '9': sb.Append(l); break;
                case 'ß': sb.Append("ss"); break;
                case 'ø': sb.Append('o'); break;
                case 'æ': sb.Append("ae"); break;
                case 'œ': sb.Append("oe"); break;
                case 'ł': sb.Append('l'); break;
                case 'đ' or 'ð': sb.Append('d'); break;
                case 'þ': sb.Append("th"); break;
                case 'ı': sb.Append('i'); break;
            }
        }
        return sb.ToString();
    }
}

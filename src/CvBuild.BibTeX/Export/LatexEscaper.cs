using System.Text;

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
    /// Escapes a title and braces the words a style must not lower-case. Rule (kept minimal on purpose):
    /// a word is protected when it has a capital after its first letter (BERT, LQR, RecoBERT, IM-RMs, 8B)
    /// or is a known proper noun (Bayesian, Markov, ...). Ordinary capitalised words are left alone:
    /// styles keep the title's first letter and the first letter after a colon anyway.
    /// </summary>
    public static string Title(string title, bool macros)
    {
        var sb = new StringBuilder(title.Length + 32);
        var i = 0;
        while (i < title.Length)
        {
            if (char.IsWhiteSpace(title[i]))
            {
                sb.Append(' ');
                while (i < title.Length && char.IsWhiteSpace(title[i])) i++;
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
        "English", "Internet", "Transformer", "Transformers",
    };

    internal static bool NeedsProtection(string word)
    {
        // Each part of a hyphenated word on its own: "Text-Based" is title case, "RASP-Generalization" is not.
        foreach (var part in word.Split('-'))
        {
            if (ProperNouns.Contains(part)) return true;
            for (var i = 1; i < part.Length; i++)
                if (char.IsUpper(part[i])) return true;
        }
        return false;
    }

    private static void AppendEscaped(StringBuilder sb, string text, bool macros)
    {
        var afterMacro = false;
        // Composed first so "e" + combining acute is one letter with one macro, as a precomposed é would be.
        foreach (var rune in LatinAccents.ComposeAll(text).EnumerateRunes())
        {
            var v = rune.Value;
            switch (v)
            {
                case '&': sb.Append(@"\&"); continue;
                case '%': sb.Append(@"\%"); continue;
                case '$': sb.Append(@"\$"); continue;
                case '#': sb.Append(@"\#"); continue;
                case '_': sb.Append(@"\_"); continue;
                case '{': sb.Append(@"\textbraceleft{}"); continue;
                case '}': sb.Append(@"\textbraceright{}"); continue;
                case '~': sb.Append(@"\textasciitilde{}"); continue;
                case '^': sb.Append(@"\textasciicircum{}"); continue;
                case '\\': sb.Append(@"\textbackslash{}"); continue;
                case '\r' or '\n' or '\t': sb.Append(' '); continue;
            }
            if (v < 0x80 || !macros)
            {
                // Control characters have no business in a .bib; a space keeps words apart.
                if (Rune.IsControl(rune)) sb.Append(' ');
                else
                {
                    if (afterMacro && v is '-' or '`' or '\'' && sb.Length > 0 && sb[^1] == v) sb.Append("{}");
                    sb.Append(rune.ToString());
                }
                afterMacro = false;
                continue;
            }
            var macro = Macro(rune);
            // "-" then "–" must not become "---" (an em dash), nor "?" then "“" become "?``" (¿“):
            // an empty group keeps LaTeX ligatures from joining characters that were separate.
            if (macro.Length > 0 && sb.Length > 0 && (sb[^1] == macro[0] && macro[0] is '-' or '`' or '\'' || macro[0] == '`' && sb[^1] is '?' or '!'))
                sb.Append("{}");
            sb.Append(macro);
            afterMacro = macro.Length > 0 && macro[^1] is '-' or '`' or '\'';
        }
    }

    private static readonly Dictionary<int, string> Specials = new()
    {
        [0x00DF] = @"{\ss}", [0x00F8] = @"{\o}", [0x00D8] = @"{\O}", [0x00E6] = @"{\ae}", [0x00C6] = @"{\AE}",
        [0x0153] = @"{\oe}", [0x0152] = @"{\OE}", [0x00E5] = @"{\aa}", [0x00C5] = @"{\AA}", [0x0142] = @"{\l}",
        [0x0141] = @"{\L}", [0x0131] = @"{\i}", [0x0237] = @"{\j}",
        [0x2013] = "--", [0x2014] = "---", [0x2018] = @"\textquoteleft{}", [0x2019] = @"\textquoteright{}", [0x201C] = "``", [0x201D] = "''",
        [0x2026] = @"\ldots{}", [0x00A0] = "~", [0x00A7] = @"\S{}", [0x00B6] = @"\P{}", [0x00A9] = @"\copyright{}",
        [0x00AE] = @"\textregistered{}", [0x2122] = @"\texttrademark{}", [0x00B0] = @"\textdegree{}",
        [0x00BF] = @"?`", [0x00A1] = @"!`", [0x00AB] = @"\guillemotleft{}", [0x00BB] = @"\guillemotright{}",
        [0x2022] = @"\textbullet{}", [0x20AC] = @"\texteuro{}", [0x00A3] = @"\pounds{}", [0x00D7] = @"$\times$",
        [0x2212] = "$-$", [0x00B1] = @"$\pm$", [0x2264] = @"$\leq$", [0x2265] = @"$\geq$", [0x221E] = @"$\infty$",
        [0x2192] = @"$\rightarrow$", [0x00B7] = @"\textperiodcentered{}", [0x2010] = "-", [0x2011] = "-",
        [0x00AD] = "", [0x200B] = "", [0xFEFF] = "",
    };

    private static readonly Dictionary<int, (string Command, bool Letter)> Accents = new()
    {
        [0x0300] = ("`", false), [0x0301] = ("'", false), [0x0302] = ("^", false), [0x0303] = ("~", false),
        [0x0304] = ("=", false), [0x0307] = (".", false), [0x0308] = ("\"", false),
        [0x0306] = ("u", true), [0x030A] = ("r", true), [0x030B] = ("H", true), [0x030C] = ("v", true),
        [0x0327] = ("c", true), [0x0328] = ("k", true), [0x0323] = ("d", true), [0x0331] = ("b", true),
    };

    private static readonly string[] GreekLower =
        ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
         "nu", "xi", "o", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"];

    /// <summary>The LaTeX spelling of one non-ASCII character; unmappable characters stay as UTF-8.</summary>
    private static string Macro(Rune rune)
    {
        if (Specials.TryGetValue(rune.Value, out var s)) return s;
        if (rune.Value is >= 0x03B1 and <= 0x03C9 && GreekLower[rune.Value - 0x03B1] is var g && g != "o")
            return $"$\\{g}$";
        if (!rune.IsBmp) return rune.ToString();
        var decomposed = LatinAccents.Decompose((char)rune.Value);
        if (decomposed.Length < 2 || decomposed[0] >= 0x80) return rune.ToString();
        // Base letter plus accents, innermost first: é → {\'e}, ç → {\c{c}}, í → {\'\i}, ǘ → {\'{\"u}}.
        var body = decomposed[0] switch { 'i' => @"\i", 'j' => @"\j", var c => c.ToString() };
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

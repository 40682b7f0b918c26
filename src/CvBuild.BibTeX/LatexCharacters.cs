namespace CvBuild.BibTeX;

/// <summary>
/// The LaTeX spelling of every non-ASCII character the export can write for pdflatex (besides accented
/// Latin letters, which <see cref="LatinAccents"/> decomposes into accent commands). Each spelling works in
/// text mode with the LaTeX kernel alone (the T1/TS1 commands need \usepackage[T1]{fontenc}, which every
/// document with accented names has) and no extra package: math symbols are wrapped in $...$, sub- and
/// superscripts use the kernel's \textsubscript and \textsuperscript. The import decodes the same table
/// backwards, so what the export writes reads back as the character it came from.
/// </summary>
internal static class LatexCharacters
{
    /// <summary>Characters that print nothing (UAX #9 marks, joiners, soft hyphen, BOM): dropped on export.</summary>
    public static bool IsInvisible(int c) => Core.Model.NameWords.IsInvisible(c);

    /// <summary>Code point → LaTeX; first spelling listed for a character is the one written.</summary>
    public static IReadOnlyDictionary<int, string> Spellings { get; } = Build();

    /// <summary>LaTeX → code point, for the import: every spelling above, plus older synonyms.</summary>
    public static IReadOnlyDictionary<string, string> Decodings { get; } = Spellings
        .GroupBy(kv => kv.Value, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => char.ConvertFromUtf32(g.Min(kv => kv.Key)), StringComparer.Ordinal);

    private static Dictionary<int, string> Build()
    {
        var d = new Dictionary<int, string>
        {
            // Letters without a decomposition (T1 encoding for \DH, \dh, \DJ, \dj, \NG, \ng, \TH, \th).
            [0x00DF] = @"{\ss}", [0x1E9E] = @"{\SS}", [0x00F8] = @"{\o}", [0x00D8] = @"{\O}", [0x00E6] = @"{\ae}",
            [0x00C6] = @"{\AE}", [0x0153] = @"{\oe}", [0x0152] = @"{\OE}", [0x00E5] = @"{\aa}", [0x00C5] = @"{\AA}",
            [0x0142] = @"{\l}", [0x0141] = @"{\L}", [0x0131] = @"{\i}", [0x0237] = @"{\j}", [0x0110] = @"{\DJ}",
            [0x0111] = @"{\dj}", [0x00D0] = @"{\DH}", [0x00F0] = @"{\dh}", [0x014A] = @"{\NG}", [0x014B] = @"{\ng}",
            [0x00DE] = @"{\TH}", [0x00FE] = @"{\th}", [0x0132] = "IJ", [0x0133] = "ij", [0x0149] = "'n",
            [0xFB00] = "ff", [0xFB01] = "fi", [0xFB02] = "fl", [0xFB03] = "ffi", [0xFB04] = "ffl", [0xFB06] = "st",
            // Punctuation and signs.
            [0x2013] = "--", [0x2014] = "---", [0x2015] = "---", [0x2012] = "-", [0x2010] = "-", [0x2011] = "-",
            [0x2018] = @"\textquoteleft{}", [0x2019] = @"\textquoteright{}", [0x201C] = "``", [0x201D] = "''",
            [0x201A] = @"\quotesinglbase{}", [0x201E] = @"\quotedblbase{}", [0x2039] = @"\guilsinglleft{}",
            [0x203A] = @"\guilsinglright{}", [0x00AB] = @"\guillemotleft{}", [0x00BB] = @"\guillemotright{}",
            [0x2026] = @"\ldots{}", [0x00A7] = @"\S{}", [0x00B6] = @"\P{}", [0x00A9] = @"\copyright{}",
            [0x00AE] = @"\textregistered{}", [0x2122] = @"\texttrademark{}", [0x00B0] = @"\textdegree{}",
            [0x00BF] = "?`", [0x00A1] = "!`", [0x2022] = @"\textbullet{}", [0x20AC] = @"\texteuro{}",
            [0x00A3] = @"\pounds{}", [0x00A2] = @"\textcent{}", [0x00A5] = @"\textyen{}", [0x00A4] = @"\textcurrency{}",
            [0x00A6] = @"\textbrokenbar{}", [0x00AA] = @"\textordfeminine{}", [0x00BA] = @"\textordmasculine{}",
            [0x00B5] = @"\textmu{}", [0x00B7] = @"\textperiodcentered{}", [0x2020] = @"\dag{}", [0x2021] = @"\ddag{}",
            [0x2030] = @"\textperthousand{}", [0x2116] = @"\textnumero{}", [0x2103] = @"\textcelsius{}",
            [0x2126] = @"\textohm{}", [0x00BD] = @"\textonehalf{}", [0x00BC] = @"\textonequarter{}",
            [0x00BE] = @"\textthreequarters{}", [0x2044] = @"\textfractionsolidus{}", [0x2032] = @"$\prime$",
            [0x2033] = @"$\prime\prime$", [0x00AF] = @"\textasciimacron{}", [0x00B4] = @"\textasciiacute{}",
            [0x00A8] = @"\textasciidieresis{}", [0x2016] = @"$\|$", [0x203D] = @"\textinterrobang{}",
            // Spaces: a no-break space stays unbreakable, thin ones stay thin.
            [0x00A0] = "~", [0x2007] = "~", [0x202F] = @"\,", [0x2009] = @"\,", [0x200A] = @"\,", [0x2002] = @"\enspace{}",
            [0x2003] = @"\quad{}", [0x1680] = " ", [0x2000] = " ", [0x2001] = " ", [0x2004] = " ", [0x2005] = " ",
            [0x2006] = " ", [0x2008] = " ", [0x205F] = " ", [0x3000] = " ",
        };

        // Greek: lower case and the capitals without a Latin twin in math; twins as the Latin letter.
        string[] lower = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
            "nu", "xi", "", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"];
        for (var i = 0; i < lower.Length; i++)
            if (lower[i].Length > 0) d[0x03B1 + i] = $"$\\{lower[i]}$";
        d[0x03BF] = "o";
        const string upperTwins = "AB\0\0EZH\0IK\0MN\0OP\0\0\0TY\0X\0\0";
        string[] upper = ["", "", "Gamma", "Delta", "", "", "", "Theta", "", "", "Lambda", "", "", "Xi", "", "", "", "", "Sigma",
            "", "Upsilon", "Phi", "", "Psi", "Omega"];
        for (var i = 0; i < upper.Length; i++)
        {
            if (upper[i].Length > 0) d[0x0391 + i] = $"$\\{upper[i]}$";
            else if (upperTwins[i] != '\0') d[0x0391 + i] = upperTwins[i].ToString();
        }
        d[0x03A0] = @"$\Pi$";
        d[0x03D1] = @"$\vartheta$"; d[0x03D5] = @"$\phi$"; d[0x03D6] = @"$\varpi$"; d[0x03F1] = @"$\varrho$"; d[0x03F5] = @"$\epsilon$";

        // Mathematical operators and letter-like symbols that plain LaTeX has.
        (int, string)[] math =
        [
            (0x00D7, "times"), (0x00F7, "div"), (0x00B1, "pm"), (0x2213, "mp"), (0x00AC, "neg"), (0x2264, "leq"), (0x2265, "geq"),
            (0x2260, "neq"), (0x2248, "approx"), (0x2261, "equiv"), (0x223C, "sim"), (0x2243, "simeq"), (0x2245, "cong"),
            (0x221D, "propto"), (0x226A, "ll"), (0x226B, "gg"), (0x221E, "infty"), (0x2211, "sum"), (0x220F, "prod"),
            (0x222B, "int"), (0x222E, "oint"), (0x2202, "partial"), (0x2207, "nabla"), (0x2200, "forall"), (0x2203, "exists"),
            (0x2205, "emptyset"), (0x2208, "in"), (0x2209, "notin"), (0x220B, "ni"), (0x2282, "subset"), (0x2283, "supset"),
            (0x2286, "subseteq"), (0x2287, "supseteq"), (0x222A, "cup"), (0x2229, "cap"), (0x2227, "wedge"), (0x2228, "vee"),
            (0x2295, "oplus"), (0x2297, "otimes"), (0x2299, "odot"), (0x2218, "circ"), (0x2219, "bullet"), (0x22C5, "cdot"),
            (0x2217, "ast"), (0x22C6, "star"), (0x221A, "surd"), (0x2216, "setminus"), (0x2223, "mid"), (0x2225, "parallel"),
            (0x22A5, "perp"), (0x2220, "angle"), (0x2192, "rightarrow"), (0x2190, "leftarrow"), (0x2191, "uparrow"),
            (0x2193, "downarrow"), (0x2194, "leftrightarrow"), (0x21D2, "Rightarrow"), (0x21D0, "Leftarrow"),
            (0x21D4, "Leftrightarrow"), (0x21A6, "mapsto"), (0x27E8, "langle"), (0x27E9, "rangle"), (0x2308, "lceil"),
            (0x2309, "rceil"), (0x230A, "lfloor"), (0x230B, "rfloor"), (0x22EF, "cdots"), (0x210F, "hbar"), (0x2113, "ell"),
            (0x2118, "wp"), (0x211C, "Re"), (0x2111, "Im"), (0x2135, "aleph"), (0x2206, "Delta"), (0x2212, "-"),
            (0x22A2, "vdash"), (0x22A8, "models"),
        ];
        foreach (var (c, name) in math) d[c] = name == "-" ? "$-$" : $"$\\{name}$";

        // Sub- and superscript digits, signs and letters (Unicode's "Superscripts and Subscripts" and
        // the modifier letters): the kernel's \textsuperscript and \textsubscript, signs in math.
        const string supers = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ";
        const string superBase = "0123456789+-=()niabcdefghjklmoprstuvwxyzABDEGHIJKLMNOPRTUVW";
        const string subs = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₔₕₖₗₘₙₚₛₜᵢᵣᵤᵥⱼ";
        const string subBase = "0123456789+-=()aeox\0hklmnpstiruvj";
        for (var i = 0; i < supers.Length; i++) d[supers[i]] = $"\\textsuperscript{{{Scripted(superBase[i])}}}";
        for (var i = 0; i < subs.Length; i++)
            if (subBase[i] != '\0') d[subs[i]] = $"\\textsubscript{{{Scripted(subBase[i])}}}";
        return d;
    }

    private static string Scripted(char c) => c switch { '+' => "$+$", '-' => "$-$", '=' => "$=$", _ => c.ToString() };
}

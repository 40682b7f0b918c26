namespace CvBuild.BibTeX.Export;

/// <summary>
/// Writes author lists in BibTeX's unambiguous "von Last, Jr, First" form joined with " and ", so no
/// style has to guess where a surname starts.
/// </summary>
internal static class NameFormatter
{
    public static string List(IEnumerable<string> names, bool macros) =>
        string.Join(" and ", names.Select(n => Format(n, macros)));

    public static string Format(string displayName, bool macros)
    {
        var name = displayName.Trim();
        // "others" is BibTeX's own word for a truncated list ("et al."), so it passes through bare.
        if (name.Equals("others", StringComparison.OrdinalIgnoreCase)) return "others";
        var p = PersonName.FromDisplay(name);
        // A mononym or a multi-word surname is braced so BibTeX takes it as one last name.
        var last = LatexEscaper.Text(p.Last, macros);
        if (p.IsMononym || p.Last.Contains(' ') || p.Von.Length == 0 && p.Last.Length > 0 && char.IsLower(p.Last[0]))
            last = "{" + last + "}";
        var sb = new System.Text.StringBuilder();
        if (p.Von.Length > 0) sb.Append(Words(p.Von, macros)).Append(' ');
        sb.Append(last);
        // A parenthetical ("(née Smith)") goes braced after the Jr part: one word that bibtex and biber keep
        // whole, print after the family name, and never take for the family or the given name.
        var jr = p.Note.Length == 0 ? Words(p.Jr, macros) : string.Join(' ', new[] { Words(p.Jr, macros), "{" + LatexEscaper.Text(p.Note, macros) + "}" }.Where(w => w.Length > 0));
        // bibtex stops at "Last, Jr," with an empty given part ("has a comma at the end"), so without a given
        // name the Jr part and the parenthetical take its place: "{王小明}, {(Xiaoming Wang)}" keeps the family name.
        if (jr.Length > 0) sb.Append(", ").Append(jr);
        if (p.First.Length > 0) sb.Append(", ").Append(Words(p.First, macros, initials: true));
        return sb.ToString();
    }

    // A given name that is literally "and" would split the list; braces make it a plain word.
    private static string Words(string text, bool macros, bool initials = false) =>
        string.Join(' ', Core.Model.NameWords.Split(text)
            .Select(w => w.Equals("and", StringComparison.OrdinalIgnoreCase) ? "{" + w + "}" : initials ? GivenWord(w, macros) : LatexEscaper.Text(w, macros)));

    /// <summary>
    /// 8-bit bibtex abbreviates a given name to its first byte, which cuts a UTF-8 character such as 서 in half
    /// (abbrv.bst would print an invalid byte). A first character kept as UTF-8 is made a BibTeX "special
    /// character", a group opening with a control sequence ({\relax서}연), which format.name$ keeps whole and
    /// biber reads as the letter 서.
    /// </summary>
    private static string GivenWord(string word, bool macros)
    {
        if (!macros || word.Length == 0) return LatexEscaper.Text(word, macros);
        var first = System.Text.Rune.GetRuneAt(word, 0);
        if (first.IsAscii || LatexEscaper.CanSpell(first.Value)) return LatexEscaper.Text(word, macros);
        return "{\\relax" + first + "}" + LatexEscaper.Text(word[first.Utf16SequenceLength..], macros);
    }
}

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
        if (p.First.Length > 0) sb.Append(", ").Append(Words(p.First, macros));
        return sb.ToString();
    }

    // A given name that is literally "and" would split the list; braces make it a plain word.
    private static string Words(string text, bool macros) =>
        string.Join(' ', Core.Model.NameWords.Split(text)
            .Select(w => w.Equals("and", StringComparison.OrdinalIgnoreCase) ? "{" + w + "}" : LatexEscaper.Text(w, macros)));
}

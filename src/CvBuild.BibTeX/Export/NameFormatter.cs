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
        if (name == "others") return name;
        var p = PersonName.FromDisplay(name);
        // A mononym or a multi-word surname is braced so BibTeX takes it as one last name.
        var last = LatexEscaper.Text(p.Last, macros);
        if (p.IsMononym || p.Last.Contains(' ') || p.Von.Length == 0 && p.Last.Length > 0 && char.IsLower(p.Last[0]))
            last = "{" + last + "}";
        var sb = new System.Text.StringBuilder();
        if (p.Von.Length > 0) sb.Append(Words(p.Von, macros)).Append(' ');
        sb.Append(last);
        if (p.Jr.Length > 0) sb.Append(", ").Append(Words(p.Jr, macros));
        if (p.First.Length > 0) sb.Append(", ").Append(Words(p.First, macros));
        else if (p.Jr.Length > 0) sb.Append(", ");
        return sb.ToString();
    }

    // A given name that is literally "and" would split the list; braces make it a plain word.
    private static string Words(string text, bool macros) =>
        string.Join(' ', Core.Model.NameWords.Split(text)
            .Select(w => w.Equals("and", StringComparison.OrdinalIgnoreCase) ? "{" + w + "}" : LatexEscaper.Text(w, macros)));
}

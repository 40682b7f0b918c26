using CvBuild.Core.Model;

namespace CvBuild.BibTeX;

/// <summary>
/// A name split the way BibTeX sees it: First von Last, Jr. Export splits CV display names into these
/// parts; import builds them from BibTeX name strings and joins them back into a display name.
/// </summary>
internal sealed record PersonName(string First, string Von, string Last, string Jr)
{
    /// <summary>
    /// A parenthetical written with the name ("(née Smith)", "(สมชาย วงศ์สกุล)"), parentheses included: a note
    /// on the name, not a part of it, so it is in none of the four parts. Export writes it braced after the
    /// Jr part, where bibtex and biber keep it whole and print it after the family name.
    /// </summary>
    public string Note { get; init; } = "";

    /// <summary>"Ludwig van Beethoven", "Martin Luther King Jr.", "Plato"; "山田 太郎" family name first.</summary>
    public string Display => string.Join(' ', (FamilyFirst(Last) ? new[] { Last, First, Note } : [First, Von, Last, Jr, Note]).Where(p => p.Length > 0));

    /// <summary>
    /// Chinese, Japanese and Korean names are written family name first ("山田 太郎": Yamada is the family
    /// name), so a name whose first word is in Han, kana or Hangul keeps that order.
    /// </summary>
    public static bool FamilyFirst(string word) => word.Length > 0 && word[0] switch
    {
        >= '\u1100' and <= '\u11FF' or >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' => true,
        >= '\uD840' and <= '\uD87F' => true, // supplementary ideographs (CJK extensions B–F)
        _ => false,
    };

    private static readonly string[] OrganisationWords =
    [
        "collaboration", "consortium", "institute", "institution", "foundation", "association", "society", "committee",
        "organization", "organisation", "university", "council", "agency", "corporation", "corp", "inc", "ltd", "llc",
        "gmbh", "group", "team", "project", "laboratory", "laboratories", "center", "centre", "commission", "ministry",
        "department", "network", "alliance", "initiative", "board", "office", "company", "federation", "union",
    ];

    /// <summary>
    /// A name that is an organisation ("ATLAS Collaboration", "OEIS Foundation Inc.", "Institute of Electrical
    /// and Electronics Engineers"): it has a word such as Collaboration, Institute or Inc. BibTeX must
    /// take it whole, since no style should print it as "A. Collaboration".
    /// </summary>
    public static bool IsOrganisation(string name) =>
        NameWords.Split(name).Length >= 2 && NameWords.Split(name).Any(w => OrganisationWords.Contains(w.Trim('.', ',').ToLowerInvariant()));

    public bool IsMononym => First.Length == 0 && Von.Length == 0 && Jr.Length == 0;

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V", "VI",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "von", "van", "der", "den", "de", "di", "da", "del", "della", "dei", "degli", "des", "du", "dos", "das",
        "le", "la", "les", "lo", "ter", "ten", "te", "zu", "zur", "af", "av", "al", "el", "bin", "ibn", "mac", "st.",
    };

    public static bool IsSuffix(string token) => Suffixes.Contains(token);

    /// <summary>
    /// Splits a display name. The surname starts at the first particle after the given names
    /// ("Nimrod De La Vega" → De La Vega; "Jan van der Berg" → van der + Berg), otherwise it is the
    /// last word ("Jason D. Lee" → Lee). "Last, First" and "Last, Jr., First" are taken as written,
    /// which is how a CV can spell a surname of several words without a particle.
    /// </summary>
    public static PersonName FromDisplay(string name)
    {
        // Braced by the user ("{Deutscher Bundestag}") or an organisation: one last name, never split.
        if (name.Length > 2 && name[0] == '{' && name[^1] == '}') return new PersonName("", "", string.Join(' ', Words(name[1..^1])), "");
        if (IsOrganisation(name)) return new PersonName("", "", string.Join(' ', Words(name)), "");
        if (Parenthetical(name) is { Note.Length: > 0 } split) return FromDisplay(split.Bare) with { Note = split.Note };
        var parts = name.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && IsSuffix(parts[1]))
            return FromDisplay(parts[0]) with { Jr = parts[1] };
        if (parts.Length >= 2)
        {
            var (von, last) = SplitVon(Words(parts[0]));
            var first = parts.Length == 2 ? parts[1] : string.Join(", ", parts[2..]);
            return new PersonName(first, von, last, parts.Length == 2 ? "" : parts[1]);
        }
        var words = Words(name);
        var jr = "";
        if (words.Count > 2 && IsSuffix(words[^1]))
        {
            jr = words[^1];
            words.RemoveAt(words.Count - 1);
        }
        if (words.Count <= 1) return new PersonName("", "", words.FirstOrDefault() ?? "", jr);
        if (FamilyFirst(words[0])) return new PersonName(string.Join(' ', words[1..]), "", words[0], "");
        var start = words.Count - 1;
        // "van Gogh", "de la Cruz": a name that starts with a lower-case particle has no given name.
        if (char.IsLower(words[0][0]) && Particles.Contains(words[0])) start = 0;
        else for (var i = 1; i < words.Count - 1; i++)
            if (Particles.Contains(words[i])) { start = i; break; }
        var given = string.Join(' ', words[..start]);
        var (v, l) = SplitVon(words[start..]);
        return new PersonName(given, v, l, jr);
    }

    /// <summary>
    /// Takes the parenthesised groups out of a name ("Jane Doe (née Smith)" → "Jane Doe" and "(née Smith)"); an
    /// unclosed parenthesis runs to the end. Fullwidth parentheses (U+FF08, U+FF09) count as parentheses.
    /// </summary>
    private static (string Bare, string Note) Parenthetical(string name)
    {
        var bare = new System.Text.StringBuilder();
        var notes = new List<string>();
        var depth = 0;
        var note = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (c is '(' or '\uFF08') depth++;
            if (depth > 0) note.Append(c);
            else bare.Append(c);
            if (c is ')' or '\uFF09' && depth > 0 && --depth == 0)
            {
                notes.Add(note.ToString());
                note.Clear();
            }
        }
        if (note.Length > 0) notes.Add(note.ToString());
        return (bare.ToString(), string.Join(' ', notes.Select(n => string.Join(' ', Words(n))).Where(n => n.Length > 0)));
    }

    /// <summary>Lower-case leading words are the von part (BibTeX's own rule); the rest is the last name.</summary>
    private static (string Von, string Last) SplitVon(List<string> words)
    {
        var n = 0;
        while (n < words.Count - 1 && words[n].Length > 0 && char.IsLower(words[n][0])) n++;
        return (string.Join(' ', words[..n]), string.Join(' ', words[n..]));
    }

    private static List<string> Words(string s) => [.. NameWords.Split(s)];
}

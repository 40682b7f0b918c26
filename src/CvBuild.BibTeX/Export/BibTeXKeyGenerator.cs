namespace CvBuild.BibTeX.Export;

/// <summary>What a key is derived from: an explicit key, or first author, year and title.</summary>
internal sealed record KeySource(string? Explicit, string? FirstAuthor, int Year, string Title);

/// <summary>
/// Google-Scholar-style keys (razin2021implicit): the first author's surname folded to ASCII, the year,
/// and the first significant title word. Explicit keys from the YAML win and are reserved first.
/// Generated keys that collide all get suffixes a, b, c... in CV order, so no paper silently owns the
/// bare key. The result depends only on the input list: same CV, same keys.
/// </summary>
internal static class BibTeXKeyGenerator
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "in", "for", "to", "and", "or", "with", "at", "by", "from", "as", "into",
        "onto", "via", "is", "are", "be", "do", "does", "can", "what", "why", "how", "when", "where", "which",
        "who", "whose", "its", "it", "this", "that", "these", "those", "toward", "towards", "your", "our",
        "we", "not", "no", "beyond", "about", "through", "under", "over", "between", "all",
    };

    public static IReadOnlyList<string> Assign(IReadOnlyList<KeySource> sources)
    {
        var keys = new string[sources.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
            if (sources[i].Explicit is { Length: > 0 } e && used.Add(e)) keys[i] = e;

        var bases = new string?[sources.Count];
        for (var i = 0; i < sources.Count; i++)
            if (keys[i] is null) bases[i] = Base(sources[i]);
        var counts = bases.Where(b => b is not null).GroupBy(b => b!).ToDictionary(g => g.Key, g => g.Count());

        for (var i = 0; i < sources.Count; i++)
        {
            if (bases[i] is not { } b) continue;
            if (counts[b] == 1 && used.Add(b)) { keys[i] = b; continue; }
            // Walk a, b, ..., z, aa, ab... skipping keys the YAML already uses.
            for (var n = 0; ; n++)
            {
                var candidate = b + Suffix(n);
                if (used.Add(candidate)) { keys[i] = candidate; break; }
            }
        }
        return keys;
    }

    private static string Suffix(int n) => n < 26 ? ((char)('a' + n)).ToString() : Suffix(n / 26 - 1) + (char)('a' + n % 26);

    internal static string Base(KeySource s)
    {
        var author = s.FirstAuthor is { } a ? Surname(a) : "";
        if (author.Length == 0) author = "anon";
        return author + s.Year + FirstWord(s.Title);
    }

    private static string Surname(string name)
    {
        var p = PersonName.FromDisplay(name);
        return LatexEscaper.Fold(p.Von + p.Last);
    }

    internal static string FirstWord(string title)
    {
        string? fallback = null;
        foreach (var raw in title.Split([' ', '/', ':', '\u2013', '\u2014'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = LatexEscaper.Fold(raw);
            if (w.Length == 0) continue;
            fallback ??= w;
            if (!StopWords.Contains(w)) return w;
        }
        return fallback ?? "";
    }
}

using CvBuild.Core.Model;

namespace CvBuild.BibTeX.Export;

/// <summary>What a key is derived from: an explicit key, or first author, year and title.</summary>
internal sealed record KeySource(string? Explicit, string? FirstAuthor, int? Year, string Title);

/// <summary>
/// Google-Scholar-style keys (razin2021implicit): the first author's surname folded to ASCII, the year,
/// and the first title word that is not an article or a short preposition ("What Makes..." gives
/// ...what; "On the Role of..." gives ...role). A surname or title with no Latin letters (山田, 深度学习)
/// becomes "u" and six hex digits of a hash of its text, so its key does not change when another paper is
/// added. Explicit keys from the YAML win and are reserved first. Keys are unique ignoring case (bibtex
/// stops at "Repeated entry" for LEE2021DEEPA beside lee2021deepa); generated keys that collide all get
/// suffixes a, b, c... in CV order, so no paper silently owns the bare key. Same CV, same keys.
/// </summary>
internal static class BibTeXKeyGenerator
{
    // Articles and short prepositions only: a title's first real word, even "what" or "towards", is kept.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "in", "at", "to", "for", "by", "with", "from", "as", "into", "onto", "via", "per",
    };

    public static IReadOnlyList<string> Assign(IReadOnlyList<KeySource> sources)
    {
        var keys = new string[sources.Count];
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sources.Count; i++)
            if (sources[i].Explicit is { Length: > 0 } e && used.Add(e)) keys[i] = e;

        var bases = new string?[sources.Count];
        for (var i = 0; i < sources.Count; i++)
            if (keys[i] is null) bases[i] = Base(sources[i]);
        var counts = bases.Where(b => b is not null).GroupBy(b => b!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

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
        var surname = p.Von + p.Last;
        return LatexEscaper.Fold(surname) is { Length: > 0 } folded ? folded : Hashed(surname);
    }

    /// <summary>"u" and six hex digits of the FNV-1a hash of the text's UTF-8 (empty for empty text): stable across runs and machines.</summary>
    private static string Hashed(string text)
    {
        var trimmed = string.Join(' ', NameWords.Split(text));
        if (trimmed.Length == 0) return "";
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(trimmed)) hash = (hash ^ b) * 16777619u;
        return "u" + (hash & 0xFFFFFF).ToString("x6", System.Globalization.CultureInfo.InvariantCulture);
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
        return fallback ?? Hashed(title);
    }
}

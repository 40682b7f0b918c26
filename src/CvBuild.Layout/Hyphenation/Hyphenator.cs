using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace CvBuild.Layout.Hyphenation;

/// <summary>
/// Hyphenation by Frank Liang's algorithm ("Word Hy-phen-a-tion by Com-put-er", 1983; TeX's \patterns and
/// \hyphenation): every pattern matching a piece of the word, with the word's edges marked by '.', votes between letters;
/// an odd highest vote allows a break. Patterns and exceptions are TeX's hyph-utf8 files for the language (from Debian's
/// texlive-lang-* packages, with their licences, in <c>Hyphenation/patterns/</c>); the first and last letters are kept
/// together as TeX's \lefthyphenmin and \righthyphenmin for the language say.
/// </summary>
public sealed class Hyphenator
{
    private static readonly ConcurrentDictionary<string, Hyphenator> Loaded = new(StringComparer.Ordinal);

    // BCP 47 language -> hyph-utf8 file name and TeX's (\lefthyphenmin, \righthyphenmin) from the file's header.
    private static readonly Dictionary<string, (string File, int Left, int Right)> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = ("en-us", 2, 3),
        ["de"] = ("de-1996", 2, 2),
        ["fr"] = ("fr", 2, 2),
        ["es"] = ("es", 2, 2),
        ["it"] = ("it", 2, 2),
        ["pt"] = ("pt", 2, 3),
        ["nl"] = ("nl", 2, 2),
        ["pl"] = ("pl", 2, 2),
    };

    private readonly Dictionary<string, byte[]> _patterns;
    private readonly Dictionary<string, int[]> _exceptions;
    private readonly int _maxPatternLength;

    private Hyphenator(Dictionary<string, byte[]> patterns, Dictionary<string, int[]> exceptions, int left, int right)
    {
        _patterns = patterns;
        _exceptions = exceptions;
        _maxPatternLength = patterns.Keys.Max(k => k.Length);
        LeftMin = left;
        RightMin = right;
    }

    /// <summary>TeX's \lefthyphenmin: the fewest letters before a break.</summary>
    public int LeftMin { get; }

    /// <summary>TeX's \righthyphenmin: the fewest letters after a break.</summary>
    public int RightMin { get; }

    /// <summary>The languages with patterns, as BCP 47 primary tags.</summary>
    public static IReadOnlyCollection<string> SupportedLanguages => Languages.Keys;

    /// <summary>
    /// The hyphenator for a BCP 47 tag ("en", "en-US", "de-CH": its primary language decides; English is American
    /// English, German the 1996 spelling), loaded once per process; null when there are no patterns for it.
    /// </summary>
    public static Hyphenator? ForLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }
        var primary = tag.Split('-', '_')[0];
        if (!Languages.TryGetValue(primary, out var language))
        {
            return null;
        }
        return Loaded.GetOrAdd(language.File, _ => Load(language.File, language.Left, language.Right));
    }

    /// <summary>
    /// The places in <paramref name="word"/> (letters only, any case) where it may break: index i means between
    /// word[i - 1] and word[i]. Ascending; empty for words too short or without letters the patterns know.
    /// </summary>
    public IReadOnlyList<int> Points(ReadOnlySpan<char> word)
    {
        var points = new List<int>();
        if (word.Length < LeftMin + RightMin)
        {
            return points;
        }
        Span<char> dotted = word.Length <= 126 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        dotted[0] = '.';
        word.ToLowerInvariant(dotted[1..^1]);
        dotted[^1] = '.';
        if (_exceptions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(dotted[1..^1], out var listed))
        {
            var length = word.Length;
            foreach (var i in listed)
            {
                if (i >= LeftMin && length - i >= RightMin)
                {
                    points.Add(i);
                }
            }
            return points;
        }
        Span<byte> votes = dotted.Length < 128 ? stackalloc byte[dotted.Length + 1] : new byte[dotted.Length + 1];
        votes.Clear();
        var lookup = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < dotted.Length; i++)
        {
            var longest = Math.Min(_maxPatternLength, dotted.Length - i);
            for (var length = 1; length <= longest; length++)
            {
                if (lookup.TryGetValue(dotted.Slice(i, length), out var values))
                {
                    for (var v = 0; v < values.Length; v++)
                    {
                        votes[i + v] = Math.Max(votes[i + v], values[v]);
                    }
                }
            }
        }
        // votes[k] sits before dotted[k]; dotted[k] is word[k - 1], so a break before word[i] is votes[i + 1].
        for (var i = LeftMin; i <= word.Length - RightMin; i++)
        {
            if ((votes[i + 1] & 1) == 1)
            {
                points.Add(i);
            }
        }
        return points;
    }

    /// <summary>The word with <paramref name="mark"/> at each break ("hy-phen-ation"), for tests and diagnostics.</summary>
    public string Hyphenate(string word, char mark = '-')
    {
        ArgumentNullException.ThrowIfNull(word);
        var points = Points(word);
        var result = new System.Text.StringBuilder(word.Length + points.Count);
        var last = 0;
        foreach (var p in points)
        {
            result.Append(word, last, p - last).Append(mark);
            last = p;
        }
        return result.Append(word, last, word.Length - last).ToString();
    }

    private static Hyphenator Load(string file, int left, int right)
    {
        var patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var line in ReadResource($"hyph-{file}.pat.txt"))
        {
            var pattern = line.Trim();
            if (pattern.Length == 0 || pattern.StartsWith('%'))
            {
                continue;
            }
            var letters = new System.Text.StringBuilder(pattern.Length);
            var values = new List<byte> { 0 };
            foreach (var c in pattern)
            {
                if (c is >= '0' and <= '9')
                {
                    values[^1] = (byte)(c - '0');
                }
                else
                {
                    letters.Append(c);
                    values.Add(0);
                }
            }
            patterns[letters.ToString()] = [.. values];
        }
        var exceptions = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var line in ReadResource($"hyph-{file}.hyp.txt"))
        {
            var entry = line.Trim();
            if (entry.Length == 0 || entry.StartsWith('%'))
            {
                continue;
            }
            var points = new List<int>();
            var letters = new System.Text.StringBuilder(entry.Length);
            foreach (var c in entry)
            {
                if (c == '-')
                {
                    points.Add(letters.Length);
                }
                else
                {
                    letters.Append(c);
                }
            }
            exceptions[letters.ToString().ToLower(CultureInfo.InvariantCulture)] = [.. points];
        }
        return new Hyphenator(patterns, exceptions, left, right);
    }

    private static IEnumerable<string> ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CvBuild.Layout.Hyphenation." + name);
        if (stream is null)
        {
            yield break; // not every language lists exceptions
        }
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}

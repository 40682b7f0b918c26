using System.Text;

namespace CvBuild.BibTeX.Import;

/// <summary>
/// Splits a BibTeX name list and reads each name with BibTeX's own rules: "First von Last",
/// "von Last, First" and "von Last, Jr, First"; lower-case words are the von part; a braced word is one
/// word whatever it contains ({Braced Corp}); "and" only separates at brace depth zero.
/// </summary>
internal static class NameParser
{
    public static IReadOnlyList<string> SplitList(string value)
    {
        var words = Tokens(value, splitOnComma: false);
        var names = new List<string>();
        var current = new List<string>();
        foreach (var w in words)
        {
            if (w.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                if (current.Count > 0) names.Add(string.Join(' ', current));
                current.Clear();
            }
            else current.Add(w);
        }
        if (current.Count > 0) names.Add(string.Join(' ', current));
        return names;
    }

    /// <summary>One BibTeX name (still LaTeX) as a display name: "Lee, Jason D." → "Jason D. Lee".</summary>
    public static PersonName Parse(string name)
    {
        var parts = SplitCommas(name);
        var main = Tokens(parts[0], splitOnComma: false);
        if (parts.Count == 1)
        {
            if (main.Count <= 1) return new PersonName("", "", Decode(main), "");
            var n = main.Count;
            var first = -1;
            for (var i = 0; i < n - 1; i++) if (IsLower(main[i])) { first = i; break; }
            if (first < 0) return new PersonName(Decode(main[..(n - 1)]), "", Decode(main[^1..]), "");
            var last = first;
            for (var i = first; i < n - 1; i++) if (IsLower(main[i])) last = i;
            return new PersonName(Decode(main[..first]), Decode(main[first..(last + 1)]), Decode(main[(last + 1)..]), "");
        }
        var von = 0;
        while (von < main.Count - 1 && IsLower(main[von])) von++;
        var jr = parts.Count >= 3 ? LatexDecoder.Decode(parts[1]) : "";
        var given = LatexDecoder.Decode(parts.Count >= 3 ? string.Join(", ", parts.Skip(2)) : parts[1]);
        return new PersonName(given, Decode(main[..von]), Decode(main[von..]), jr);
    }

    private static string Decode(List<string> words) => LatexDecoder.Decode(string.Join(' ', words));

    /// <summary>BibTeX's test: the first letter at brace depth zero, or the letter of a {\accent x} special.</summary>
    private static bool IsLower(string word)
    {
        var depth = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{')
            {
                // "{\"u}ber": a special character at depth one counts by its letter; other braces are caseless.
                if (depth == 0 && i + 1 < word.Length && word[i + 1] == '\\')
                {
                    var decoded = LatexDecoder.Decode(word[i..]);
                    return decoded.Length > 0 && char.IsLower(decoded[0]);
                }
                depth++;
                continue;
            }
            if (c == '}') { depth--; continue; }
            if (depth == 0 && char.IsLetter(c)) return char.IsLower(c);
        }
        return false;
    }

    private static List<string> SplitCommas(string name)
    {
        var parts = new List<string>();
        var depth = 0;
        var sb = new StringBuilder();
        foreach (var c in name)
        {
            if (c == '{') depth++;
            else if (c == '}') depth--;
            if (c == ',' && depth == 0) { parts.Add(sb.ToString().Trim()); sb.Clear(); }
            else sb.Append(c);
        }
        parts.Add(sb.ToString().Trim());
        return parts;
    }

    /// <summary>Whitespace-separated words at brace depth zero ("~" separates too, as in BibTeX).</summary>
    private static List<string> Tokens(string value, bool splitOnComma)
    {
        var words = new List<string>();
        var depth = 0;
        var sb = new StringBuilder();
        foreach (var c in value)
        {
            if (c == '{') depth++;
            else if (c == '}') depth--;
            if (depth == 0 && (char.IsWhiteSpace(c) || c == '~' || splitOnComma && c == ','))
            {
                if (sb.Length > 0) words.Add(sb.ToString());
                sb.Clear();
            }
            else sb.Append(c);
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }
}

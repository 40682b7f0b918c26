using System.Text;

namespace CvBuild.Core.Model;

/// <summary>
/// Decomposition and composition of accented Latin letters into a base letter and combining marks.
/// The CLI runs with InvariantGlobalization, where string.Normalize leaves non-ASCII text unchanged,
/// so the table that LaTeX accents need is carried here (generated from the Unicode data for
/// U+00C0–U+024F and U+1E00–U+1EFF, limited to the accents LaTeX has macros for). Owner matching composes names
/// with it too, so "Ame\u0301lie" (typed with a combining accent) is "Amélie".
/// </summary>
public static class LatinAccents
{
    // Triples: the letter without its last accent, the combining accent, the accented letter.
    private const string Triples =
        "A\u0300\u00C0A\u0301\u00C1A\u0302\u00C2A\u0303\u00C3A\u0308\u00C4A\u030A\u00C5C\u0327\u00C7"
        + "E\u0300\u00C8E\u0301\u00C9E\u0302\u00CAE\u0308\u00CBI\u0300\u00CCI\u0301\u00CDI\u0302\u00CE"
        + "I\u0308\u00CFN\u0303\u00D1O\u0300\u00D2O\u0301\u00D3O\u0302\u00D4O\u0303\u00D5O\u0308\u00D6"
        + "U\u0300\u00D9U\u0301\u00DAU\u0302\u00DBU\u0308\u00DCY\u0301\u00DDa\u0300\u00E0a\u0301\u00E1"
        + "a\u0302\u00E2a\u0303\u00E3a\u0308\u00E4a\u030A\u00E5c\u0327\u00E7e\u0300\u00E8e\u0301\u00E9"
        + "e\u0302\u00EAe\u0308\u00EBi\u0300\u00ECi\u0301\u00EDi\u0302\u00EEi\u0308\u00EFn\u0303\u00F1"
        + "o\u0300\u00F2o\u0301\u00F3o\u0302\u00F4o\u0303\u00F5o\u0308\u00F6u\u0300\u00F9u\u0301\u00FA"
        + "u\u0302\u00FBu\u0308\u00FCy\u0301\u00FDy\u0308\u00FFA\u0304\u0100a\u0304\u0101A\u0306\u0102"
        + "a\u0306\u0103A\u0328\u0104a\u0328\u0105C\u0301\u0106c\u0301\u0107C\u0302\u0108c\u0302\u0109"
        + "C\u0307\u010Ac\u0307\u010BC\u030C\u010Cc\u030C\u010DD\u030C\u010Ed\u030C\u010FE\u0304\u0112"
        + "e\u0304\u0113E\u0306\u0114e\u0306\u0115E\u0307\u0116e\u0307\u0117E\u0328\u0118e\u0328\u0119"
        + "E\u030C\u011Ae\u030C\u011BG\u0302\u011Cg\u0302\u011DG\u0306\u011Eg\u0306\u011FG\u0307\u0120"
        + "g\u0307\u0121G\u0327\u0122g\u0327\u0123H\u0302\u0124h\u0302\u0125I\u0303\u0128i\u0303\u0129"
        + "I\u0304\u012Ai\u0304\u012BI\u0306\u012Ci\u0306\u012DI\u0328\u012Ei\u0328\u012FI\u0307\u0130"
        + "J\u0302\u0134j\u0302\u0135K\u0327\u0136k\u0327\u0137L\u0301\u0139l\u0301\u013AL\u0327\u013B"
        + "l\u0327\u013CL\u030C\u013Dl\u030C\u013EN\u0301\u0143n\u0301\u0144N\u0327\u0145n\u0327\u0146"
        + "N\u030C\u0147n\u030C\u0148O\u0304\u014Co\u0304\u014DO\u0306\u014Eo\u0306\u014FO\u030B\u0150"
        + "o\u030B\u0151R\u0301\u0154r\u0301\u0155R\u0327\u0156r\u0327\u0157R\u030C\u0158r\u030C\u0159"
        + "S\u0301\u015As\u0301\u015BS\u0302\u015Cs\u0302\u015DS\u0327\u015Es\u0327\u015FS\u030C\u0160"
        + "s\u030C\u0161T\u0327\u0162t\u0327\u0163T\u030C\u0164t\u030C\u0165U\u0303\u0168u\u0303\u0169"
        + "U\u0304\u016Au\u0304\u016BU\u0306\u016Cu\u0306\u016DU\u030A\u016Eu\u030A\u016FU\u030B\u0170"
        + "u\u030B\u0171U\u0328\u0172u\u0328\u0173W\u0302\u0174w\u0302\u0175Y\u0302\u0176y\u0302\u0177"
        + "Y\u0308\u0178Z\u0301\u0179z\u0301\u017AZ\u0307\u017Bz\u0307\u017CZ\u030C\u017Dz\u030C\u017E"
        + "A\u030C\u01CDa\u030C\u01CEI\u030C\u01CFi\u030C\u01D0O\u030C\u01D1o\u030C\u01D2U\u030C\u01D3"
        + "u\u030C\u01D4\u00DC\u0304\u01D5\u00FC\u0304\u01D6\u00DC\u0301\u01D7\u00FC\u0301\u01D8"
        + "\u00DC\u030C\u01D9\u00FC\u030C\u01DA\u00DC\u0300\u01DB\u00FC\u0300\u01DC\u00C4\u0304\u01DE"
        + "\u00E4\u0304\u01DF\u0226\u0304\u01E0\u0227\u0304\u01E1G\u030C\u01E6g\u030C\u01E7K\u030C\u01E8"
        + "k\u030C\u01E9O\u0328\u01EAo\u0328\u01EB\u01EA\u0304\u01EC\u01EB\u0304\u01EDj\u030C\u01F0"
        + "G\u0301\u01F4g\u0301\u01F5N\u0300\u01F8n\u0300\u01F9\u00C5\u0301\u01FA\u00E5\u0301\u01FB"
        + "H\u030C\u021Eh\u030C\u021FA\u0307\u0226a\u0307\u0227E\u0327\u0228e\u0327\u0229\u00D6\u0304\u022A"
        + "\u00F6\u0304\u022B\u00D5\u0304\u022C\u00F5\u0304\u022DO\u0307\u022Eo\u0307\u022F\u022E\u0304\u0230"
        + "\u022F\u0304\u0231Y\u0304\u0232y\u0304\u0233B\u0307\u1E02b\u0307\u1E03B\u0323\u1E04b\u0323\u1E05"
        + "B\u0331\u1E06b\u0331\u1E07\u00C7\u0301\u1E08\u00E7\u0301\u1E09D\u0307\u1E0Ad\u0307\u1E0B"
        + "D\u0323\u1E0Cd\u0323\u1E0DD\u0331\u1E0Ed\u0331\u1E0FD\u0327\u1E10d\u0327\u1E11\u0112\u0300\u1E14"
        + "\u0113\u0300\u1E15\u0112\u0301\u1E16\u0113\u0301\u1E17\u0228\u0306\u1E1C\u0229\u0306\u1E1D"
        + "F\u0307\u1E1Ef\u0307\u1E1FG\u0304\u1E20g\u0304\u1E21H\u0307\u1E22h\u0307\u1E23H\u0323\u1E24"
        + "h\u0323\u1E25H\u0308\u1E26h\u0308\u1E27H\u0327\u1E28h\u0327\u1E29\u00CF\u0301\u1E2E"
        + "\u00EF\u0301\u1E2FK\u0301\u1E30k\u0301\u1E31K\u0323\u1E32k\u0323\u1E33K\u0331\u1E34k\u0331\u1E35"
        + "L\u0323\u1E36l\u0323\u1E37\u1E36\u0304\u1E38\u1E37\u0304\u1E39L\u0331\u1E3Al\u0331\u1E3B"
        + "M\u0301\u1E3Em\u0301\u1E3FM\u0307\u1E40m\u0307\u1E41M\u0323\u1E42m\u0323\u1E43N\u0307\u1E44"
        + "n\u0307\u1E45N\u0323\u1E46n\u0323\u1E47N\u0331\u1E48n\u0331\u1E49\u00D5\u0301\u1E4C"
        + "\u00F5\u0301\u1E4D\u00D5\u0308\u1E4E\u00F5\u0308\u1E4F\u014C\u0300\u1E50\u014D\u0300\u1E51"
        + "\u014C\u0301\u1E52\u014D\u0301\u1E53P\u0301\u1E54p\u0301\u1E55P\u0307\u1E56p\u0307\u1E57"
        + "R\u0307\u1E58r\u0307\u1E59R\u0323\u1E5Ar\u0323\u1E5B\u1E5A\u0304\u1E5C\u1E5B\u0304\u1E5D"
        + "R\u0331\u1E5Er\u0331\u1E5FS\u0307\u1E60s\u0307\u1E61S\u0323\u1E62s\u0323\u1E63\u015A\u0307\u1E64"
        + "\u015B\u0307\u1E65\u0160\u0307\u1E66\u0161\u0307\u1E67\u1E62\u0307\u1E68\u1E63\u0307\u1E69"
        + "T\u0307\u1E6At\u0307\u1E6BT\u0323\u1E6Ct\u0323\u1E6DT\u0331\u1E6Et\u0331\u1E6F\u0168\u0301\u1E78"
        + "\u0169\u0301\u1E79\u016A\u0308\u1E7A\u016B\u0308\u1E7BV\u0303\u1E7Cv\u0303\u1E7DV\u0323\u1E7E"
        + "v\u0323\u1E7FW\u0300\u1E80w\u0300\u1E81W\u0301\u1E82w\u0301\u1E83W\u0308\u1E84w\u0308\u1E85"
        + "W\u0307\u1E86w\u0307\u1E87W\u0323\u1E88w\u0323\u1E89X\u0307\u1E8Ax\u0307\u1E8BX\u0308\u1E8C"
        + "x\u0308\u1E8DY\u0307\u1E8Ey\u0307\u1E8FZ\u0302\u1E90z\u0302\u1E91Z\u0323\u1E92z\u0323\u1E93"
        + "Z\u0331\u1E94z\u0331\u1E95h\u0331\u1E96t\u0308\u1E97w\u030A\u1E98y\u030A\u1E99A\u0323\u1EA0"
        + "a\u0323\u1EA1\u00C2\u0301\u1EA4\u00E2\u0301\u1EA5\u00C2\u0300\u1EA6\u00E2\u0300\u1EA7"
        + "\u00C2\u0303\u1EAA\u00E2\u0303\u1EAB\u1EA0\u0302\u1EAC\u1EA1\u0302\u1EAD\u0102\u0301\u1EAE"
        + "\u0103\u0301\u1EAF\u0102\u0300\u1EB0\u0103\u0300\u1EB1\u0102\u0303\u1EB4\u0103\u0303\u1EB5"
        + "\u1EA0\u0306\u1EB6\u1EA1\u0306\u1EB7E\u0323\u1EB8e\u0323\u1EB9E\u0303\u1EBCe\u0303\u1EBD"
        + "\u00CA\u0301\u1EBE\u00EA\u0301\u1EBF\u00CA\u0300\u1EC0\u00EA\u0300\u1EC1\u00CA\u0303\u1EC4"
        + "\u00EA\u0303\u1EC5\u1EB8\u0302\u1EC6\u1EB9\u0302\u1EC7I\u0323\u1ECAi\u0323\u1ECBO\u0323\u1ECC"
        + "o\u0323\u1ECD\u00D4\u0301\u1ED0\u00F4\u0301\u1ED1\u00D4\u0300\u1ED2\u00F4\u0300\u1ED3"
        + "\u00D4\u0303\u1ED6\u00F4\u0303\u1ED7\u1ECC\u0302\u1ED8\u1ECD\u0302\u1ED9U\u0323\u1EE4u\u0323\u1EE5"
        + "Y\u0300\u1EF2y\u0300\u1EF3Y\u0323\u1EF4y\u0323\u1EF5Y\u0303\u1EF8y\u0303\u1EF9";

    private static readonly Dictionary<char, (char Prefix, char Mark)> Split = [];
    private static readonly Dictionary<(char, char), char> Join = [];

    static LatinAccents()
    {
        for (var i = 0; i + 2 < Triples.Length; i += 3)
        {
            Split[Triples[i + 2]] = (Triples[i], Triples[i + 1]);
            Join[(Triples[i], Triples[i + 1])] = Triples[i + 2];
        }
    }

    /// <summary>"ǘ" → "u" + U+0308 + U+0301 (innermost accent first); other characters unchanged.</summary>
    public static string Decompose(char c)
    {
        if (!Split.ContainsKey(c)) return c.ToString();
        var marks = new StringBuilder();
        while (Split.TryGetValue(c, out var s))
        {
            marks.Insert(0, s.Mark);
            c = s.Prefix;
        }
        return c + marks.ToString();
    }

    /// <summary>The letter with one more accent, or null when Unicode has no such letter.</summary>
    public static char? Compose(char letter, char mark) => Join.TryGetValue((letter, mark), out var c) ? c : null;

    /// <summary>Composes every base-plus-accent pair in the text (what NFC does for these letters).</summary>
    public static string ComposeAll(string text)
    {
        if (text.All(c => c < 0x300 || c > 0x36F)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (sb.Length > 0 && c is >= '\u0300' and <= '\u036F' && Compose(sb[^1], c) is { } composed) sb[^1] = composed;
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Decomposes every accented letter in the text (what NFD does for these letters).</summary>
    public static string DecomposeAll(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text) sb.Append(Decompose(c));
        return sb.ToString();
    }
}

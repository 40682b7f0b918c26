using System.Collections.Concurrent;
using System.Globalization;
using CvBuild.Layout.Text;

namespace CvBuild.Layout;

/// <summary>
/// The fonts a document may use: named families of four cuts each plus an ordered fallback list for characters
/// the family lacks. Fonts are only ever read from files the caller names, never from the system.
/// Thread safe; share one instance between renders so shaping results stay cached.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private readonly Dictionary<string, FontFamily> _families = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FallbackFamily> _fallbacks = [];
    private readonly List<FontFace> _all = [];

    private static readonly Lazy<FontLibrary> BundledLibrary = new(() => Load(DefaultDirectory), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The <c>fonts</c> folder copied next to the application binary.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>
    /// The bundled set (<see cref="Load(string)"/> of <see cref="DefaultDirectory"/>), registered on first use and then
    /// shared by every render in the process: a long-running caller such as <c>cvbuild watch</c> reuses the parsed
    /// faces and the shaping cache on every rebuild. Never disposed. Throws <see cref="FontLoadException"/> (again on
    /// every use) if the bundled fonts are missing or unreadable.
    /// </summary>
    public static FontLibrary Bundled => BundledLibrary.Value;

    internal TextShaper Shaper { get; } = new();

    /// <summary>
    /// Parses the regular face of the first family (which loads the shaping library), as the first paragraph of a
    /// document would. Lets a caller do that on another thread while it reads its input; the result is the same.
    /// Throws <see cref="FontLoadException"/> as that first use would.
    /// </summary>
    public void WarmUp()
    {
        if (_families.Values.FirstOrDefault() is { } family)
        {
            _ = family.Regular.UnitsPerEm;
        }
    }

    private ConcurrentDictionary<(int CodePoint, string Family, bool Bold, bool Italic), FontFace?> FallbackCache { get; } = new();

    /// <summary>The file in the fonts folder that lists the fallback families, in order (see <see cref="Load(string)"/>).</summary>
    public const string FallbackListFile = "fallbacks.txt";

    public IReadOnlyCollection<string> Families => _families.Keys;

    /// <summary>
    /// Loads the bundled set from <paramref name="fontsDirectory"/>: Noto Serif and Noto Sans (four cuts each), then the
    /// fallback families that <c>fallbacks.txt</c> in the same folder lists, one a line:
    /// <c>serves regular bold italic bold-italic ranges</c> (serves: a family name with "_" for spaces or "*"; a cut
    /// "-" when missing; ranges as hex <c>0590-05FF,FB1D</c>). Only table directories are read here; a face is parsed
    /// when a document first needs it. Throws <see cref="FontLoadException"/> if a file is missing or a line is malformed.
    /// </summary>
    public static FontLibrary Load(string fontsDirectory)
    {
        if (!Directory.Exists(fontsDirectory))
        {
            throw new FontLoadException($"Fonts directory not found: {fontsDirectory}");
        }
        var library = new FontLibrary();
        try
        {
            library.AddFamily(FontFamilies.Serif, Path.Combine(fontsDirectory, "NotoSerif-Regular.ttf"),
                Path.Combine(fontsDirectory, "NotoSerif-Bold.ttf"), Path.Combine(fontsDirectory, "NotoSerif-Italic.ttf"),
                Path.Combine(fontsDirectory, "NotoSerif-BoldItalic.ttf"));
            library.AddFamily(FontFamilies.Sans, Path.Combine(fontsDirectory, "NotoSans-Regular.ttf"),
                Path.Combine(fontsDirectory, "NotoSans-Bold.ttf"), Path.Combine(fontsDirectory, "NotoSans-Italic.ttf"),
                Path.Combine(fontsDirectory, "NotoSans-BoldItalic.ttf"));
            library.AddFallbacks(fontsDirectory);
        }
        catch
        {
            library.Dispose();
            throw;
        }
        return library;
    }

    /// <summary>Registers a family from four TrueType files (regular, bold, italic, bold italic).</summary>
    public void AddFamily(string name, string regular, string bold, string italic, string boldItalic)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var family = new FontFamily(name, Track(FontFace.Load(regular)), Track(FontFace.Load(bold)),
            Track(FontFace.Load(italic)), Track(FontFace.Load(boldItalic)));
        _families[name] = family;
    }

    /// <summary>Appends a font consulted, in order, for characters the requested family does not have, in every style.</summary>
    public void AddFallback(string path)
    {
        _fallbacks.Add(new FallbackFamily(null, Track(FontFace.Load(path)), null, null, null, []));
        FallbackCache.Clear();
    }

    private void AddFallbacks(string fontsDirectory)
    {
        var list = Path.Combine(fontsDirectory, FallbackListFile);
        if (!File.Exists(list))
        {
            throw new FontLoadException($"Fallback font list not found: {list}");
        }
        var number = 0;
        foreach (var line in File.ReadLines(list))
        {
            number++;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0 || fields[0].StartsWith('#'))
            {
                continue;
            }
            if (fields.Length != 6)
            {
                throw new FontLoadException($"{list}:{number}: expected 'serves regular bold italic bold-italic ranges'.");
            }
            FontFace? Cut(string name) => name == "-" ? null : Track(FontFace.Load(Path.Combine(fontsDirectory, name)));
            var serves = fields[0] == "*" ? null : fields[0].Replace('_', ' ');
            var regular = Cut(fields[1]) ?? throw new FontLoadException($"{list}:{number}: a fallback needs a regular cut.");
            _fallbacks.Add(new FallbackFamily(serves, regular, Cut(fields[2]), Cut(fields[3]), Cut(fields[4]), ParseRanges(fields[5], list, number)));
        }
        FallbackCache.Clear();
    }

    private static List<(int First, int Last)> ParseRanges(string text, string list, int number)
    {
        var ranges = new List<(int, int)>();
        foreach (var part in text.Split(','))
        {
            var bounds = part.Split('-');
            if (bounds.Length > 2 || !bounds.All(b => int.TryParse(b, NumberStyles.HexNumber, null, out _)))
            {
                throw new FontLoadException($"{list}:{number}: '{part}' is not a hex code point or range.");
            }
            var first = int.Parse(bounds[0], NumberStyles.HexNumber, null);
            ranges.Add((first, bounds.Length == 2 ? int.Parse(bounds[1], NumberStyles.HexNumber, null) : first));
        }
        return ranges;
    }

    internal FontFace Resolve(TextStyle style)
    {
        if (!_families.TryGetValue(style.FontFamily, out var family))
        {
            throw new FontLoadException($"Font family '{style.FontFamily}' is not loaded; known: {string.Join(", ", _families.Keys)}.");
        }
        return family.Select(style.Bold, style.Italic);
    }

    /// <summary>
    /// The fallback face for <paramref name="codepoint"/> in text of <paramref name="style"/>, or null if no loaded font
    /// has it. Families that match the text's design (serif for serif) and weight come first, in list order, so that
    /// "√" in a bold italic serif line comes from a bold italic serif; only when no face of the text's weight has the
    /// glyph does another weight stand in. A face is read only when its family claims the code point.
    /// </summary>
    internal FontFace? FindFallback(int codepoint, TextStyle style) =>
        FallbackCache.GetOrAdd((codepoint, style.FontFamily, style.Bold, style.Italic), key =>
        {
            var claiming = _fallbacks.Where(f => f.Claims(key.CodePoint)).ToList();
            var ordered = claiming.Where(f => f.ServesFamily(key.Family)).Concat(claiming.Where(f => !f.ServesFamily(key.Family)));
            return ordered.SelectMany(f => f.CutsOfWeight(key.Bold, key.Italic)).FirstOrDefault(f => f.HasGlyph(key.CodePoint))
                ?? ordered.SelectMany(f => f.AllCuts()).FirstOrDefault(f => f.HasGlyph(key.CodePoint));
        });

    /// <summary>
    /// Whether some loaded font can draw <paramref name="codepoint"/> in text of <paramref name="style"/>: the family's
    /// own cut or a fallback. Line ends, spaces, format controls and variation selectors need no glyph and count as covered.
    /// </summary>
    public bool Covers(int codepoint, TextStyle style) =>
        NeedsNoGlyph(codepoint) || Resolve(style).HasGlyph(codepoint) || FindFallback(codepoint, style) is not null;

    /// <summary>
    /// The characters of <paramref name="text"/> that no loaded font can draw in <paramref name="style"/> (they would print
    /// as empty boxes), in order of appearance.
    /// </summary>
    public IReadOnlyList<UncoveredCharacter> FindUncovered(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<UncoveredCharacter>();
        for (var i = 0; i < text.Length; i++)
        {
            var cp = (int)text[i];
            var start = i;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[++i]);
            }
            if (!Covers(cp, style))
            {
                found.Add(new UncoveredCharacter(start, cp));
            }
        }
        return found;
    }

    // Unicode general categories Cc, Cf, Zs, Zl, Zp and the variation selectors: shaping consumes or spaces them.
    private static bool NeedsNoGlyph(int codepoint)
    {
        if (codepoint is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or (>= 0xD800 and <= 0xDFFF))
        {
            return true;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(codepoint);
        return category is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator;
    }

    private FontFace Track(FontFace face)
    {
        _all.Add(face);
        return face;
    }

    public void Dispose()
    {
        foreach (var face in _all)
        {
            face.Dispose();
        }
        _all.Clear();
        _families.Clear();
        _fallbacks.Clear();
    }
}

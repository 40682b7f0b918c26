using System.Collections.Concurrent;
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
    private readonly List<FontFace> _fallbacks = [];
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

    internal ConcurrentDictionary<int, FontFace?> FallbackCache { get; } = new();

    public IReadOnlyCollection<string> Families => _families.Keys;

    /// <summary>
    /// Loads the bundled set from <paramref name="fontsDirectory"/>: Noto Serif and Noto Sans (four cuts each),
    /// then DejaVu Sans and Droid Sans Fallback as fallbacks. Throws <see cref="FontLoadException"/> if a file is missing.
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
            library.AddFallback(Path.Combine(fontsDirectory, "DejaVuSans.ttf"));
            library.AddFallback(Path.Combine(fontsDirectory, "DroidSansFallbackFull.ttf"));
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

    /// <summary>Appends a font consulted, in order, for characters the requested family does not have.</summary>
    public void AddFallback(string path)
    {
        _fallbacks.Add(Track(FontFace.Load(path)));
        FallbackCache.Clear();
    }

    internal IReadOnlyList<FontFace> Fallbacks => _fallbacks;

    internal FontFace Resolve(TextStyle style)
    {
        if (!_families.TryGetValue(style.FontFamily, out var family))
        {
            throw new FontLoadException($"Font family '{style.FontFamily}' is not loaded; known: {string.Join(", ", _families.Keys)}.");
        }
        return family.Select(style.Bold, style.Italic);
    }

    /// <summary>First fallback font that has <paramref name="codepoint"/>, or null.</summary>
    internal FontFace? FindFallback(int codepoint) =>
        FallbackCache.GetOrAdd(codepoint, cp => _fallbacks.FirstOrDefault(f => f.HasGlyph(cp)));

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

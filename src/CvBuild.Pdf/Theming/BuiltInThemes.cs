using System.Collections.Concurrent;
using System.Reflection;

namespace CvBuild.Pdf.Theming;

/// <summary>
/// The themes shipped with cvbuild: YAML files in Themes/, embedded in the assembly and read by the same
/// <see cref="ThemeReader"/> as a user's file, so a copy of one (<c>cvbuild theme show NAME</c>) is a working start.
/// </summary>
public static class BuiltInThemes
{
    // Lazy values, so a thread asking for a theme another is parsing waits for it instead of parsing it again.
    private static readonly ConcurrentDictionary<string, Lazy<Theme>> Parsed = new(StringComparer.Ordinal);

    /// <summary>The built-in names, in the order the docs list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["classic", "modern", "compact", "sidebar", "banded"];

    /// <summary>Whether <paramref name="name"/> (trimmed, any case) names a built-in theme rather than a file.</summary>
    public static bool IsBuiltIn(string name) => Names.Contains(name.Trim().ToLowerInvariant());

    /// <summary>The YAML text of a built-in theme, as shipped.</summary>
    /// <exception cref="PdfRenderException">No built-in theme has that name.</exception>
    public static string Source(string name)
    {
        var key = Key(name);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"CvBuild.Pdf.Themes.{key}.yaml")
            ?? throw new InvalidOperationException($"the built-in theme '{key}' is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A built-in theme, parsed once per process.</summary>
    /// <exception cref="PdfRenderException">No built-in theme has that name.</exception>
    public static Theme Get(string name)
    {
        return Parsed.GetOrAdd(Key(name), k => new Lazy<Theme>(() =>
        {
            var read = ThemeReader.Parse(Source(k), $"{k}.yaml");
            // A shipped theme that does not read is a bug of this build, not a user mistake.
            return read.Theme ?? throw new InvalidOperationException(
                $"built-in theme '{k}' does not read: {string.Join("; ", read.Diagnostics.Select(d => d.ToString()))}");
        }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The built-in name <paramref name="name"/> gives (trimmed, lower case).</summary>
    /// <exception cref="PdfRenderException">No built-in theme has that name.</exception>
    private static string Key(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        return Names.Contains(key)
            ? key
            : throw new PdfRenderException($"unknown theme '{name}' (built in: {string.Join(", ", Names)}; or give the path of a theme YAML file)");
    }
}

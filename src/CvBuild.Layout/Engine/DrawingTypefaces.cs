using SkiaSharp;

namespace CvBuild.Layout.Engine;

/// <summary>
/// The typefaces the final pass draws with: each used font cut down to the glyphs the document uses
/// (glyph ids kept, so shaping results stay valid), which keeps the PDF small.
/// </summary>
internal sealed class DrawingTypefaces : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> _typefaces = [];

    private DrawingTypefaces()
    {
    }

    public static DrawingTypefaces Create(IReadOnlyDictionary<FontFace, HashSet<ushort>> usedGlyphs)
    {
        var result = new DrawingTypefaces();
        try
        {
            // Sorted so the subsetting order (and anything derived from it) never depends on hash ordering.
            foreach (var (face, glyphs) in usedGlyphs.OrderBy(p => p.Key.Name, StringComparer.Ordinal))
            {
                if (glyphs.Count == 0)
                {
                    continue;
                }
                var subset = face.Subset(glyphs);
                var typeface = SKTypeface.FromData(SKData.CreateCopy(subset))
                    ?? throw new FontLoadException($"Skia could not load the subset of font '{face.Name}'.");
                result._typefaces[face] = typeface;
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }
        return result;
    }

    public SKTypeface For(FontFace face) => _typefaces.TryGetValue(face, out var typeface) ? typeface : face.Typeface;

    public void Dispose()
    {
        foreach (var typeface in _typefaces.Values)
        {
            typeface.Dispose();
        }
        _typefaces.Clear();
    }
}

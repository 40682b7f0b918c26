using SkiaSharp;

namespace CvBuild.Layout.Engine;

/// <summary>
/// The drawing side of a render pass. A dry pass has no canvas: it only counts pages, records bookmarks and the
/// glyphs used per font (for subsetting), so the real pass can draw with final page totals and subset fonts.
/// </summary>
internal sealed class DrawContext(LayoutContext layout, SKCanvas? canvas, Func<FontFace, SKTypeface> typefaces) : IDisposable
{
    private readonly Dictionary<(FontFace, float), SKFont> _fonts = [];

    public LayoutContext Layout { get; } = layout;
    public SKCanvas? Canvas { get; set; } = canvas;
    public int PageIndex { get; set; }
    public Dictionary<FontFace, HashSet<ushort>> UsedGlyphs { get; } = [];
    public List<BookmarkMark> Bookmarks { get; } = [];
    public SKTextBlobBuilder BlobBuilder { get; } = new();

    /// <summary>What the lines drawn in this pass look like (counted on every pass; the final pass's are reported).</summary>
    public TextStatistics Statistics { get; set; } = new(0, 0, 0, 0);
    public SKPaint Paint { get; } = new() { IsAntialias = true };

    public HashSet<ushort> GlyphsOf(FontFace face)
    {
        if (!UsedGlyphs.TryGetValue(face, out var set))
        {
            set = [];
            UsedGlyphs[face] = set;
        }
        return set;
    }

    public SKFont Font(FontFace face, float size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            // Unhinted, subpixel, linear metrics: positions come from HarfBuzz, Skia must not round them.
            font = new SKFont(typefaces(face), size)
            {
                Hinting = SKFontHinting.None,
                Subpixel = true,
                LinearMetrics = true,
                Edging = SKFontEdging.SubpixelAntialias,
            };
            _fonts[(face, size)] = font;
        }
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
        _fonts.Clear();
        BlobBuilder.Dispose();
        Paint.Dispose();
    }
}

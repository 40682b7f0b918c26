using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;

namespace CvBuild.Layout;

/// <summary>One loaded font file: the bytes (for subsetting), a HarfBuzz font for shaping and a Skia typeface for drawing.</summary>
internal sealed class FontFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;

    private FontFace(string name, byte[] data, Blob blob, Face face, HarfBuzzSharp.Font font, SKTypeface typeface)
    {
        Name = name;
        Data = data;
        _blob = blob;
        _face = face;
        Shaper = font;
        Typeface = typeface;
        UnitsPerEm = face.UnitsPerEm;
        var extents = font.GetFontExtentsForDirection(Direction.LeftToRight);
        Ascender = extents.Ascender / (float)UnitsPerEm;
        Descender = -extents.Descender / (float)UnitsPerEm;
    }

    public string Name { get; }
    public byte[] Data { get; }
    public HarfBuzzSharp.Font Shaper { get; }
    public SKTypeface Typeface { get; }
    public int UnitsPerEm { get; }

    /// <summary>Ascender as a fraction of the em (positive).</summary>
    public float Ascender { get; }

    /// <summary>Descender as a fraction of the em (positive, below the baseline).</summary>
    public float Descender { get; }

    public bool HasGlyph(int codepoint) => Shaper.TryGetGlyph((uint)codepoint, out var glyph) && glyph != 0;

    public static FontFace Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FontLoadException($"Font file not found: {path}");
        }
        var data = File.ReadAllBytes(path);
        return FromData(Path.GetFileName(path), data);
    }

    public static FontFace FromData(string name, byte[] data)
    {
        var blob = CreateBlob(data);
        var face = new Face(blob, 0);
        if (face.GlyphCount == 0 || face.UnitsPerEm <= 0)
        {
            face.Dispose();
            blob.Dispose();
            throw new FontLoadException($"Font '{name}' could not be read as an OpenType font.");
        }
        // Skia embeds CFF (.otf) outlines as Type 3 fonts, which lose text extraction quality; insist on glyf.
        if (!face.Tables.Contains(Tag.Parse("glyf")))
        {
            face.Dispose();
            blob.Dispose();
            throw new FontLoadException($"Font '{name}' has no 'glyf' table; only TrueType-outline fonts are supported.");
        }
        if (face.HasVariationData)
        {
            face.Dispose();
            blob.Dispose();
            throw new FontLoadException($"Font '{name}' is a variable font; use static instances.");
        }
        var font = new HarfBuzzSharp.Font(face);
        // Shape in font units so results are size independent and can be cached once per text.
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        var typeface = SKTypeface.FromData(SKData.CreateCopy(data));
        if (typeface is null)
        {
            font.Dispose();
            face.Dispose();
            blob.Dispose();
            throw new FontLoadException($"Font '{name}' could not be loaded by Skia.");
        }
        return new FontFace(name, data, blob, face, font, typeface);
    }

    /// <summary>
    /// Copies the font into native memory owned by the blob. (Blob.FromStream was seen to hand HarfBuzz
    /// data that shaped to wrong glyph ids, e.g. "fi" to U+2C6E's glyph, so it is not used.)
    /// </summary>
    private static unsafe Blob CreateBlob(byte[] data)
    {
        var memory = NativeMemory.Alloc((nuint)data.Length);
        data.AsSpan().CopyTo(new Span<byte>(memory, data.Length));
        return new Blob((IntPtr)memory, data.Length, MemoryMode.ReadOnly, () => NativeMemory.Free(memory));
    }

    public override string ToString() => Name;

    public void Dispose()
    {
        Typeface.Dispose();
        Shaper.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }
}

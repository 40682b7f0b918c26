using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using CvBuild.Layout.Pdf;
using HarfBuzzSharp;

namespace CvBuild.Layout;

/// <summary>
/// One font file: the bytes (for subsetting and embedding) and a HarfBuzz font for shaping and metrics.
/// Registering a face only reads the file's table directory (<see cref="FontFileCheck"/>), so a missing, foreign,
/// CFF-outline or variable font still fails at once with its name; the file is mapped into memory and parsed on
/// first use (HarfBuzz reads only the tables and glyphs it needs, nothing is copied), so a document pays only for
/// the faces it uses. Thread safe: concurrent first uses load the face once.
/// </summary>
internal sealed class FontFace : IDisposable
{
    private readonly Lazy<Loaded> _loaded;

    private FontFace(string name, Func<Blob> open)
    {
        Name = name;
        _loaded = new Lazy<Loaded>(() => Loaded.Create(name, open()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name { get; }
    public HarfBuzzSharp.Font Shaper => _loaded.Value.Font;
    public int UnitsPerEm => _loaded.Value.UnitsPerEm;

    /// <summary>Ascender as a fraction of the em (positive).</summary>
    public float Ascender => _loaded.Value.Ascender;

    /// <summary>Descender as a fraction of the em (positive, below the baseline).</summary>
    public float Descender => _loaded.Value.Descender;

    /// <summary>
    /// The glyph of U+0020. HarfBuzz draws a default-ignorable character (a variation selector, a joiner) as this glyph
    /// with no advance; such a glyph shows nothing and is left out of the PDF, where it would read as a space.
    /// </summary>
    public ushort SpaceGlyph => _spaceGlyph ??= Shaper.TryGetGlyph(' ', out var glyph) ? (ushort)glyph : (ushort)0;

    private ushort? _spaceGlyph;

    public bool HasGlyph(int codepoint) => Shaper.TryGetGlyph((uint)codepoint, out var glyph) && glyph != 0;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> _smallCaps = new();

    /// <summary>
    /// True when the face's OpenType <c>smcp</c> feature gives <paramref name="codepoint"/> a glyph of its own (a real
    /// small capital); answered by shaping the letter with and without the feature, once per letter.
    /// </summary>
    public bool HasSmallCap(int codepoint) => _smallCaps.GetOrAdd(codepoint, cp =>
    {
        if (!HasGlyph(cp)) return false;
        var text = char.ConvertFromUtf32(cp);
        return Shape(text, []) != Shape(text, [new Feature(Tag.Parse("smcp"))]);
    });

    private uint Shape(string text, Feature[] features)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        Shaper.Shape(buffer, features);
        return buffer.Length > 0 ? buffer.GetGlyphInfoSpan()[0].Codepoint : 0;
    }

    /// <summary>The font cut down to <paramref name="glyphs"/> (ids kept), made from the parsed face; see <see cref="FontSubsetter"/>.
    /// <paramref name="nominalCodepoints"/>, when given, receives the lowest code point the cmap maps to each kept glyph.</summary>
    public byte[] Subset(IReadOnlyCollection<ushort> glyphs, Dictionary<ushort, int>? nominalCodepoints = null) =>
        FontSubsetter.Subset(_loaded.Value.Face.Handle, glyphs, nominalCodepoints);

    /// <summary>
    /// Registers the font file at <paramref name="path"/> after checking its table directory; the rest of the file is
    /// read on first use. Throws <see cref="FontLoadException"/> if the file is missing or not a static TrueType font.
    /// </summary>
    public static FontFace Load(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var stream = File.OpenRead(path);
            FontFileCheck.Verify(name, stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FontLoadException($"Font file not found: {path}");
        }
        catch (IOException ex)
        {
            throw new FontLoadException($"Font file '{path}' could not be read: {ex.Message}");
        }
        return new FontFace(name, () => MapFile(name, path));
    }

    /// <summary>Registers a font from bytes in memory, with the same checks as <see cref="Load"/>.</summary>
    public static FontFace FromData(string name, byte[] data)
    {
        using (var stream = new MemoryStream(data, writable: false))
        {
            FontFileCheck.Verify(name, stream);
        }
        return new FontFace(name, () => CopyToNative(data));
    }

    public override string ToString() => Name;

    public void Dispose()
    {
        if (_loaded.IsValueCreated)
        {
            _loaded.Value.Dispose();
        }
    }

    /// <summary>
    /// Maps the file read-only: the kernel pages in only what HarfBuzz touches, from the page cache, and the blob
    /// unmaps it when HarfBuzz lets go of it.
    /// </summary>
    private static unsafe Blob MapFile(string name, string path)
    {
        MemoryMappedFile? file = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = stream.Length;
            if (length is 0 or > int.MaxValue)
            {
                throw new FontLoadException($"Font '{name}' could not be read as an OpenType font.");
            }
            file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            var (ownedFile, ownedView) = (file, view);
            return new Blob((IntPtr)(start + view.PointerOffset), (int)length, MemoryMode.ReadOnly, () =>
            {
                ownedView.SafeMemoryMappedViewHandle.ReleasePointer();
                ownedView.Dispose();
                ownedFile.Dispose();
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            view?.Dispose();
            file?.Dispose();
            throw new FontLoadException($"Font file '{path}' could not be read: {ex.Message}");
        }
    }

    /// <summary>
    /// Copies the font into native memory owned by the blob. (Blob.FromStream was seen to hand HarfBuzz
    /// data that shaped to wrong glyph ids, e.g. "fi" to U+2C6E's glyph, so it is not used.)
    /// </summary>
    private static unsafe Blob CopyToNative(byte[] data)
    {
        var memory = NativeMemory.Alloc((nuint)data.Length);
        data.AsSpan().CopyTo(new Span<byte>(memory, data.Length));
        return new Blob((IntPtr)memory, data.Length, MemoryMode.ReadOnly, () => NativeMemory.Free(memory));
    }

    /// <summary>The parsed face: what shaping, metrics and subsetting need.</summary>
    private sealed class Loaded : IDisposable
    {
        private readonly Blob _blob;

        private Loaded(Blob blob, Face face, HarfBuzzSharp.Font font)
        {
            _blob = blob;
            Face = face;
            Font = font;
            UnitsPerEm = face.UnitsPerEm;
            var extents = font.GetFontExtentsForDirection(Direction.LeftToRight);
            Ascender = extents.Ascender / (float)UnitsPerEm;
            Descender = -extents.Descender / (float)UnitsPerEm;
        }

        public Face Face { get; }
        public HarfBuzzSharp.Font Font { get; }
        public int UnitsPerEm { get; }
        public float Ascender { get; }
        public float Descender { get; }

        public static Loaded Create(string name, Blob blob)
        {
            var face = new Face(blob, 0);
            // The table directory was checked at registration; this catches a file changed or damaged since.
            if (face.GlyphCount == 0 || face.UnitsPerEm <= 0)
            {
                face.Dispose();
                blob.Dispose();
                throw new FontLoadException($"Font '{name}' could not be read as an OpenType font.");
            }
            var font = new HarfBuzzSharp.Font(face);
            // Shape in font units so results are size independent and can be cached once per text.
            font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
            return new Loaded(blob, face, font);
        }

        public void Dispose()
        {
            Font.Dispose();
            Face.Dispose();
            _blob.Dispose();
        }
    }
}

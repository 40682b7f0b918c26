using System.Buffers.Binary;

namespace CvBuild.Layout;

/// <summary>
/// The checks a font file must pass to be registered, made on its table directory alone (a few hundred bytes
/// instead of the whole file): an sfnt font (OpenType spec, "Organization of an OpenType Font": offset table and
/// table records; for a collection, its first font) whose 'head' and 'maxp' tables lie inside the file with a
/// usable units-per-em and at least one glyph, with TrueType outlines ('glyf': the PDF writer embeds fonts as
/// FontFile2, ISO 32000-1 §9.9) and no variations ('fvar': use static instances).
/// </summary>
internal static class FontFileCheck
{
    private const uint TrueType = 0x00010000;
    private const uint AppleTrueType = 0x74727565; // 'true'
    private const uint Cff = 0x4F54544F; // 'OTTO'
    private const uint Collection = 0x74746366; // 'ttcf'

    /// <summary>Throws <see cref="FontLoadException"/> naming <paramref name="name"/> when the font fails a check.</summary>
    public static void Verify(string name, Stream stream)
    {
        var length = stream.Length;
        Span<byte> header = stackalloc byte[12];
        if (!ReadAt(stream, 0, header))
        {
            throw Unreadable(name);
        }
        long start = 0;
        if (BinaryPrimitives.ReadUInt32BigEndian(header) == Collection)
        {
            // TTC header: tag, version, numFonts, then each font's offset table position; HarfBuzz is given face 0.
            if (BinaryPrimitives.ReadUInt32BigEndian(header[8..]) == 0 || !ReadAt(stream, 12, header[..4]))
            {
                throw Unreadable(name);
            }
            start = BinaryPrimitives.ReadUInt32BigEndian(header);
            if (!ReadAt(stream, start, header))
            {
                throw Unreadable(name);
            }
        }
        var version = BinaryPrimitives.ReadUInt32BigEndian(header);
        if (version is not (TrueType or AppleTrueType or Cff))
        {
            throw Unreadable(name);
        }
        var count = BinaryPrimitives.ReadUInt16BigEndian(header[4..]);
        var records = new byte[count * 16];
        if (count == 0 || !ReadAt(stream, start + 12, records))
        {
            throw Unreadable(name);
        }

        bool glyf = false, fvar = false;
        long headAt = -1, maxpAt = -1;
        for (var i = 0; i < count; i++)
        {
            var record = records.AsSpan(i * 16, 16);
            var tag = BinaryPrimitives.ReadUInt32BigEndian(record);
            long offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            long size = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            var inside = offset + size <= length;
            switch (tag)
            {
                case 0x676C7966: // 'glyf'
                    glyf = true;
                    break;
                case 0x66766172: // 'fvar'
                    fvar = true;
                    break;
                case 0x68656164 when inside && size >= 54: // 'head'
                    headAt = offset;
                    break;
                case 0x6D617870 when inside && size >= 6: // 'maxp'
                    maxpAt = offset;
                    break;
            }
        }

        Span<byte> field = stackalloc byte[2];
        // head.unitsPerEm (offset 18) and maxp.numGlyphs (offset 4).
        if (headAt < 0 || maxpAt < 0
            || !ReadAt(stream, headAt + 18, field) || BinaryPrimitives.ReadUInt16BigEndian(field) == 0
            || !ReadAt(stream, maxpAt + 4, field) || BinaryPrimitives.ReadUInt16BigEndian(field) == 0)
        {
            throw Unreadable(name);
        }
        if (!glyf)
        {
            throw new FontLoadException($"Font '{name}' has no 'glyf' table; only TrueType-outline fonts are supported.");
        }
        if (fvar)
        {
            throw new FontLoadException($"Font '{name}' is a variable font; use static instances.");
        }
    }

    private static FontLoadException Unreadable(string name) => new($"Font '{name}' could not be read as an OpenType font.");

    private static bool ReadAt(Stream stream, long position, Span<byte> into)
    {
        if (position < 0 || position + into.Length > stream.Length)
        {
            return false;
        }
        stream.Position = position;
        stream.ReadExactly(into);
        return true;
    }
}

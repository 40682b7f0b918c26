using System.Buffers.Binary;
using System.Text;

namespace CvBuild.Layout.Pdf;

/// <summary>
/// What a PDF font descriptor (ISO 32000-1 §9.8) needs from a TrueType/OpenType file, read from its tables
/// (OpenType spec: head, hhea, OS/2, post, name). Values are in font units unless said otherwise.
/// </summary>
internal sealed record SfntMetrics(
    int UnitsPerEm,
    short XMin,
    short YMin,
    short XMax,
    short YMax,
    short Ascender,
    short Descender,
    short? CapHeight,
    int WeightClass,
    double ItalicAngle,
    bool FixedPitch,
    bool Italic,
    string? PostScriptName)
{
    /// <summary>Reads the metrics; a missing optional table gives defaults. Throws <see cref="FontLoadException"/>
    /// when the file has no readable head table.</summary>
    public static SfntMetrics Read(ReadOnlySpan<byte> font, string fontName)
    {
        var head = Table(font, "head");
        if (head.Length < 54)
        {
            throw new FontLoadException($"Font '{fontName}' has no readable head table.");
        }
        var hhea = Table(font, "hhea");
        var os2 = Table(font, "OS/2");
        var post = Table(font, "post");
        var macStyle = U16(head, 44);
        short ascender = hhea.Length >= 8 ? S16(hhea, 4) : S16(head, 42);
        short descender = hhea.Length >= 8 ? S16(hhea, 6) : S16(head, 38);
        short? capHeight = os2.Length >= 90 && U16(os2, 0) >= 2 ? S16(os2, 88) : null;
        var weight = os2.Length >= 6 ? U16(os2, 4) : (macStyle & 1) != 0 ? 700 : 400;
        var italicAngle = post.Length >= 16 ? BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0 : 0;
        var fixedPitch = post.Length >= 16 && BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;
        var italic = (macStyle & 2) != 0 || italicAngle != 0;
        return new SfntMetrics(U16(head, 18), S16(head, 36), S16(head, 38), S16(head, 40), S16(head, 42), ascender, descender,
            capHeight, weight, italicAngle, fixedPitch, italic, PostScriptNameOf(Table(font, "name")));
    }

    /// <summary>The bytes of the table with <paramref name="tag"/>, or an empty span.</summary>
    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, string tag)
    {
        if (font.Length < 12)
        {
            return [];
        }
        var count = U16(font, 4);
        Span<byte> wanted = stackalloc byte[4];
        Encoding.ASCII.GetBytes(tag, wanted);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + i * 16;
            if (record + 16 > font.Length)
            {
                break;
            }
            if (font.Slice(record, 4).SequenceEqual(wanted))
            {
                var offset = BinaryPrimitives.ReadUInt32BigEndian(font[(record + 8)..]);
                var length = BinaryPrimitives.ReadUInt32BigEndian(font[(record + 12)..]);
                return offset + (ulong)length <= (ulong)font.Length ? font.Slice((int)offset, (int)length) : [];
            }
        }
        return [];
    }

    /// <summary>Name id 6 (PostScript name), Windows Unicode or Macintosh Roman record; only the characters PDF
    /// names allow in a BaseFont are kept.</summary>
    private static string? PostScriptNameOf(ReadOnlySpan<byte> name)
    {
        if (name.Length < 6)
        {
            return null;
        }
        var count = U16(name, 2);
        var storage = U16(name, 4);
        for (var i = 0; i < count; i++)
        {
            var r = 6 + i * 12;
            if (r + 12 > name.Length)
            {
                break;
            }
            int platform = U16(name, r), nameId = U16(name, r + 6), length = U16(name, r + 8), offset = U16(name, r + 10);
            if (nameId != 6 || storage + offset + length > name.Length)
            {
                continue;
            }
            var bytes = name.Slice(storage + offset, length);
            var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            var clean = new StringBuilder();
            foreach (var c in text)
            {
                if (c is > ' ' and < '\x7f' and not ('(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%' or '#'))
                {
                    clean.Append(c);
                }
            }
            if (clean.Length > 0)
            {
                return clean.ToString();
            }
        }
        return null;
    }

    private static ushort U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static short S16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt16BigEndian(data[at..]);
}

using System.Text;

namespace CvBuild.Layout.Pdf;

/// <summary>
/// An append-only byte buffer that writes PDF syntax (ISO 32000-1 §7.3): ASCII tokens, numbers in the shortest fixed
/// form, names, hex and UTF-16 text strings. Numbers never use the current culture, exponents or "-0", so the same
/// values always give the same bytes.
/// </summary>
internal sealed class PdfBytes
{
    private byte[] _buffer;

    public PdfBytes(int capacity = 4096) => _buffer = new byte[Math.Max(capacity, 16)];

    /// <summary>Bytes written so far.</summary>
    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    /// <summary>The bytes written so far, without a copy: valid while nothing more is written.</summary>
    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    public void Clear() => Length = 0;

    public byte[] ToArray() => Span.ToArray();

    public PdfBytes Byte(byte value)
    {
        Reserve(1);
        _buffer[Length++] = value;
        return this;
    }

    public PdfBytes Raw(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>Appends ASCII text (PDF keywords and operators); other characters are a programming error.</summary>
    public PdfBytes Ascii(string text)
    {
        Reserve(text.Length);
        foreach (var c in text)
        {
            _buffer[Length++] = c < 128 ? (byte)c : throw new ArgumentException($"Non-ASCII character in PDF syntax: '{text}'.");
        }
        return this;
    }

    public PdfBytes Int(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        var negative = value < 0;
        var magnitude = negative ? (ulong)(-value) : (ulong)value;
        var n = 0;
        do
        {
            digits[n++] = (byte)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude > 0);
        Reserve(n + 1);
        if (negative)
        {
            _buffer[Length++] = (byte)'-';
        }
        while (n > 0)
        {
            _buffer[Length++] = digits[--n];
        }
        return this;
    }

    /// <summary>A real number rounded to <paramref name="decimals"/> places (at most 6), trailing zeros dropped.</summary>
    public PdfBytes Real(double value, int decimals = 3)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException("PDF numbers must be finite.", nameof(value));
        }
        long scale = 1;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10;
        }
        var scaled = (long)Math.Round(value * scale, MidpointRounding.AwayFromZero);
        if (scaled == 0)
        {
            return Byte((byte)'0');
        }
        if (scaled < 0)
        {
            Byte((byte)'-');
            scaled = -scaled;
        }
        Int(scaled / scale);
        var fraction = scaled % scale;
        if (fraction != 0)
        {
            var digits = decimals;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }
            Byte((byte)'.');
            var text = fraction.ToString(System.Globalization.CultureInfo.InvariantCulture);
            for (var i = text.Length; i < digits; i++)
            {
                Byte((byte)'0');
            }
            Ascii(text);
        }
        return this;
    }

    /// <summary>A name object (§7.3.5): "/" then the bytes, with delimiters, whitespace and non-ASCII as #xx.</summary>
    public PdfBytes Name(string name)
    {
        Byte((byte)'/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F and not ((byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
                or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%'))
            {
                Byte(b);
            }
            else
            {
                Byte((byte)'#').Hex(b);
            }
        }
        return this;
    }

    public PdfBytes Hex(byte value)
    {
        Byte(HexDigit(value >> 4));
        return Byte(HexDigit(value & 0xF));
    }

    public PdfBytes Hex16(int value)
    {
        Hex((byte)(value >> 8));
        return Hex((byte)value);
    }

    /// <summary>
    /// A text string (§7.9.2.2): printable ASCII as a literal string with \ ( ) escaped; anything else as UTF-16BE
    /// with a byte order mark, in hex, which every reader decodes the same way.
    /// </summary>
    public PdfBytes TextString(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                ascii = false;
                break;
            }
        }
        if (ascii)
        {
            Byte((byte)'(');
            foreach (var c in text)
            {
                if (c is '\\' or '(' or ')')
                {
                    Byte((byte)'\\');
                }
                Byte((byte)c);
            }
            return Byte((byte)')');
        }
        Ascii("<FEFF");
        foreach (var c in text)
        {
            Hex16(c);
        }
        return Byte((byte)'>');
    }

    /// <summary>A byte string of ASCII (a URI, §12.6.4.7) as a literal string with \ ( ) escaped.</summary>
    public PdfBytes AsciiString(string text)
    {
        Byte((byte)'(');
        foreach (var c in text)
        {
            if (c >= 128)
            {
                throw new ArgumentException("An ASCII string was expected.", nameof(text));
            }
            if (c is '\\' or '(' or ')')
            {
                Byte((byte)'\\');
            }
            Byte((byte)c);
        }
        return Byte((byte)')');
    }

    private static byte HexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);

    private void Reserve(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        }
    }
}

using System.Globalization;
using System.Text;

namespace CvBuild.Layout.Pdf;

// A deliberately small reader for the PDF object syntax (ISO 32000-1 §7.3), enough to read
// the uncompressed xref table, trailer, catalog and page tree that Skia writes. Every value
// remembers its byte span so callers can copy original text verbatim instead of re-serialising
// things they do not understand.

internal abstract record PdfValue(int Start, int End);

internal sealed record PdfNumber(double Value, int Start, int End) : PdfValue(Start, End);

internal sealed record PdfName(string Value, int Start, int End) : PdfValue(Start, End);

internal sealed record PdfRef(int Number, int Generation, int Start, int End) : PdfValue(Start, End)
{
    public override string ToString() => $"{Number} {Generation} R";
}

/// <summary>Literal or hex string, kept as raw source; we never need its decoded value.</summary>
internal sealed record PdfString(int Start, int End) : PdfValue(Start, End);

/// <summary>true, false, null or any other bare keyword.</summary>
internal sealed record PdfKeyword(string Value, int Start, int End) : PdfValue(Start, End);

internal sealed record PdfArray(IReadOnlyList<PdfValue> Items, int Start, int End) : PdfValue(Start, End);

internal sealed record PdfDictEntry(PdfName Key, PdfValue Value);

internal sealed record PdfDict(IReadOnlyList<PdfDictEntry> Entries, int Start, int End) : PdfValue(Start, End)
{
    public PdfValue? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
}

/// <summary>The bytes are not a PDF this reader understands (always a <see cref="FormatException"/>).</summary>
internal sealed class PdfFormatException(string message, Exception? inner = null) : FormatException(message, inner);

internal sealed class PdfReader(byte[] data)
{
    private readonly byte[] _data = data;

    public int Position { get; set; }

    public byte[] Data => _data;

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipWhiteAndComments()
    {
        while (Position < _data.Length)
        {
            byte b = _data[Position];
            if (IsWhite(b)) { Position++; continue; }
            if (b == '%')
            {
                while (Position < _data.Length && _data[Position] is not (10 or 13)) Position++;
                continue;
            }
            break;
        }
    }

    /// <summary>Reads a bare token (keyword or number) without interpreting it.</summary>
    public string ReadToken()
    {
        SkipWhiteAndComments();
        int start = Position;
        while (Position < _data.Length && !IsWhite(_data[Position]) && !IsDelimiter(_data[Position])) Position++;
        if (start == Position) throw Error("expected a token");
        return Encoding.ASCII.GetString(_data, start, Position - start);
    }

    public void Expect(string keyword)
    {
        string token = ReadToken();
        if (token != keyword) throw Error($"expected '{keyword}' but found '{token}'");
    }

    /// <summary>Reads "N G obj" at the current position and returns the object's value.</summary>
    public PdfValue ReadIndirectObject(int expectedNumber)
    {
        int number = ReadInt();
        ReadInt();
        Expect("obj");
        if (number != expectedNumber) throw Error($"expected object {expectedNumber} but found {number}");
        return ReadValue();
    }

    public int ReadInt() =>
        int.TryParse(ReadToken(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) ? v : throw Error("expected an integer");

    public PdfValue ReadValue()
    {
        SkipWhiteAndComments();
        if (Position >= _data.Length) throw Error("unexpected end of file");
        int start = Position;
        byte b = _data[Position];
        switch (b)
        {
            case (byte)'/':
                {
                    Position++;
                    while (Position < _data.Length && !IsWhite(_data[Position]) && !IsDelimiter(_data[Position])) Position++;
                    // Value keeps the leading slash, matching how names are written in lookups ("/Root").
                    return new PdfName(Encoding.Latin1.GetString(_data, start, Position - start), start, Position);
                }
            case (byte)'<' when Peek(1) == '<':
                return ReadDict();
            case (byte)'<':
                {
                    int close = Array.IndexOf(_data, (byte)'>', Position);
                    if (close < 0) throw Error("unterminated hex string");
                    Position = close + 1;
                    return new PdfString(start, Position);
                }
            case (byte)'(':
                SkipLiteralString();
                return new PdfString(start, Position);
            case (byte)'[':
                {
                    Position++;
                    var items = new List<PdfValue>();
                    while (true)
                    {
                        SkipWhiteAndComments();
                        if (Position >= _data.Length) throw Error("unterminated array");
                        if (_data[Position] == ']') { Position++; break; }
                        items.Add(ReadValue());
                    }
                    return new PdfArray(items, start, Position);
                }
        }

        string token = ReadToken();
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
        {
            // "N G R" is a reference: look ahead without consuming if it is not.
            if (IsUnsignedInt(token))
            {
                int save = Position;
                if (TryReadUnsignedInt(out int generation))
                {
                    SkipWhiteAndComments();
                    if (Position < _data.Length && _data[Position] == 'R' &&
                        (Position + 1 == _data.Length || IsWhite(_data[Position + 1]) || IsDelimiter(_data[Position + 1])))
                    {
                        Position++;
                        return new PdfRef(int.Parse(token, CultureInfo.InvariantCulture), generation, start, Position);
                    }
                }
                Position = save;
            }
            return new PdfNumber(number, start, Position);
        }
        return new PdfKeyword(token, start, Position);
    }

    private PdfDict ReadDict()
    {
        int start = Position;
        Position += 2;
        var entries = new List<PdfDictEntry>();
        while (true)
        {
            SkipWhiteAndComments();
            if (Position + 1 >= _data.Length) throw Error("unterminated dictionary");
            if (_data[Position] == '>' && _data[Position + 1] == '>') { Position += 2; break; }
            if (ReadValue() is not PdfName key) throw Error("dictionary key is not a name");
            entries.Add(new PdfDictEntry(key, ReadValue()));
        }
        return new PdfDict(entries, start, Position);
    }

    private void SkipLiteralString()
    {
        int depth = 0;
        while (Position < _data.Length)
        {
            byte c = _data[Position++];
            if (c == '\\') { Position++; continue; }
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return;
        }
        throw Error("unterminated literal string");
    }

    private bool TryReadUnsignedInt(out int value)
    {
        SkipWhiteAndComments();
        int start = Position;
        while (Position < _data.Length && _data[Position] is >= (byte)'0' and <= (byte)'9') Position++;
        bool ok = Position > start && (Position == _data.Length || IsWhite(_data[Position]) || IsDelimiter(_data[Position]));
        value = ok ? int.Parse(Encoding.ASCII.GetString(_data, start, Position - start), CultureInfo.InvariantCulture) : 0;
        return ok;
    }

    private static bool IsUnsignedInt(string token) => token.All(char.IsAsciiDigit);

    private int Peek(int ahead) => Position + ahead < _data.Length ? _data[Position + ahead] : -1;

    public PdfFormatException Error(string message) => new($"Malformed PDF at byte {Position}: {message}.");
}

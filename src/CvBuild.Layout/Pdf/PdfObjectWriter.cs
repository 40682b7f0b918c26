using System.IO.Compression;

namespace CvBuild.Layout.Pdf;

/// <summary>
/// Writes a PDF file's body, cross-reference table and trailer (ISO 32000-1 §7.5): numbered indirect objects in any
/// order, streams compressed with FlateDecode. Object numbers are handed out by <see cref="Reserve"/>, so an object
/// can be referred to before it is written. The output depends only on what is written: no clock, no randomness.
/// Streams handed to <see cref="WriteStreamLater"/> are compressed on another core while the caller goes on; they are
/// still written where they were given, before anything written after them, so the bytes do not depend on timing.
/// </summary>
internal sealed class PdfObjectWriter
{
    private readonly PdfBytes _file = new(64 * 1024);
    private readonly List<long> _offsets = [-1]; // object 0 is the free-list head
    private readonly Queue<(int Number, Task<EncodedStream> Encoded, string? ExtraEntries)> _compressing = new();
    private int _open = -1;

    public PdfObjectWriter()
    {
        // A binary comment in the header tells transfer tools the file is binary (§7.5.2).
        _file.Ascii("%PDF-1.4\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).Byte((byte)'\n');
    }

    /// <summary>A new object number, to be written later with <see cref="BeginObject"/> or <see cref="WriteStream"/>.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Starts object <paramref name="number"/> and returns the buffer its value is written to.</summary>
    /// <exception cref="InvalidOperationException">Another object is open, or the number was written already.</exception>
    public PdfBytes BeginObject(int number)
    {
        WriteCompressed();
        return BeginObjectNow(number);
    }

    /// <summary><see cref="BeginObject"/> without first writing the streams being compressed.</summary>
    private PdfBytes BeginObjectNow(int number)
    {
        if (_open >= 0 || _offsets[number] >= 0)
        {
            throw new InvalidOperationException($"PDF object {number} cannot be started here.");
        }
        _open = number;
        _offsets[number] = _file.Length;
        return _file.Int(number).Ascii(" 0 obj\n");
    }

    public void EndObject()
    {
        _file.Ascii("\nendobj\n");
        _open = -1;
    }

    /// <summary>Below this many bytes a stream is stored as it is: compressing it would save a few dozen bytes for the
    /// cost of setting up a compressor (some 250 kB of fresh zlib state).</summary>
    private const int CompressFrom = 512;

    /// <summary>Writes a stream object, compressed with FlateDecode unless it is tiny; <paramref name="extraEntries"/>
    /// (PDF syntax) goes into its dictionary.</summary>
    public void WriteStream(int number, ReadOnlySpan<byte> data, string? extraEntries) =>
        WriteStream(number, Encode(data), extraEntries);

    /// <summary>Writes a stream object whose data <see cref="Encode"/> has prepared, perhaps on another thread.</summary>
    public void WriteStream(int number, EncodedStream stream, string? extraEntries)
    {
        WriteCompressed();
        WriteStreamNow(number, stream, extraEntries);
    }

    private void WriteStreamNow(int number, EncodedStream stream, string? extraEntries)
    {
        var b = BeginObjectNow(number);
        b.Ascii("<</Length ").Int(stream.Stored.Length);
        if (stream.Compressed)
        {
            b.Ascii("/Filter/FlateDecode");
        }
        if (extraEntries is not null)
        {
            b.Ascii(extraEntries);
        }
        b.Ascii(">>\nstream\n").Raw(stream.Stored).Ascii("\nendstream");
        EndObject();
    }

    /// <summary>
    /// Writes a stream object as <see cref="WriteStream(int, ReadOnlySpan{byte}, string?)"/> does, but compresses it on
    /// another core (<see cref="WorkerThread.Shared"/>): it is written when the next object is begun or the file
    /// finished, at the same place. The writer keeps <paramref name="data"/>, so the caller must not change it afterwards.
    /// </summary>
    public void WriteStreamLater(int number, ReadOnlyMemory<byte> data, string? extraEntries)
    {
        if (data.Length < CompressFrom)
        {
            WriteStream(number, data.Span, extraEntries);
            return;
        }
        _compressing.Enqueue((number, WorkerThread.Shared.Run(() => Encode(data.Span)), extraEntries));
        // A long run of pages with nothing else to write would otherwise keep every page's data until the end.
        while (_compressing.Count > MaxCompressing)
        {
            WriteOldestCompressed();
        }
    }

    /// <summary>Streams waiting for <see cref="WriteStreamLater"/>'s compression at most; past this the oldest is
    /// written (waited for) first, so memory stays bounded however long the document.</summary>
    private const int MaxCompressing = 4;

    /// <summary>Writes the streams given to <see cref="WriteStreamLater"/>, oldest first, waiting for each.</summary>
    private void WriteCompressed()
    {
        while (_compressing.Count > 0)
        {
            WriteOldestCompressed();
        }
    }

    private void WriteOldestCompressed()
    {
        var (number, encoded, extraEntries) = _compressing.Dequeue();
        WriteStreamNow(number, encoded.GetAwaiter().GetResult(), extraEntries);
    }

    /// <summary>A stream's data as it is stored: compressed with FlateDecode (a zlib stream, RFC 1950; §7.4.4) unless
    /// it is tiny. Safe to call on any thread.</summary>
    public static EncodedStream Encode(ReadOnlySpan<byte> data)
    {
        if (data.Length < CompressFrom)
        {
            return new EncodedStream(data.ToArray(), Compressed: false);
        }
        using var output = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return new EncodedStream(output.ToArray(), Compressed: true);
    }

    /// <summary>
    /// Writes the cross-reference table and trailer and returns the file. /ID (§14.4) is a hash of the content, so it
    /// identifies the document without a clock.
    /// </summary>
    /// <exception cref="InvalidOperationException">A reserved object was never written.</exception>
    public byte[] Finish(int catalog, int? info)
    {
        WriteCompressed();
        var missing = _offsets.FindIndex(1, o => o < 0);
        if (missing > 0)
        {
            throw new InvalidOperationException($"PDF object {missing} was reserved but never written.");
        }
        // A 128-bit non-cryptographic digest: /ID only has to tell documents apart, and needs no OpenSSL (whose
        // loading would cost a cold run a few milliseconds).
        var id = Convert.ToHexString(System.IO.Hashing.XxHash128.Hash(_file.Span));
        var xref = _file.Length;
        _file.Ascii("xref\n0 ").Int(_offsets.Count).Ascii("\n0000000000 65535 f \n");
        foreach (var offset in _offsets.Skip(1))
        {
            _file.Ascii(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Ascii(" 00000 n \n");
        }
        _file.Ascii("trailer\n<</Size ").Int(_offsets.Count).Ascii("/Root ").Int(catalog).Ascii(" 0 R");
        if (info is { } i)
        {
            _file.Ascii("/Info ").Int(i).Ascii(" 0 R");
        }
        _file.Ascii("/ID[<").Ascii(id).Ascii("><").Ascii(id).Ascii(">]>>\nstartxref\n").Int(xref).Ascii("\n%%EOF\n");
        return _file.ToArray();
    }
}

/// <summary>A stream's data as stored in the file, and whether it is FlateDecode-compressed.</summary>
internal readonly record struct EncodedStream(byte[] Stored, bool Compressed);

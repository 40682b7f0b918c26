using System.Text;

namespace CvBuild.Layout.Pdf;

/// <summary>
/// Cross-reference information of a PDF with classic xref tables (what Skia writes), following
/// /Prev so that files already carrying incremental updates are read correctly.
/// </summary>
internal sealed class PdfXref
{
    private readonly Dictionary<int, (long Offset, int Generation)> _objects = [];

    private PdfXref(byte[] data, PdfDict trailer, long startXref)
    {
        Data = data;
        Trailer = trailer;
        StartXref = startXref;
    }

    public byte[] Data { get; }

    /// <summary>The newest trailer dictionary.</summary>
    public PdfDict Trailer { get; }

    /// <summary>Offset of the newest xref section (becomes /Prev of the next update).</summary>
    public long StartXref { get; }

    public int Size => Trailer["/Size"] is PdfNumber n ? (int)n.Value : throw new PdfFormatException("Trailer has no /Size.");

    public static PdfXref Read(byte[] data)
    {
        try
        {
            return ReadChain(data);
        }
        catch (Exception ex) when (ex is (FormatException or IndexOutOfRangeException or ArgumentException or OverflowException) and not PdfFormatException)
        {
            // Corrupt numbers/offsets surface as assorted BCL exceptions; report them uniformly.
            throw new PdfFormatException($"Malformed PDF cross-reference data: {ex.Message}", ex);
        }
    }

    private static PdfXref ReadChain(byte[] data)
    {
        long startXref = FindStartXref(data);
        var seen = new HashSet<long>();
        PdfXref? result = null;
        long? section = startXref;
        while (section is long offset)
        {
            if (!seen.Add(offset)) throw new PdfFormatException("Cyclic /Prev chain in the xref.");
            var reader = new PdfReader(data) { Position = checked((int)offset) };
            string keyword = reader.ReadToken();
            if (keyword != "xref")
                throw new NotSupportedException("PDF uses a cross-reference stream, not a classic xref table; only classic tables (as written by Skia) are supported.");

            var entries = new List<(int Number, long Offset, int Generation, bool InUse)>();
            while (true)
            {
                string token = reader.ReadToken();
                if (token == "trailer") break;
                int first = int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
                int count = reader.ReadInt();
                for (int i = 0; i < count; i++)
                {
                    long entryOffset = long.Parse(reader.ReadToken(), System.Globalization.CultureInfo.InvariantCulture);
                    int generation = reader.ReadInt();
                    string type = reader.ReadToken();
                    entries.Add((first + i, entryOffset, generation, type == "n"));
                }
            }
            if (reader.ReadValue() is not PdfDict trailer) throw reader.Error("trailer is not a dictionary");

            result ??= new PdfXref(data, trailer, startXref);
            // Newer sections were read first: keep their entries.
            foreach (var e in entries)
                if (e.InUse) result._objects.TryAdd(e.Number, (e.Offset, e.Generation));
                else result._objects.TryAdd(e.Number, (-1, e.Generation));

            section = trailer["/Prev"] is PdfNumber prev ? (long)prev.Value : null;
        }
        return result!;
    }

    public PdfRef RootRef => Trailer["/Root"] as PdfRef ?? throw new PdfFormatException("Trailer has no /Root reference.");

    public PdfValue Resolve(PdfValue value) => value is PdfRef r ? GetObject(r.Number) : value;

    public PdfValue GetObject(int number)
    {
        if (!_objects.TryGetValue(number, out var entry) || entry.Offset < 0)
            throw new PdfFormatException($"Object {number} is not in the xref.");
        var reader = new PdfReader(Data) { Position = checked((int)entry.Offset) };
        return reader.ReadIndirectObject(number);
    }

    public int GenerationOf(int number) => _objects.TryGetValue(number, out var e) ? e.Generation : 0;

    private static long FindStartXref(byte[] data)
    {
        // startxref lives in the last kilobyte; search backwards so the newest one wins.
        var tail = Encoding.Latin1.GetString(data, Math.Max(0, data.Length - 1024), Math.Min(1024, data.Length));
        int at = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (at < 0) throw new PdfFormatException("No startxref found: not a PDF file, or truncated.");
        var reader = new PdfReader(data) { Position = Math.Max(0, data.Length - 1024) + at + "startxref".Length };
        long offset = long.Parse(reader.ReadToken(), System.Globalization.CultureInfo.InvariantCulture);
        if (offset <= 0 || offset >= data.Length) throw new PdfFormatException($"startxref {offset} points outside the file.");
        return offset;
    }
}

using System.Text;

namespace CvBuild.Layout.Pdf;

/// <summary>
/// Makes Skia's PDF output independent of the machine's time zone and of the wall clock, so
/// the same CV input yields byte-identical PDFs everywhere.
/// </summary>
/// <remarks>
/// What SkiaSharp 4.155 actually writes (measured, see README.md): the clock fields of
/// <c>SKDocumentPdfMetadata.Creation</c>/<c>Modified</c> verbatim, whatever their
/// <see cref="DateTimeKind"/>, followed by an offset computed from the machine's local zone
/// (and computed wrongly: whole-hour differences without day wrap, e.g. "+19'00'" in New York,
/// "+05'00'" in India). The offset is therefore noise, not information, and converting the clock
/// by it would re-introduce the dependency on the zone. So the contract is: callers pass UTC
/// clock values, and this stamps them as UTC by replacing only the offset.
/// With PdfA = true Skia also writes XMP dates with the same bogus offset, and a document /ID
/// and XMP uuids hashed from the current time; those are replaced by a hash of the content.
/// Every rewrite keeps the byte length, so xref offsets and stream /Length stay valid, except a
/// literal-string /ID in the last trailer, which nothing after it points past.
/// </remarks>
public static class PdfNormalizer
{
    private static readonly byte[][] InfoDateKeys = [Ascii("/CreationDate"), Ascii("/ModDate")];
    private static readonly byte[][] XmpDateTags = [Ascii("<xmp:CreateDate>"), Ascii("<xmp:ModifyDate>"), Ascii("<xmp:MetadataDate>")];
    private static readonly byte[][] XmpUuidTags = [Ascii("<xmpMM:DocumentID>uuid:"), Ascii("<xmpMM:InstanceID>uuid:")];
    private static readonly byte[] TrailerKeyword = Ascii("trailer");
    private static readonly byte[] IdKey = Ascii("/ID");

    public static byte[] Normalize(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        byte[] output = CanonicalLastTrailerId(pdf);

        foreach (byte[] key in InfoDateKeys)
            foreach (int at in Occurrences(output, key))
                RewriteInfoDate(output, at + key.Length);

        foreach (byte[] tag in XmpDateTags)
            foreach (int at in Occurrences(output, tag))
                RewriteXmpDate(output, at + tag.Length);

        // Spans of the time-derived identifiers: the trailer /ID strings and the XMP uuids.
        var idSpans = new List<(int Start, int Length, int HashOffset, bool Lowercase)>();
        foreach (int at in Occurrences(output, TrailerKeyword))
            idSpans.AddRange(TrailerIdSpans(output, at));
        foreach (byte[] tag in XmpUuidTags)
            foreach (int at in Occurrences(output, tag))
                idSpans.AddRange(UuidSpans(output, at + tag.Length));

        if (idSpans.Count > 0)
        {
            // Blank the ids first so the hash covers only the deterministic content.
            foreach (var (start, length, _, _) in idSpans)
                output.AsSpan(start, length).Fill((byte)'0');
            string hex = ContentId(output);
            foreach (var (start, length, hashOffset, lowercase) in idSpans)
            {
                string digits = lowercase ? hex.ToLowerInvariant() : hex;
                for (int i = 0; i < length; i++)
                    output[start + i] = (byte)digits[(hashOffset + i) % digits.Length];
            }
        }
        return output;
    }

    /// <summary>
    /// Skia now and then writes the time-derived /ID as literal strings whose escaped length varies from
    /// run to run. In the last trailer nothing follows but startxref, so the array can be rewritten to a
    /// fixed-length hex form (filled in from the content hash below) without moving any object.
    /// Earlier trailers (when an update was appended first) keep their length; normalise before appending.
    /// </summary>
    private static byte[] CanonicalLastTrailerId(byte[] pdf)
    {
        int trailer = pdf.AsSpan().LastIndexOf(TrailerKeyword);
        int end = trailer < 0 ? -1 : IndexOf(pdf, Ascii("startxref"), trailer);
        int id = end < 0 ? -1 : IndexOf(pdf, IdKey, trailer, end);
        if (id < 0) return (byte[])pdf.Clone();
        var reader = new PdfReader(pdf) { Position = id + IdKey.Length };
        PdfValue value;
        try { value = reader.ReadValue(); }
        catch (PdfFormatException) { return (byte[])pdf.Clone(); }
        if (value is not PdfArray array || array.Items.All(i => i is PdfString s && pdf[s.Start] == '<'))
            return (byte[])pdf.Clone();
        string zeros = new('0', 32);
        return [.. pdf.AsSpan(0, array.Start), .. Ascii($"[<{zeros}> <{zeros}>]"), .. pdf.AsSpan(array.End)];
    }

    // "(D:YYYYMMDDHHmmSS" then "+HH'mm'" / "-HH'mm'" (Skia's form) or "Z" variants: only the
    // 7-byte signed form is touched; anything else is left alone rather than guessed at.
    private static void RewriteInfoDate(byte[] data, int afterKey)
    {
        int p = afterKey;
        while (p < data.Length && PdfReader.IsWhite(data[p])) p++;
        if (!Matches(data, p, "(D:")) return;
        p += 3;
        if (!AllDigits(data, p, 14)) return;
        p += 14;
        if (p + 7 < data.Length && data[p] is (byte)'+' or (byte)'-' && AllDigits(data, p + 1, 2) &&
            data[p + 3] == '\'' && AllDigits(data, p + 4, 2) && data[p + 6] == '\'')
            Ascii("+00'00'").CopyTo(data, p);
    }

    // XMP: "YYYY-MM-DDThh:mm:ss" then "+hh:mm" / "-hh:mm".
    private static void RewriteXmpDate(byte[] data, int p)
    {
        if (p + 25 > data.Length || !AllDigits(data, p, 4) || data[p + 10] != 'T') return;
        p += 19;
        if (data[p] is (byte)'+' or (byte)'-' && AllDigits(data, p + 1, 2) && data[p + 3] == ':' && AllDigits(data, p + 4, 2))
            Ascii("+00:00").CopyTo(data, p);
    }

    private static IEnumerable<(int, int, int, bool)> TrailerIdSpans(byte[] data, int trailerAt)
    {
        // The trailer dictionary is short; /ID must appear before the next startxref.
        int end = IndexOf(data, Ascii("startxref"), trailerAt);
        if (end < 0) yield break;
        int id = IndexOf(data, IdKey, trailerAt, end);
        if (id < 0) yield break;
        var reader = new PdfReader(data) { Position = id + IdKey.Length };
        PdfValue value;
        try { value = reader.ReadValue(); }
        catch (PdfFormatException) { yield break; }
        if (value is not PdfArray array) yield break;
        foreach (var item in array.Items)
        {
            if (item is not PdfString s) continue;
            // Skia usually writes hex <...>, but now and then a literal (...) string. Every byte between
            // the delimiters, escapes included, is replaced by a hex digit: still a well-formed literal of
            // the same length (hex digits need no escaping), so the xref offsets stay valid.
            if (data[s.Start] == '<' && AllHex(data, s.Start + 1, s.End - s.Start - 2) || data[s.Start] == '(' && data[s.End - 1] == ')')
                yield return (s.Start + 1, s.End - s.Start - 2, 0, false); // Skia writes /ID in upper case
        }
    }

    private static IEnumerable<(int, int, int, bool)> UuidSpans(byte[] data, int p)
    {
        // 8-4-4-4-12 hex groups; the dashes stay where they are, and the digits continue
        // through the id so the uuid spells the same 16 bytes as /ID (as Skia writes them).
        int hashOffset = 0;
        foreach (int group in new[] { 8, 4, 4, 4, 12 })
        {
            if (!AllHex(data, p, group)) yield break;
            yield return (p, group, hashOffset, true); // uuids are conventionally lower case
            p += group + 1;
            hashOffset += group;
        }
    }

    // 16 bytes of SHA-256 over the id-blanked file, shaped as a name-based (version 3 style)
    // UUID like Skia's own, so both /ID entries and the XMP uuids can share it.
    private static string ContentId(byte[] blanked)
    {
        byte[] id = Sha256.HashData(blanked)[..16];
        id[6] = (byte)((id[6] & 0x0F) | 0x30);
        id[8] = (byte)((id[8] & 0x3F) | 0x80);
        return Convert.ToHexString(id);
    }

    private static bool AllDigits(byte[] data, int start, int count) =>
        start >= 0 && start + count <= data.Length && !data.AsSpan(start, count).ContainsAnyExceptInRange((byte)'0', (byte)'9');

    private static bool AllHex(byte[] data, int start, int count) =>
        count > 0 && start + count <= data.Length &&
        !data.AsSpan(start, count).ContainsAnyExcept("0123456789ABCDEFabcdef"u8);

    private static bool Matches(byte[] data, int at, string text) =>
        at + text.Length <= data.Length && data.AsSpan(at, text.Length).SequenceEqual(Ascii(text));

    private static IEnumerable<int> Occurrences(byte[] data, byte[] needle)
    {
        for (int at = IndexOf(data, needle, 0); at >= 0; at = IndexOf(data, needle, at + needle.Length))
            yield return at;
    }

    private static int IndexOf(byte[] data, byte[] needle, int from, int to = -1)
    {
        int limit = to < 0 ? data.Length : to;
        int i = data.AsSpan(from, limit - from).IndexOf(needle);
        return i < 0 ? -1 : from + i;
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);
}

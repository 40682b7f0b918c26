using System.Text;

namespace CvBuild.Layout.Pdf;

/// <summary>
/// One font as the PDF uses it: a Type 0 font with Identity-H encoding over a CIDFontType2 descendant whose CIDs are
/// the font's glyph ids (ISO 32000-1 §9.7.4, §9.7.6.1), embedded as a TrueType subset (FontFile2) holding only the
/// glyphs drawn. Glyph widths (/W) are the advances HarfBuzz shapes with, so a string of nominally spaced glyphs needs
/// no positioning. The ToUnicode map (§9.10.3) gives each glyph the text it was first drawn for (a ligature gets all
/// its letters); a glyph later drawn for other text is wrapped in /ActualText by the page content instead.
/// </summary>
internal sealed class PdfFontResource(FontFace face, string resourceName)
{
    private readonly Dictionary<ushort, float> _widths = [];
    private readonly Dictionary<ushort, string> _text = [];

    public FontFace Face { get; } = face;

    /// <summary>The name in the page resources, e.g. "F1".</summary>
    public string ResourceName { get; } = resourceName;

    /// <summary>The glyph's advance in thousandths of the em (text space units of /W). Every glyph the page draws is
    /// asked for, so the glyphs asked for are the ones /W lists and the subset keeps.</summary>
    public float Width(ushort glyph)
    {
        if (!_widths.TryGetValue(glyph, out var width))
        {
            // Rounded as /W writes it, so positions computed from it match what a viewer computes.
            width = (float)Math.Round(Face.Shaper.GetHorizontalGlyphAdvance(glyph) * 1000.0 / Face.UnitsPerEm, 2);
            _widths[glyph] = width;
        }
        return width;
    }

    /// <summary>
    /// Records that <paramref name="glyph"/> is drawn alone for <paramref name="text"/>; returns false when the
    /// ToUnicode map already gives the glyph other text, so the caller must mark the text with /ActualText.
    /// </summary>
    public bool MapsTo(ushort glyph, ReadOnlySpan<char> text)
    {
        if (_text.TryGetValue(glyph, out var known))
        {
            return text.SequenceEqual(known);
        }
        if (text.IsEmpty)
        {
            return false;
        }
        _text[glyph] = text.ToString();
        return true;
    }

    /// <summary>
    /// True when the cluster's <paramref name="glyphs"/> are, in order, the font's own glyphs for the code points of
    /// <paramref name="text"/>, one each ("कु" as क then the vowel sign), and none is mapped to other text: then each
    /// glyph can carry its code point through ToUnicode (recorded here) and the cluster needs no /ActualText, which
    /// extractors would spread over the cluster's width as one unit.
    /// </summary>
    public bool MapsEachTo(ReadOnlySpan<ushort> glyphs, ReadOnlySpan<char> text)
    {
        Span<Range> parts = glyphs.Length <= 16 ? stackalloc Range[glyphs.Length] : new Range[glyphs.Length];
        var at = 0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (at >= text.Length || Rune.DecodeFromUtf16(text[at..], out var rune, out var length) != System.Buffers.OperationStatus.Done
                || !Face.Shaper.TryGetGlyph((uint)rune.Value, out var nominal) || nominal != glyphs[i]
                || (_text.TryGetValue(glyphs[i], out var known) && !text.Slice(at, length).SequenceEqual(known)))
            {
                return false;
            }
            parts[i] = new Range(at, at + length);
            at += length;
        }
        if (at != text.Length)
        {
            return false;
        }
        for (var i = 0; i < glyphs.Length; i++)
        {
            MapsTo(glyphs[i], text[parts[i]]);
        }
        return true;
    }


    /// <summary>
    /// The font's embedded data, made once every glyph is drawn: the subset (FontFile2), its metrics and the ToUnicode
    /// map, both streams encoded. Reads only this resource and its face, so fonts can be prepared on several threads.
    /// </summary>
    public PreparedFont Prepare()
    {
        var glyphs = _widths.Keys.Order().ToList();
        var nominal = new Dictionary<ushort, int>();
        var subset = Face.Subset(glyphs, nominal);
        var metrics = SfntMetrics.Read(subset, Face.Name);
        var baseFont = SubsetTag(glyphs) + "+" + (metrics.PostScriptName ?? Path.GetFileNameWithoutExtension(Face.Name));
        return new PreparedFont(glyphs, metrics, baseFont, subset.Length, PdfObjectWriter.Encode(subset),
            PdfObjectWriter.Encode(ToUnicodeCMap(glyphs, nominal)));
    }

    /// <summary>Writes the font's objects from <see cref="Prepare"/>'s result; <paramref name="fontNumber"/> is the
    /// Type 0 font's object number, which the page resources already point at.</summary>
    public void Write(PdfObjectWriter writer, int fontNumber, PreparedFont prepared)
    {
        var (glyphs, metrics, baseFont, _, _, _) = prepared;
        double Em(double units) => units * 1000.0 / metrics.UnitsPerEm;

        int cidFont = writer.Reserve(), descriptor = writer.Reserve(), file = writer.Reserve(), toUnicode = writer.Reserve();
        var b = writer.BeginObject(fontNumber);
        b.Ascii("<</Type/Font/Subtype/Type0/BaseFont").Name(baseFont).Ascii("/Encoding/Identity-H/DescendantFonts[")
            .Int(cidFont).Ascii(" 0 R]/ToUnicode ").Int(toUnicode).Ascii(" 0 R>>");
        writer.EndObject();

        b = writer.BeginObject(cidFont);
        b.Ascii("<</Type/Font/Subtype/CIDFontType2/BaseFont").Name(baseFont)
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").Int(descriptor)
            .Ascii(" 0 R/CIDToGIDMap/Identity/DW 0/W[");
        WriteWidths(b, glyphs);
        b.Ascii("]>>");
        writer.EndObject();

        // Flags (§9.8.2): symbolic (glyphs are not in a standard Latin set), italic, fixed pitch.
        var flags = 4 | (metrics.Italic ? 64 : 0) | (metrics.FixedPitch ? 1 : 0);
        b = writer.BeginObject(descriptor);
        b.Ascii("<</Type/FontDescriptor/FontName").Name(baseFont).Ascii("/Flags ").Int(flags).Ascii("/FontBBox[")
            .Real(Em(metrics.XMin), 0).Byte((byte)' ').Real(Em(metrics.YMin), 0).Byte((byte)' ')
            .Real(Em(metrics.XMax), 0).Byte((byte)' ').Real(Em(metrics.YMax), 0)
            .Ascii("]/ItalicAngle ").Real(metrics.ItalicAngle, 2)
            .Ascii("/Ascent ").Real(Em(metrics.Ascender), 0).Ascii("/Descent ").Real(Em(metrics.Descender), 0)
            .Ascii("/CapHeight ").Real(Em(metrics.CapHeight ?? metrics.Ascender), 0)
            // StemV is required but unused by viewers for embedded fonts; estimated from the weight class.
            .Ascii("/StemV ").Int(metrics.WeightClass >= 600 ? 120 : 80)
            .Ascii("/FontFile2 ").Int(file).Ascii(" 0 R>>");
        writer.EndObject();

        writer.WriteStream(file, prepared.FontFile, $"/Length1 {prepared.FontFileLength}");
        writer.WriteStream(toUnicode, prepared.ToUnicode, null);
    }

    private void WriteWidths(PdfBytes b, List<ushort> glyphs)
    {
        for (var i = 0; i < glyphs.Count;)
        {
            var j = i;
            while (j + 1 < glyphs.Count && glyphs[j + 1] == glyphs[j] + 1)
            {
                j++;
            }
            b.Int(glyphs[i]).Byte((byte)'[');
            for (var k = i; k <= j; k++)
            {
                if (k > i)
                {
                    b.Byte((byte)' ');
                }
                b.Real(_widths[glyphs[k]], 2);
            }
            b.Byte((byte)']');
            i = j + 1;
        }
    }

    /// <summary>
    /// The ToUnicode CMap (§9.10.3, Adobe Technical Note #5411): each glyph's first text, else the code point the
    /// font's cmap maps to it, so even a glyph only ever drawn inside /ActualText extracts as something sensible.
    /// </summary>
    private byte[] ToUnicodeCMap(List<ushort> glyphs, Dictionary<ushort, int> nominal)
    {
        var entries = new List<(ushort Glyph, string Text)>();
        foreach (var glyph in glyphs)
        {
            if (_text.TryGetValue(glyph, out var text))
            {
                entries.Add((glyph, text));
            }
            else if (nominal.TryGetValue(glyph, out var codepoint))
            {
                entries.Add((glyph, char.ConvertFromUtf32(codepoint)));
            }
        }
        var b = new PdfBytes();
        b.Ascii("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n")
            .Ascii("/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Ascii("1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        // At most 100 mappings per bfchar block.
        for (var i = 0; i < entries.Count; i += 100)
        {
            var count = Math.Min(100, entries.Count - i);
            b.Int(count).Ascii(" beginbfchar\n");
            for (var k = i; k < i + count; k++)
            {
                b.Byte((byte)'<').Hex16(entries[k].Glyph).Ascii("><");
                foreach (var c in entries[k].Text)
                {
                    b.Hex16(c);
                }
                b.Ascii(">\n");
            }
            b.Ascii("endbfchar\n");
        }
        b.Ascii("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
        return b.ToArray();
    }

    /// <summary>Six capital letters naming this subset (§9.6.4), from a hash of the font and its glyphs, so two
    /// subsets of one font differ and the same document always gets the same tag.</summary>
    private string SubsetTag(List<ushort> glyphs)
    {
        var input = new byte[Face.Name.Length * 2 + glyphs.Count * 2];
        var n = 0;
        foreach (var c in Face.Name)
        {
            input[n++] = (byte)(c >> 8);
            input[n++] = (byte)c;
        }
        foreach (var g in glyphs)
        {
            input[n++] = (byte)(g >> 8);
            input[n++] = (byte)g;
        }
        var hash = System.IO.Hashing.XxHash128.Hash(input);
        var tag = new char[6];
        for (var i = 0; i < 6; i++)
        {
            tag[i] = (char)('A' + hash[i] % 26);
        }
        return new string(tag);
    }
}

/// <summary>What <see cref="PdfFontResource.Prepare"/> makes: the glyph ids kept (ascending), the subset's metrics,
/// the subset's /BaseFont name, the subset's length in bytes (/Length1) and the two encoded streams.</summary>
internal sealed record PreparedFont(List<ushort> Glyphs, SfntMetrics Metrics, string BaseFont, int FontFileLength,
    EncodedStream FontFile, EncodedStream ToUnicode);

using System.Runtime.InteropServices;
using static CvBuild.Layout.Pdf.HarfBuzzSubsetNative;

namespace CvBuild.Layout.Pdf;

/// <summary>
/// Cuts a TrueType/OpenType font down to the glyphs a document actually draws, so the PDF
/// embeds only those (a CV uses a few hundred of a font's thousands).
/// </summary>
public static class FontSubsetter
{
    // Tables a PDF viewer never reads once the text is shaped: OpenType layout (the
    // engine already shaped with the full font) and other layout/colour extras.
    private static readonly string[] DroppedTables =
        ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx", "kerx", "feat", "trak"];

    /// <summary>
    /// Returns a new font keeping only <paramref name="glyphIds"/> (plus .notdef, and any
    /// components of composite glyphs). Glyph ids are retained, so glyph runs shaped with the
    /// full font draw identically with the subset. Every cmap entry that maps to a kept glyph
    /// is kept too, so the subset is still a complete font to any tool that reads it (the PDF's
    /// own /ToUnicode map is written separately). Layout tables and hinting are dropped: do not
    /// re-shape text with the subset font.
    /// </summary>
    /// <exception cref="ArgumentException">The bytes are not a font HarfBuzz can read, or a glyph id is outside the font.</exception>
    /// <exception cref="InvalidOperationException">HarfBuzz failed to build the subset.</exception>
    public static byte[] Subset(byte[] trueTypeFont, IReadOnlyCollection<ushort> glyphIds)
    {
        ArgumentNullException.ThrowIfNull(trueTypeFont);
        ArgumentNullException.ThrowIfNull(glyphIds);
        if (trueTypeFont.Length == 0)
            throw new ArgumentException("Font data is empty.", nameof(trueTypeFont));

        using var sourceBlob = hb_blob_create(trueTypeFont, (uint)trueTypeFont.Length, MemoryModeDuplicate, IntPtr.Zero, IntPtr.Zero);
        using var sourceFace = hb_face_create(sourceBlob, 0);
        return Subset(sourceFace, glyphIds);
    }

    /// <summary>
    /// Same as <see cref="Subset(byte[], IReadOnlyCollection{ushort})"/> for a face HarfBuzz has already parsed
    /// (a <c>hb_face_t*</c>, e.g. a loaded font's), so the font file is neither copied nor parsed again.
    /// </summary>
    /// <param name="harfBuzzFace">The parsed face.</param>
    /// <param name="glyphIds">The glyphs to keep.</param>
    /// <param name="nominalCodepoints">When given, receives for each kept glyph that the cmap reaches the lowest code
    /// point mapping to it (a fallback for the PDF's ToUnicode map).</param>
    internal static byte[] Subset(IntPtr harfBuzzFace, IReadOnlyCollection<ushort> glyphIds, Dictionary<ushort, int>? nominalCodepoints = null)
    {
        ArgumentNullException.ThrowIfNull(glyphIds);
        using var face = hb_face_reference(harfBuzzFace);
        return Subset(face, glyphIds, nominalCodepoints);
    }

    private static byte[] Subset(FaceHandle sourceFace, IReadOnlyCollection<ushort> glyphIds, Dictionary<ushort, int>? nominalCodepoints = null)
    {
        // On unreadable data HarfBuzz hands back its inert empty face rather than failing.
        uint glyphCount = hb_face_get_glyph_count(sourceFace);
        if (glyphCount == 0)
            throw new ArgumentException("Font data is not a TrueType/OpenType font HarfBuzz can read (no glyphs).", "trueTypeFont");

        var keep = new HashSet<uint> { 0 }; // .notdef must always exist
        foreach (ushort gid in glyphIds)
        {
            if (gid >= glyphCount)
                throw new ArgumentException($"Glyph id {gid} is outside the font, which has {glyphCount} glyphs.", nameof(glyphIds));
            keep.Add(gid);
        }

        using var input = hb_subset_input_create_or_fail();
        if (input.IsInvalid)
            throw new InvalidOperationException("hb_subset_input_create_or_fail failed (out of memory).");

        hb_subset_input_set_flags(input,
            FlagRetainGids | FlagNotdefOutline | FlagNoHinting | FlagNoLayoutClosure);

        IntPtr glyphSet = hb_subset_input_glyph_set(input);
        foreach (uint gid in keep)
            hb_set_add(glyphSet, gid);

        // A glyph-only request would give a subset with an empty cmap. Request every code point
        // whose nominal glyph we keep (and report them for the ToUnicode fallback).
        IntPtr unicodeSet = hb_subset_input_unicode_set(input);
        foreach (var (codepoint, glyph) in CodepointsMappingTo(sourceFace, keep))
        {
            hb_set_add(unicodeSet, codepoint);
            if (nominalCodepoints is not null && (!nominalCodepoints.TryGetValue((ushort)glyph, out var known) || codepoint < known))
                nominalCodepoints[(ushort)glyph] = (int)codepoint;
        }

        IntPtr dropSet = hb_subset_input_set(input, SetsDropTableTag);
        foreach (string tag in DroppedTables)
            hb_set_add(dropSet, Tag(tag));

        using var subsetFace = hb_subset_or_fail(sourceFace, input);
        if (subsetFace.IsInvalid)
            throw new InvalidOperationException("HarfBuzz could not subset the font (hb_subset_or_fail returned null).");

        using var subsetBlob = hb_face_reference_blob(subsetFace);
        IntPtr data = hb_blob_get_data(subsetBlob, out uint length);
        if (data == IntPtr.Zero || length == 0)
            throw new InvalidOperationException("HarfBuzz produced an empty subset font.");

        var result = new byte[length];
        Marshal.Copy(data, result, 0, (int)length);
        return result;
    }

    private static List<(uint Codepoint, uint Glyph)> CodepointsMappingTo(FaceHandle face, HashSet<uint> glyphs)
    {
        using var mapping = hb_map_create();
        using var unicodes = hb_set_create();
        if (mapping.IsInvalid || unicodes.IsInvalid)
            throw new InvalidOperationException("HarfBuzz could not allocate a set/map (out of memory).");

        hb_face_collect_nominal_glyph_mapping(face, mapping, unicodes);

        // One call per pair of the font's cmap (thousands in a full font), rather than a set walk and a map lookup.
        var result = new List<(uint, uint)>();
        var added = false;
        try
        {
            mapping.DangerousAddRef(ref added);
            var map = mapping.DangerousGetHandle();
            var index = -1;
            while (hb_map_next(map, ref index, out uint codepoint, out uint glyph) != 0)
            {
                if (glyphs.Contains(glyph))
                    result.Add((codepoint, glyph));
            }
        }
        finally
        {
            if (added) mapping.DangerousRelease();
        }
        return result;
    }
}

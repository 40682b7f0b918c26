namespace CvBuild.Layout;

/// <summary>
/// A fallback font in up to four cuts, responsible for some ranges of code points (for example Noto Sans Hebrew for
/// U+0590–U+05FF). Missing cuts are null: the nearest real cut of the same weight stands in (upright for italic), never
/// a synthesised one. <paramref name="Serves"/> names the primary family it matches in design (serif fallbacks for a
/// serif text), or is null for any family. Ranges are inclusive pairs; empty means every code point.
/// </summary>
internal sealed record FallbackFamily(string? Serves, FontFace Regular, FontFace? Bold, FontFace? Italic, FontFace? BoldItalic,
    IReadOnlyList<(int First, int Last)> Ranges)
{
    /// <summary>Whether this family is responsible for <paramref name="codepoint"/> (no face is read to answer).</summary>
    public bool Claims(int codepoint) => Ranges.Count == 0 || Ranges.Any(r => codepoint >= r.First && codepoint <= r.Last);

    /// <summary>Whether the family serves text set in <paramref name="family"/>.</summary>
    public bool ServesFamily(string family) => Serves is null || string.Equals(Serves, family, StringComparison.OrdinalIgnoreCase);

    /// <summary>The cuts of the requested weight, best match first (the requested slant, then the other).</summary>
    public IEnumerable<FontFace> CutsOfWeight(bool bold, bool italic)
    {
        var (upright, slanted) = bold ? (Bold, BoldItalic) : (Regular, Italic);
        var first = italic ? slanted : upright;
        var second = italic ? upright : slanted;
        if (first is not null) yield return first;
        if (second is not null) yield return second;
    }

    /// <summary>Every cut, for the last resort of a glyph in another weight rather than none.</summary>
    public IEnumerable<FontFace> AllCuts()
    {
        yield return Regular;
        if (Bold is not null) yield return Bold;
        if (Italic is not null) yield return Italic;
        if (BoldItalic is not null) yield return BoldItalic;
    }
}

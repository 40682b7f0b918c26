namespace CvBuild.Layout.Unicode;

/// <summary>Bidi_Paired_Bracket_Type (UAX #9, BidiBrackets.txt).</summary>
internal enum BracketType : byte
{
    None,
    Open,
    Close,
}

/// <summary>
/// Character properties read from the generated two-stage tables (<c>*.g.cs</c>, Unicode 15.0.0): each lookup is two
/// array reads into data compiled into the assembly, no allocation. Code points outside 0..10FFFF are treated as U+FFFD.
/// </summary>
internal static class UnicodeProperties
{
    /// <summary>Bidi_Class (UAX #9 table 4), with the UCD's defaults for unassigned code points (R, AL, ET, BN ranges).</summary>
    public static BidiClass BidiClass(int cp) => (BidiClass)(Bidi(cp) & 0x1F);

    /// <summary>Bidi_Paired_Bracket_Type.</summary>
    public static BracketType BracketType(int cp) => (BracketType)((Bidi(cp) >> 5) & 0x3);

    /// <summary>Bidi_Mirroring_Glyph, or <paramref name="cp"/> itself when the character has none (UAX #9 rule L4).</summary>
    public static int Mirror(int cp)
    {
        var index = Lookup(UnicodeTables.MirrorIndex, UnicodeTables.MirrorData, UnicodeTables.MirrorShift, cp);
        return index == 0 ? cp : cp + UnicodeTables.MirrorDeltas[index - 1];
    }

    /// <summary>
    /// Bidi_Paired_Bracket of a bracket: for every bracket in Unicode 15.0 it equals Bidi_Mirroring_Glyph (the generator
    /// checks this), so the mirror table serves both properties.
    /// </summary>
    public static int PairedBracket(int cp) => Mirror(cp);

    /// <summary>Line_Break after rule LB1 of UAX #14 (AI, SG, XX → AL; SA → CM or AL; CJ → NS).</summary>
    public static LineBreakClass LineBreak(int cp) => (LineBreakClass)(LineBreakBits(cp) & 0x3F);

    /// <summary>Extended_Pictographic and General_Category Cn (an emoji not yet assigned), for UAX #14 rule LB30b.</summary>
    public static bool IsUnassignedPictographic(int cp) => (LineBreakBits(cp) & 0x40) != 0;

    /// <summary>East_Asian_Width F, W or H, which UAX #14 rule LB30 excludes from its OP and CP.</summary>
    public static bool IsEastAsianWide(int cp) => (LineBreakBits(cp) & 0x80) != 0;

    /// <summary>Script (UAX #24) as an index into <see cref="ScriptCode"/>; 0 Common, 1 Inherited, 2 Unknown.</summary>
    public static int Script(int cp) => Lookup(UnicodeTables.ScriptIndex, UnicodeTables.ScriptData, UnicodeTables.ScriptShift, cp);

    /// <summary>The ISO 15924 code of a script index from <see cref="Script"/> ("Latn", "Arab", "Hebr", …).</summary>
    public static string ScriptCode(int script) => UnicodeTables.ScriptCodes[script];

    /// <summary>Script index of Common (punctuation, digits, spaces), which takes the script of the text around it.</summary>
    public const int CommonScript = 0;

    /// <summary>Script index of Inherited (combining marks), which takes the script of its base.</summary>
    public const int InheritedScript = 1;

    /// <summary>Script index of Unknown (unassigned and private-use code points).</summary>
    public const int UnknownScript = 2;

    /// <summary>True for Common, Inherited and Unknown: characters that belong to the script of the text around them.</summary>
    public static bool IsNeutralScript(int script) => script <= UnknownScript;

    private static byte Bidi(int cp) => Lookup(UnicodeTables.BidiIndex, UnicodeTables.BidiData, UnicodeTables.BidiShift, cp);

    private static byte LineBreakBits(int cp) =>
        Lookup(UnicodeTables.LineBreakIndex, UnicodeTables.LineBreakData, UnicodeTables.LineBreakShift, cp);

    private static byte Lookup(ReadOnlySpan<ushort> index, ReadOnlySpan<byte> data, int shift, int cp)
    {
        if ((uint)cp > 0x10FFFF)
        {
            cp = 0xFFFD;
        }
        var block = index[cp >> shift];
        return data[(block << shift) | (cp & ((1 << shift) - 1))];
    }
}

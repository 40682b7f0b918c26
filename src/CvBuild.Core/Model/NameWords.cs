namespace CvBuild.Core.Model;

/// <summary>
/// The one rule for where a personal name splits into words, used by owner matching and by the BibTeX
/// name splitter alike: every Unicode space separates (a no-break space U+00A0, U+202F or U+3000 is a
/// space in a name, not part of a word), and characters that print nothing are not part of the name.
/// </summary>
public static class NameWords
{
    /// <summary>
    /// Characters that print nothing: soft hyphen, zero-width space and joiners, word joiner and the
    /// invisible operators, the UAX #9 directional marks, embeddings and isolates, variation selectors
    /// and the byte order mark (U+FEFF, which text copied from files carries mid-line).
    /// </summary>
    public static bool IsInvisible(int c) => c is 0x00AD or 0x034F or 0x061C or 0x180E or >= 0x200B and <= 0x200F
        or >= 0x202A and <= 0x202E or >= 0x2060 and <= 0x2064 or >= 0x2066 and <= 0x206F or 0xFEFF
        or >= 0xFE00 and <= 0xFE0F;

    /// <summary>The words of a name: split at any white space (Unicode category Zs and controls), invisibles removed.</summary>
    public static string[] Split(string name)
    {
        var visible = HasInvisible(name) ? string.Concat(name.Where(c => !IsInvisible(c))) : name;
        return visible.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool HasInvisible(string name)
    {
        foreach (var c in name)
            if (IsInvisible(c)) return true;
        return false;
    }

    /// <summary>
    /// The words of a name (<see cref="Split"/>) joined by single spaces, in one pass: owner matching compares every
    /// author of a CV this way.
    /// </summary>
    public static string Joined(string name)
    {
        var joined = new System.Text.StringBuilder(name.Length);
        var space = false;
        foreach (var c in name)
        {
            if (IsInvisible(c)) continue;
            if (char.IsWhiteSpace(c))
            {
                space = joined.Length > 0;
                continue;
            }
            if (space) joined.Append(' ');
            space = false;
            joined.Append(c);
        }
        return joined.ToString();
    }
}

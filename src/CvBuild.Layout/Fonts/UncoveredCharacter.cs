namespace CvBuild.Layout;

/// <summary>
/// A character no loaded font can draw: it would print as an empty box (.notdef). <paramref name="Index"/> is the
/// UTF-16 index in the text that was checked, <paramref name="CodePoint"/> the Unicode scalar value.
/// </summary>
public sealed record UncoveredCharacter(int Index, int CodePoint)
{
    /// <summary>The code point as Unicode writes it, e.g. U+E000.</summary>
    public string Notation => $"U+{CodePoint:X4}";
}

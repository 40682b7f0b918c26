namespace CvBuild.Layout.Text;

/// <summary>
/// A place a line may end, as Knuth and Plass's penalty item: the next line starts at char <paramref name="Position"/>.
/// <paramref name="Penalty"/> is the cost of breaking there (TeX's \penalty; 0 after a space); <paramref name="Flagged"/>
/// marks a break that leaves a hyphen at the line's end (an explicit hyphen or a hyphenation point), which
/// consecutive-hyphen demerits count. <paramref name="HyphenWidth"/> is the width of the hyphen a hyphenation point adds
/// (0 elsewhere), in points.
/// </summary>
internal readonly record struct BreakCandidate(int Position, bool Mandatory, float Penalty, bool Flagged, float HyphenWidth)
{
    /// <summary>A discretionary break inside a word: the line gains a hyphen.</summary>
    public bool IsHyphenation => HyphenWidth > 0;
}

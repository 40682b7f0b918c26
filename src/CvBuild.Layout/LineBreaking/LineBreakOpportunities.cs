using CvBuild.Layout.Text;

namespace CvBuild.Layout.LineBreaking;

/// <summary>
/// The line-break opportunities of UAX #14 (default algorithm, Unicode 15.0, rules LB2–LB31), for callers outside the
/// layout engine that wrap text themselves (plain text wraps to terminal columns). Untailored: the PDF's extra breaks
/// inside URLs are not included, so a link in plain text stays whole.
/// </summary>
/// <remarks>
/// Limits of the default algorithm: scripts written without spaces that need a dictionary (Thai, Lao, Khmer, Myanmar:
/// Line_Break SA, resolved to AL by LB1) get no opportunities inside a run, only at spaces and punctuation.
/// </remarks>
public static class LineBreakOpportunities
{
    /// <summary>
    /// Where a line may start: ascending UTF-16 indices in 1..text.Length-1 (never inside a surrogate pair). A break
    /// before a character after a mandatory break (a newline, LB4/LB5) is included too; callers that want forced lines
    /// split at newlines first.
    /// </summary>
    public static IReadOnlyList<int> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var breaks = LineBreaker.AnalyzeDefault(text);
        var result = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (breaks[i] != BreakKind.None) result.Add(i);
        }
        return result;
    }
}

namespace CvBuild.Layout;

/// <summary>How a paragraph is cut into lines.</summary>
public enum BreakingMethod
{
    /// <summary>
    /// Knuth and Plass's total-fit method ("Breaking paragraphs into lines", 1981; TeX's line breaker): every way of
    /// breaking the paragraph is weighed at once and the one with the least total demerits wins, so a loose line is
    /// traded for two decent ones and a single word alone on the last line is avoided.
    /// </summary>
    TotalFit,

    /// <summary>First fit: each line takes as many words as fit. Faster, and worse to read.</summary>
    FirstFit,
}

namespace CvBuild.Layout.Text;

/// <summary>
/// One laid-out line: visible chars [Start, End) (trailing spaces and the newline excluded), its natural width,
/// and vertical metrics. Next is where the following line starts.
/// </summary>
internal readonly record struct TextLine(int Start, int End, int Next, float Width, float Height, float Baseline,
    bool EndsParagraph, bool Hyphenated = false);

using CvBuild.Core.Model;
using CvBuild.Layout;

namespace CvBuild.Pdf;

/// <summary>
/// Everything a render needs besides the document. The renderer reads no clock, no environment and no file:
/// the caller decides the date, loads the fonts and resolves the design, so the same inputs give the same bytes.
/// </summary>
public sealed record PdfOptions
{
    /// <summary>The fonts to typeset with (the caller loads them, e.g. the bundled fonts/ folder).</summary>
    public required FontLibrary Fonts { get; init; }

    /// <summary>Theme, page size, margins, font size, accent and font families; command-line overrides already applied.</summary>
    public Design Design { get; init; } = new();

    /// <summary>
    /// A theme read from a file by the caller (<see cref="Theming.ThemeReader.ReadFile"/>); null takes the built-in
    /// theme <see cref="Design"/> names.
    /// </summary>
    public Theming.Theme? Theme { get; init; }

    /// <summary>
    /// The PDF's creation and modification date (the CV's last_updated, else SOURCE_DATE_EPOCH, as the caller
    /// decides); null writes <see cref="FixedDate"/>. The footer's words come from the document, not from here.
    /// </summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>Written into the PDF as the creator "cvbuild &lt;version&gt;".</summary>
    public string Version { get; init; } = "0.0.0";

    /// <summary>How paragraphs are broken into lines; total fit unless a test compares it with first fit.</summary>
    public BreakingMethod Breaking { get; init; } = BreakingMethod.TotalFit;

    /// <summary>The metadata date of last resort: a constant, never the clock, so builds stay reproducible.</summary>
    public static DateTimeOffset FixedDate { get; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}

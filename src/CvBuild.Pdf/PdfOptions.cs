using CvBuild.Core.Model;
using CvBuild.Layout;

namespace CvBuild.Pdf;

/// <summary>
/// Everything a render needs besides the CV. The renderer reads no clock and no environment: the caller decides
/// the date and passes it here, so the same inputs always give the same bytes.
/// </summary>
public sealed record PdfOptions
{
    /// <summary>
    /// The date used when the CV has no <c>last_updated</c> (e.g. from SOURCE_DATE_EPOCH): PDF creation/modification
    /// dates and the footer. Null when no date is known: the footer then says nothing of it, and the metadata carries
    /// <see cref="FixedDate"/>.
    /// </summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>Overrides <see cref="Design.Theme"/> ("classic" or "modern").</summary>
    public string? Theme { get; init; }

    /// <summary>Overrides <see cref="Design.PageSize"/> ("a4" or "letter").</summary>
    public string? PageSize { get; init; }

    /// <summary>Overrides <see cref="DocumentSettings.Numbering"/>.</summary>
    public Numbering? Numbering { get; init; }

    /// <summary>Written into the PDF as the creator "cvbuild &lt;version&gt;".</summary>
    public string Version { get; init; } = "0.0.0";

    /// <summary>Fonts to use; null uses the bundled fonts next to the application, loaded once per process.</summary>
    public FontLibrary? Fonts { get; init; }

    /// <summary>The metadata date of last resort: a constant, never the clock, so builds stay reproducible.</summary>
    public static DateTimeOffset FixedDate { get; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}

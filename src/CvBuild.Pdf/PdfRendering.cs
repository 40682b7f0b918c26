using CvBuild.Layout;

namespace CvBuild.Pdf;

/// <summary>A rendered CV: the PDF bytes and its page count (the CLI reports both).</summary>
public sealed record PdfRendering(byte[] Pdf, int PageCount)
{
    /// <summary>How the paragraphs were broken into lines: one-word last lines, hyphenated lines.</summary>
    public TextStatistics Text { get; init; } = new(0, 0, 0, 0);
}

namespace CvBuild.Pdf;

/// <summary>A rendered CV: the PDF bytes and its page count (the CLI reports both).</summary>
public sealed record PdfRendering(byte[] Pdf, int PageCount);

namespace CvBuild.Pdf;

/// <summary>A CV that cannot be typeset as asked (unknown theme, font or colour); the message is for the user.</summary>
public sealed class PdfRenderException(string message, Exception? inner = null) : Exception(message, inner);

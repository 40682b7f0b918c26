namespace CvBuild.Layout;

/// <summary>A font file is missing, unreadable or of an unsupported kind.</summary>
public sealed class FontLoadException(string message) : Exception(message);

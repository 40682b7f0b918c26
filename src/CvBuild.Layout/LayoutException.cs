namespace CvBuild.Layout;

/// <summary>Thrown when content cannot be laid out (for example an element taller than an empty page that cannot split).</summary>
public sealed class LayoutException(string message) : Exception(message);

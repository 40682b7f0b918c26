namespace CvBuild.Layout;

/// <summary>A piece of text with one style, optionally a hyperlink.</summary>
public sealed record TextSpan(string Text, TextStyle Style, string? LinkUri = null);

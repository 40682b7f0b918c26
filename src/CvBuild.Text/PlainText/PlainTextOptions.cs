using CvBuild.Text.Document;

namespace CvBuild.Text.PlainText;

public sealed record PlainTextOptions
{
    public DocumentOptions Document { get; init; } = new();
    /// <summary>Line width in display columns.</summary>
    public int Width { get; init; } = 80;
    /// <summary>Transliterate to ASCII.</summary>
    public bool Ascii { get; init; }

    public const int MinWidth = 30;
    public const int MaxWidth = 1000;
}

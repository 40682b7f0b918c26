namespace CvBuild.Text.PlainText;

/// <summary>How plain text is typeset: its width and character set. What it shows is the document's business.</summary>
public sealed record PlainTextOptions
{
    /// <summary>Line width in display columns (wide CJK characters count two).</summary>
    public int Width { get; init; } = 80;
    /// <summary>Transliterate to ASCII.</summary>
    public bool Ascii { get; init; }

    public const int MinWidth = 30;
    public const int MaxWidth = 1000;
}

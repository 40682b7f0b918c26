using CvBuild.Text.Document;

namespace CvBuild.Text.Markdown;

public sealed record MarkdownOptions
{
    public DocumentOptions Document { get; init; } = new();
    /// <summary>Begin with Jekyll front matter (layout: page, title) so the file drops into a GitHub Pages site.</summary>
    public bool FrontMatter { get; init; }
}

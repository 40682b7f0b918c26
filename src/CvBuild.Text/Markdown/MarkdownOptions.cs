namespace CvBuild.Text.Markdown;

/// <summary>How Markdown is written.</summary>
public sealed record MarkdownOptions
{
    /// <summary>Begin with Jekyll front matter (layout: page, title) so the file drops into a GitHub Pages site.</summary>
    public bool FrontMatter { get; init; }
}

namespace CvBuild.Html;

/// <summary>How the HTML page is written.</summary>
public sealed record HtmlOptions
{
    /// <summary>
    /// The page's language as a BCP 47 tag (the <c>lang</c> attribute screen readers choose a voice by); the
    /// language of the presentation strings the document was built with.
    /// </summary>
    public string Language { get; init; } = "en";
}

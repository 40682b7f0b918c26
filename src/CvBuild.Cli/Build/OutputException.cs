namespace CvBuild.Cli.Build;

/// <summary>An output that cannot be made from this CV with these options; the message is for the user.</summary>
public class OutputException(string message) : Exception(message)
{
    /// <summary>Positioned problems in another input file (a theme file), printed compiler style instead of the message.</summary>
    public IReadOnlyList<CvBuild.Core.Diagnostics.Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The text of the file <see cref="Diagnostics"/> point into, for the excerpt under each.</summary>
    public string? SourceText { get; init; }
}

/// <summary>An option that does not fit this CV (a section id it does not have): a command-line mistake, exit 2.</summary>
public sealed class OptionException(string message) : OutputException(message);

/// <summary>A PDF has more pages than its max_pages allows; the message gives its count and the limit.</summary>
public sealed class PageLimitException(string message) : OutputException(message);

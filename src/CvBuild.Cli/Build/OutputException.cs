namespace CvBuild.Cli.Build;

/// <summary>An output that cannot be made from this CV with these options; the message is for the user.</summary>
public class OutputException(string message) : Exception(message);

/// <summary>An option that does not fit this CV (a section id it does not have): a command-line mistake, exit 2.</summary>
public sealed class OptionException(string message) : OutputException(message);

/// <summary>A PDF has more pages than its max_pages allows; the message gives its count and the limit.</summary>
public sealed class PageLimitException(string message) : OutputException(message);

namespace CvBuild.Cli.Output;

/// <summary>An output that cannot be written; the message is one line for the user naming the path they gave.</summary>
public sealed class CannotWriteException(string message) : Exception(message);

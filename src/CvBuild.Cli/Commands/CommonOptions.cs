using System.CommandLine;

namespace CvBuild.Cli.Commands;

/// <summary>Arguments and options shared by several commands, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string> CvFile() => new("cv") { Description = "The CV YAML file." };

    public static Option<string?> Output(string example) =>
        new("--output", "-o") { Description = $"Where to write the output (default: {example} beside the CV)." };

    /// <summary>The default output path: the CV's path with another extension.</summary>
    public static string DefaultOutput(string cvPath, string extension) => Path.ChangeExtension(cvPath, extension);
}

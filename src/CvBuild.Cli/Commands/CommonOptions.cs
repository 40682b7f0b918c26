using System.CommandLine;

namespace CvBuild.Cli.Commands;

/// <summary>Arguments and options shared by several commands, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The CV argument; a path naming nothing is a usage mistake (exit 2), found before any work.</summary>
    public static Argument<string> CvFile()
    {
        var argument = new Argument<string>("cv") { Description = "The CV YAML file." };
        argument.Validators.Add(r =>
        {
            var path = r.Tokens.Count > 0 ? r.Tokens[0].Value : null;
            if (path is { Length: > 0 } && !Path.Exists(path)) r.AddError($"{Core.Diagnostics.DiagnosticText.Escape(path)}: no such file");
        });
        return argument;
    }

    public static Option<string?> Output(string example) =>
        new("--output", "-o") { Description = $"Where to write the output (default: {example} beside the CV)." };

    /// <summary>--quiet: no 'wrote ...' line for a written file; warnings and errors are still printed.</summary>
    public static Option<bool> Quiet() =>
        new("--quiet", "-q") { Description = "Do not print the line naming each file written; warnings and errors are still printed." };

    /// <summary>The default output path: the CV's path with another extension.</summary>
    public static string DefaultOutput(string cvPath, string extension) => Path.ChangeExtension(cvPath, extension);
}

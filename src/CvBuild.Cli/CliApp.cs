using System.CommandLine;
using System.CommandLine.Parsing;
using CvBuild.Cli.Build;
using CvBuild.Cli.Commands;
using CvBuild.Cli.Output;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Files;

namespace CvBuild.Cli;

/// <summary>The command tree. Parsing problems exit with 2; unexpected failures print one line, never a stack trace.</summary>
public static class CliApp
{
    public static RootCommand CreateRoot() => CreateRoot(only: null);

    /// <summary>
    /// The root with every subcommand, or with only the one named <paramref name="only"/>: a command line that starts
    /// with a command's name parses the same against that command alone, and building all the others costs a cold
    /// run a few tenths of a millisecond.
    /// </summary>
    internal static RootCommand CreateRoot(string? only)
    {
        var root = new RootCommand("cvbuild: one YAML file describing an academic career, typeset as a PDF CV, and written as BibTeX, plain text, Markdown, HTML and JSON Resume.");
        foreach (var (name, create) in Subcommands())
            if (only is null || name == only) root.Subcommands.Add(create());
        return root;
    }

    /// <summary>Each subcommand's name and factory, in the order help lists them.</summary>
    private static IEnumerable<(string Name, Func<Command> Create)> Subcommands()
    {
        yield return ("check", CheckCommand.Create);
        yield return ("schema", SchemaCommand.Create);
        yield return ("theme", ThemeCommand.Create);
        yield return ("init", InitCommand.Create);
        foreach (var format in OutputFormats.All) yield return (format.Name, () => FormatCommand.Create(format));
        yield return ("import", ImportCommand.Create);
        yield return ("build", BuildCommand.Create);
        yield return ("watch", WatchCommand.Create);
    }

    /// <summary>"did you mean" for each unknown word: an option of the command it was given to, or a command.</summary>
    private static IEnumerable<string> DidYouMean(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        foreach (var token in parse.UnmatchedTokens)
        {
            IEnumerable<string> known = token.StartsWith('-')
                ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Select(c => c.Name);
            if (Core.Reading.Suggestions.Closest(token, known) is { } close)
                yield return $"cvbuild: did you mean '{close}' instead of '{DiagnosticText.Escape(token)}'?";
        }
    }

    /// <summary>"import bibtex " for a subcommand of a subcommand; "" for the root.</summary>
    private static string CommandPath(System.CommandLine.Parsing.CommandResult? result)
    {
        var names = new List<string>();
        for (var r = result; r is not null && r.Command is not RootCommand; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, r.Command.Name);
        return names.Count == 0 ? "" : string.Join(' ', names) + " ";
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = args.Length > 0 && Subcommands().Any(c => c.Name == args[0]) ? CreateRoot(args[0]) : CreateRoot();
        if (args.Length == 0)
        {
            // No command is a usage mistake: show what there is to run, on standard error, and exit 2.
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
            return ExitCodes.Usage;
        }
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine("cvbuild: error: " + DiagnosticText.Escape(OneLine(error.Message)));
            foreach (var hint in DidYouMean(parse)) stderr.WriteLine(hint);
            stderr.WriteLine($"Run 'cvbuild {CommandPath(parse.CommandResult)}--help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CannotWriteException ex)
        {
            stderr.WriteLine("cvbuild: error: " + ex.Message);
            return ExitCodes.InvalidData;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("cvbuild: error: " + IoErrors.Describe(ex));
            return ExitCodes.InvalidData;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"cvbuild: internal error: {ex.GetType().Name}: {DiagnosticText.Escape(ex.Message)} (please report this)");
            return ExitCodes.Internal;
        }
    }

    /// <summary>
    /// System.CommandLine lists allowed values one per line, each after a tab ("Must be one of:\n\t'full'\n\t'short'");
    /// an error is one line, so the list becomes "Must be one of: 'full', 'short'".
    /// </summary>
    internal static string OneLine(string message) =>
        string.Join(", ", message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Replace(":,", ":", StringComparison.Ordinal);
}

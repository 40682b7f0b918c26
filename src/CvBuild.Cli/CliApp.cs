using System.CommandLine;
using CvBuild.Cli.Build;
using CvBuild.Cli.Commands;
using CvBuild.Cli.Output;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Files;

namespace CvBuild.Cli;

/// <summary>The command tree. Parsing problems exit with 2; unexpected failures print one line, never a stack trace.</summary>
public static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("cvbuild: one YAML file describing an academic career, typeset as a PDF CV, BibTeX, text and Markdown.");
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(ThemeCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        foreach (var format in OutputFormats.All) root.Subcommands.Add(FormatCommand.Create(format));
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = CreateRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine("cvbuild: error: " + DiagnosticText.Escape(error.Message));
            stderr.WriteLine("Run 'cvbuild --help' for usage.");
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
}

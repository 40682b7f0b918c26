using System.CommandLine;
using CvBuild.BibTeX;
using CvBuild.Cli.Output;
using CvBuild.Core.Diagnostics;

namespace CvBuild.Cli.Commands;

internal static class BibtexCommand
{
    public static Command Create()
    {
        var file = CommonOptions.CvFile();
        var output = CommonOptions.Output("<cv>.bib");
        var dialect = new Option<string>("--dialect")
        {
            Description = "bibtex: classic types and LaTeX macros for plain.bst and friends; biblatex: biber's types, UTF-8 and equal-contribution annotations.",
            DefaultValueFactory = _ => "bibtex",
        };
        dialect.AcceptOnlyFromAmong("bibtex", "biblatex");
        var ascii = new Option<bool>("--ascii") { Description = "Write non-ASCII characters as LaTeX macros ({\\\"u}) in the biblatex dialect too." };
        var abstracts = new Option<bool>("--abstracts") { Description = "Include abstracts." };
        var include = new Option<string[]>("--include")
        {
            Description = "Extra sections to export: talks (as @misc entries).",
            AllowMultipleArgumentsPerToken = true,
        };
        include.AcceptOnlyFromAmong("talks");
        var equalNote = new Option<bool>("--equal-note") { Description = "Add 'Equal contribution: A and B' to the note of papers with equal contribution." };

        var command = new Command("bibtex", "Export the publications and patents as a .bib file, one entry each, in the CV's order.")
        {
            file, output, dialect, ascii, abstracts, include, equalNote,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var target = new OutputTarget(parse.GetValue(output) ?? CommonOptions.DefaultOutput(path, ".bib"));
            if (target.Refuses([path], parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)) return ExitCodes.InvalidData;
            var cv = CvLoader.Load(path, parse.InvocationConfiguration.Error);
            if (cv is null) return ExitCodes.InvalidData;
            var options = new BibTeXOptions
            {
                Dialect = parse.GetValue(dialect) == "biblatex" ? BibDialect.BibLaTeX : BibDialect.BibTeX,
                Ascii = parse.GetValue(ascii),
                Abstracts = parse.GetValue(abstracts),
                IncludeTalks = (parse.GetValue(include) ?? []).Contains("talks"),
                EqualNote = parse.GetValue(equalNote),
            };
            target.WriteText(BibTeXWriter.Write(cv, options), parse.InvocationConfiguration.Output);
            var talks = options.IncludeTalks ? $", {cv.Talks.Count} talks" : "";
            // With "-o -" the summary goes to standard error, keeping standard output a clean .bib.
            var report = target.IsStandardOutput ? parse.InvocationConfiguration.Error : parse.InvocationConfiguration.Output;
            report.WriteLine($"{DiagnosticText.Escape(target.Given)}: {cv.Publications.Count} publications, {cv.Patents.Count} patents{talks}");
            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using CvBuild.BibTeX.Import;
using CvBuild.Cli.Output;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Files;

namespace CvBuild.Cli.Commands;

internal static class ImportCommand
{
    /// <summary>A whole DBLP export of a prolific author is a few megabytes; past this it is not a bibliography.</summary>
    public const long MaxBibBytes = BibFileSource.MaxBytes;

    public static Command Create()
    {
        var command = new Command("import", "Import publications from other formats into the CV's YAML.");
        command.Subcommands.Add(Bibtex());
        return command;
    }

    private static Command Bibtex()
    {
        var file = new Argument<string>("bib") { Description = "The .bib file (Google Scholar, DBLP, arXiv, Zotero, hand-written...)." };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the YAML (default: standard output, so it can be piped or pasted). " +
                          "The result is a complete CV file ('cvbuild check' accepts it) whose publications and patents lists can be pasted into your CV.",
        };
        var person = new Option<string?>("--person") { Description = "The name for person.name (default: the most frequent author)." };
        var encoding = new Option<string>("--encoding")
        {
            Description = "The file's encoding: utf-8 (default; an invalid byte is an error), latin1 or windows-1252.",
            DefaultValueFactory = _ => "utf-8",
        };
        encoding.AcceptOnlyFromAmong([.. BibTextDecoder.Names]);
        var command = new Command("bibtex",
            "Convert a .bib file to CV YAML. Every entry or field that cannot be carried over is reported on standard error " +
            "with its line, as file:line:col: warning: ...; the exit code is 1 when the file has syntax errors (the readable entries are still written).")
        {
            file, output, person, encoding,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var stderr = parse.InvocationConfiguration.Error;
            var target = new OutputTarget(parse.GetValue(output) ?? "-");
            if (target.Refuses([path], parse.InvocationConfiguration.Output, stderr)) return ExitCodes.InvalidData;
            var read = InputFile.Read(path, MaxBibBytes, "a .bib file");
            if (read.Bytes is null)
            {
                stderr.WriteLine($"{DiagnosticText.Escape(path)}:0:0: error: {read.Problem}");
                return ExitCodes.InvalidData;
            }
            var decoded = BibTextDecoder.Decode(read.Bytes, parse.GetValue(encoding)!, path);
            if (decoded.Text is not { } text)
            {
                stderr.Write(DiagnosticFormatter.Format(decoded.Diagnostics, _ => null));
                return ExitCodes.InvalidData;
            }
            var import = BibTeXImporter.Import(text, path);
            if (import.Diagnostics.Count > 0)
            {
                stderr.Write(DiagnosticFormatter.Format(import.Diagnostics, _ => text));
                stderr.WriteLine($"{import.Errors} error{(import.Errors == 1 ? "" : "s")}, {import.Warnings} warning{(import.Warnings == 1 ? "" : "s")}");
            }
            var yaml = PublicationYamlWriter.Write(import, Path.GetFileName(path), parse.GetValue(person));
            target.WriteText(yaml, parse.InvocationConfiguration.Output);
            if (!target.IsStandardOutput)
                stderr.WriteLine($"{DiagnosticText.Escape(target.Given)}: {import.Publications.Count} publications, {import.Patents.Count} patents");
            return import.Errors > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
        });
        return command;
    }
}

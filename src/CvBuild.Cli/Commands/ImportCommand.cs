using System.CommandLine;
using CvBuild.BibTeX.Import;
using CvBuild.Cli.Import;
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
        command.Subcommands.Add(Foreign("jsonresume", "resume.json", "a JSON Resume file (schema 1.0.0)", JsonResumeImporter.MaxBytes,
            "Convert a JSON Resume file (resume.json) to a cvbuild CV.", (bytes, path) => JsonResumeImporter.Import(bytes, path)));
        command.Subcommands.Add(Foreign("rendercv", "cv.yaml", "a RenderCV 2.x YAML file", RenderCvImporter.MaxBytes,
            "Convert a RenderCV 2.x input file (cv: with sections) to a cvbuild CV.", (bytes, path) => RenderCvImporter.Import(bytes, path)));
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
        var quiet = CommonOptions.Quiet();
        var command = new Command("bibtex",
            "Convert a .bib file to CV YAML. Every entry or field that cannot be carried over is reported on standard error " +
            "with its line, as file:line:col: warning: ...; the exit code is 1 when the file has syntax errors (the readable entries are still written).")
        {
            file, output, person, encoding, quiet,
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
            var holds = $"{WrittenLine.Count(import.Publications.Count, "publication", "publications")}, {WrittenLine.Count(import.Patents.Count, "patent", "patents")}";
            Write(target, yaml, holds, parse);
            return import.Errors > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>An importer of another CV format: one file in, a CV YAML out, every unmapped part a warning at its place.</summary>
    private static Command Foreign(string name, string example, string what, long maxBytes, string description, Func<byte[], string, ImportResult> import)
    {
        var file = new Argument<string>("file") { Description = $"The {example} to convert ({what})." };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the CV YAML (default: standard output). The result passes 'cvbuild check'.",
        };
        var quiet = CommonOptions.Quiet();
        var command = new Command(name,
            description + " Everything that cannot be carried over is reported on standard error as file:line:col: warning: " +
            "with its JSON pointer; docs/migrating.md lists the mapping field by field.")
        {
            file, output, quiet,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var stderr = parse.InvocationConfiguration.Error;
            var target = new OutputTarget(parse.GetValue(output) ?? "-");
            if (target.Refuses([path], parse.InvocationConfiguration.Output, stderr)) return ExitCodes.InvalidData;
            var read = InputFile.Read(path, maxBytes, what);
            if (read.Bytes is null)
            {
                stderr.WriteLine($"{DiagnosticText.Escape(path)}:0:0: error: {read.Problem}");
                return ExitCodes.InvalidData;
            }
            var bytes = read.Bytes.AsSpan().StartsWith(Utf8Bom) ? read.Bytes[Utf8Bom.Length..] : read.Bytes;
            var result = import(bytes, path);
            if (result.Diagnostics.Count > 0)
            {
                var text = System.Text.Encoding.UTF8.GetString(bytes);
                stderr.Write(DiagnosticFormatter.Format(result.Diagnostics, _ => text));
                stderr.WriteLine($"{result.Errors} error{(result.Errors == 1 ? "" : "s")}, {result.Warnings} warning{(result.Warnings == 1 ? "" : "s")}");
            }
            if (result.Yaml is null) return ExitCodes.InvalidData;
            Write(target, result.Yaml, WrittenLine.Count(result.Entries, "entry", "entries"), parse);
            return result.Errors > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
        });
        return command;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Writes the YAML and, unless --quiet, the written line (on standard error when standard output is the YAML).</summary>
    private static void Write(OutputTarget target, string yaml, string holds, ParseResult parse)
    {
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(yaml);
        target.Write(bytes, parse.InvocationConfiguration.Output);
        if (parse.GetValue<bool>("--quiet")) return;
        (target.IsStandardOutput ? parse.InvocationConfiguration.Error : parse.InvocationConfiguration.Output)
            .WriteLine(WrittenLine.Of(target.Given, holds, bytes.Length));
    }
}

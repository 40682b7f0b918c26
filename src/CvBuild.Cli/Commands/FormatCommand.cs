using System.CommandLine;
using CvBuild.Cli.Build;
using CvBuild.Cli.Output;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Schema;

namespace CvBuild.Cli.Commands;

/// <summary>
/// The command of an output format (<c>cvbuild pdf</c>, <c>text</c>, <c>markdown</c>, <c>bibtex</c>): its options
/// are the format's own, so the command and <c>build</c> accept the same options and make the same bytes.
/// </summary>
internal static class FormatCommand
{
    public static Command Create(IOutputFormat format, Func<RenderContext>? context = null)
    {
        var file = CommonOptions.CvFile();
        var output = CommonOptions.Output($"<cv>{format.Extension}");
        var quiet = CommonOptions.Quiet();
        var command = new Command(format.Name, format.Description) { file, output, quiet };
        Option<string>? variant = null;
        if (format.Variants.Count > 1)
        {
            variant = new Option<string>("--variant")
            {
                Description = "full (the whole CV), short (selected publications), publications (listing with abstracts) or talks.",
                DefaultValueFactory = _ => format.Variants[0],
            };
            variant.AcceptOnlyFromAmong([.. format.Variants]);
            command.Options.Add(variant);
        }
        var readers = format.Options.Select(o => Add(command, o)).ToList();
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            // Checked before any work: a refused output (one of the inputs, a missing folder) costs nothing.
            var target = new OutputTarget(parse.GetValue(output) ?? CommonOptions.DefaultOutput(path, format.Extension));
            if (target.Refuses([path], stdout, stderr, binary: !format.IsText)) return ExitCodes.InvalidData;
            var renderContext = (context ?? RenderContext.FromEnvironment)();
            renderContext.LoadInBackground(format.UsesBundledFonts);
            var cvRead = CvLoader.Read(path);
            CvLoader.Print(cvRead, stderr);
            if (!cvRead.Succeeded) return ExitCodes.InvalidData;
            // Included files and .bib files are inputs too; they are known only once the CV is read.
            if (target.Refuses(cvRead.Inputs, stdout, stderr, binary: !format.IsText)) return ExitCodes.InvalidData;
            var cv = cvRead.Cv!;
            var values = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var read in readers)
                if (read(parse) is { } pair) values[pair.Key] = pair.Value;
            var optionValues = new OptionValues(values) { CvPath = Path.GetFullPath(path), OptionDirectory = Directory.GetCurrentDirectory() };
            // A file the output reads (a locale, a theme) is an input too; the CV names it, so this waits for the CV.
            if (ReferencedFiles.Of(cv, optionValues, format) is { Count: > 0 } inputs && target.Refuses([path, .. inputs], stdout, stderr, binary: !format.IsText))
                return ExitCodes.InvalidData;
            // What the CV names outside itself (locale, theme, fonts), at the lines that name them, as 'check' says it.
            var design = DesignCheck.Of(cv, path, format.UsesBundledFonts ? renderContext.FamiliesOrNull() : null);
            if (design.Diagnostics.Count > 0)
                CvLoader.Print(design.Diagnostics, f => design.Texts.GetValueOrDefault(f) ?? cvRead.SourceOf(f), stderr);
            if (design.HasErrors) return ExitCodes.InvalidData;
            RenderedOutput rendered;
            try
            {
                rendered = format.Render(cv, variant is null ? "full" : parse.GetValue(variant)!, optionValues, renderContext);
                if (format.UsesBundledFonts)
                    CvLoader.Print(FontCoverage.Warnings(cvRead, renderContext.Fonts), cvRead.SourceOf, stderr);
            }
            catch (OptionException ex)
            {
                stderr.WriteLine($"cvbuild: error: {DiagnosticText.Escape(ex.Message)}");
                return ExitCodes.Usage;
            }
            catch (PageLimitException ex)
            {
                // The limit is about the file being made, so the message names it.
                stderr.WriteLine($"cvbuild: error: {DiagnosticText.Escape(target.Given)}: {DiagnosticText.Escape(ex.Message)}");
                return ExitCodes.InvalidData;
            }
            catch (OutputException ex) when (ex.Diagnostics.Count > 0)
            {
                CvLoader.Print(ex.Diagnostics, ex.SourceText, stderr);
                return ExitCodes.InvalidData;
            }
            catch (OutputException ex)
            {
                stderr.WriteLine($"cvbuild: error: {DiagnosticText.Escape(path)}: {DiagnosticText.Escape(ex.Message)}");
                return ExitCodes.InvalidData;
            }
            CvLoader.Print(rendered.Warnings, cvRead.SourceOf, stderr);
            // Rendered fully in memory first: a failure above never touches the previous file.
            target.Write(rendered.Bytes, stdout, binary: !format.IsText);
            // With "-o -" standard output is the file itself; the summary goes to standard error.
            if (!parse.GetValue(quiet))
                (target.IsStandardOutput ? stderr : stdout).WriteLine(WrittenLine.Of(target.Given, rendered.Holds, rendered.Bytes.Length));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Adds the command-line form of an option; returns how to read its value (null when not given).</summary>
    private static Func<ParseResult, KeyValuePair<string, object>?> Add(Command command, FormatOption spec)
    {
        var description = spec.Help;
        switch (spec.Type)
        {
            case FieldType.Boolean:
                var flag = new Option<bool>(spec.CliName) { Description = description };
                command.Options.Add(flag);
                return p => p.GetValue(flag) ? new(spec.Name, true) : null;
            case FieldType.Integer:
                var number = new Option<int?>(spec.CliName)
                {
                    Description = description,
                    HelpName = spec.Placeholder,
                    // The parser's own message names the CLR type (System.Nullable`1[System.Int32]); say it in words.
                    CustomParser = r =>
                    {
                        var token = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                        if (!int.TryParse(token, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                            r.AddError($"{spec.CliName} takes a whole number ({spec.Placeholder}), not '{DiagnosticText.Escape(token)}'.");
                        else if (spec.Check(parsed, spec.CliName) is { } error) r.AddError(error + ".");
                        else return parsed;
                        return null;
                    },
                };
                command.Options.Add(number);
                return p => p.GetValue(number) is { } v ? new(spec.Name, v) : null;
            case FieldType.StringList:
                var list = new Option<string?>(spec.CliName) { Description = description + " Comma-separated.", HelpName = "a,b,c" };
                command.Options.Add(list);
                return p => p.GetValue(list)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { } items
                    ? new(spec.Name, (IReadOnlyList<string>)items) : null;
            default:
                var choice = new Option<string?>(spec.CliName) { Description = description };
                if (spec.Values.Count > 0) choice.AcceptOnlyFromAmong([.. spec.Values]);
                command.Options.Add(choice);
                return p => p.GetValue(choice) is { } v ? new(spec.Name, v) : null;
        }
    }
}

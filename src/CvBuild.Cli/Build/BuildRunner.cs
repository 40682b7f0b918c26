using System.Globalization;
using CvBuild.Cli.Output;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Files;
using CvBuild.Core.Reading;

namespace CvBuild.Cli.Build;

/// <summary>
/// Makes every output of a configuration in one process: reads and checks the CV once, renders each
/// output, and writes it atomically (or, for --check, only compares). One failing output does not stop
/// the others; the exit code says whether anything failed.
/// </summary>
public sealed class BuildRunner(TextWriter stdout, TextWriter stderr, string workingDirectory, RenderContext? context = null)
{
    private readonly RenderContext _context = context ?? RenderContext.FromEnvironment();

    /// <summary>The config file and CV file the last run read, so 'watch' knows what to watch.</summary>
    public IReadOnlyList<string> Inputs { get; private set; } = [];

    /// <summary>--quiet: no line per written file (warnings, errors and the --check report are still printed).</summary>
    public bool Quiet { get; init; }

    public int Run(string configPath, bool check)
    {
        var fullConfig = Path.GetFullPath(configPath, workingDirectory);
        Inputs = [fullConfig];
        var read = ConfigReader.ReadFile(fullConfig, OutputFormats.Specs);
        PrintDiagnostics(read.Diagnostics, read.SourceText, fullConfig, configPath);
        if (!read.Succeeded) return ExitCodes.InvalidData;
        var plan = OutputPlan.From(read.Config!, workingDirectory);
        Inputs = [fullConfig, plan.CvPath];

        if (FileNode.Of(plan.CvPath).Kind == FileKind.Missing)
        {
            // Point at the configuration line that names it: that is where the mistake usually is.
            var at = read.Config!.CvSource ?? new Core.Model.SourceSpan(fullConfig, 1, 1);
            PrintDiagnostics([new Diagnostic(Severity.Error, at, $"the CV file '{read.Config.Cv}' does not exist (looked for {plan.CvPath})")],
                read.SourceText, fullConfig, configPath);
            return ExitCodes.InvalidData;
        }
        // The one output rule of every command (never an input, folders exist, ...), at the output's line;
        // --check writes nothing, so there a missing folder only means a missing output.
        var refused = check ? [] : plan.Outputs
            .Select(o => (Output: o, Problem: o.Target.Problem([fullConfig, plan.CvPath], stdout, shown: p => OutputPlan.Display(p, workingDirectory))))
            .Where(p => p.Problem is not null)
            .ToList();
        if (refused.Count > 0)
        {
            PrintDiagnostics(refused.Select(r => new Diagnostic(Severity.Error, r.Output.Entry.Source, r.Problem!)).ToList(),
                read.SourceText, fullConfig, configPath);
            return ExitCodes.InvalidData;
        }
        _context.LoadInBackground(plan.Outputs.Any(o => o.Format.UsesBundledFonts));
        var cvRead = CvLoader.Read(plan.CvPath);
        // Included files and .bib files are inputs too: 'watch' follows them and no output may overwrite one.
        Inputs = [fullConfig, .. cvRead.Inputs];
        PrintCvDiagnostics(cvRead.Diagnostics, cvRead);
        if (!cvRead.Succeeded) return ExitCodes.InvalidData;
        var cv = cvRead.Cv!;
        // Every output's locale and theme files are inputs of the whole build: one output may not overwrite the theme
        // another reads.
        var referenced = plan.Outputs
            .SelectMany(o => ReferencedFiles.Of(cv, Options(o, plan, read.Config!), o.Format))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Inputs = [fullConfig, .. cvRead.Inputs, .. referenced];
        var overwrites = check ? [] : plan.Outputs
            .Select(o => (Output: o, Problem: o.Target.Problem([.. cvRead.Inputs, .. referenced], stdout, shown: p => OutputPlan.Display(p, workingDirectory))))
            .Where(p => p.Problem is not null)
            .ToList();
        if (overwrites.Count > 0)
        {
            PrintDiagnostics(overwrites.Select(r => new Diagnostic(Severity.Error, r.Output.Entry.Source, r.Problem!)).ToList(),
                read.SourceText, fullConfig, configPath);
            return ExitCodes.InvalidData;
        }
        var design = DesignCheck.Of(cv, plan.CvPath,
            plan.Outputs.Any(o => o.Format.UsesBundledFonts) ? _context.FamiliesOrNull() : null);
        if (design.Diagnostics.Count > 0)
            CvLoader.Print(design.Diagnostics, f => design.Texts.GetValueOrDefault(f) ?? cvRead.SourceOf(f), stderr);
        if (design.HasErrors) return ExitCodes.InvalidData;
        if (plan.Outputs.Any(o => o.Format.UsesBundledFonts))
        {
            try
            {
                PrintCvDiagnostics(FontCoverage.Warnings(cvRead, _context.Fonts), cvRead);
            }
            catch (OutputException)
            {
                // The fonts could not be loaded; every PDF output reports that itself below.
            }
        }

        var failed = 0;
        var stale = new List<string>();
        foreach (var output in plan.Outputs)
        {
            byte[] bytes;
            string? holds;
            try
            {
                var options = Options(output, plan, read.Config!);
                var rendered = output.Format.Render(cv, output.Entry.Variant, options, _context);
                PrintCvDiagnostics(rendered.Warnings, cvRead);
                bytes = rendered.Bytes;
                holds = rendered.Holds;
            }
            catch (OutputException ex) when (ex.Diagnostics.Count > 0)
            {
                CvLoader.Print(ex.Diagnostics, ex.SourceText, stderr);
                stderr.WriteLine($"error: {DiagnosticText.Escape(output.DisplayPath)}: {DiagnosticText.Escape(ex.Message)}");
                failed++;
                continue;
            }
            catch (OutputException ex)
            {
                stderr.WriteLine($"error: {DiagnosticText.Escape(output.DisplayPath)}: {DiagnosticText.Escape(ex.Message)}");
                failed++;
                continue;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A renderer bug must not cost the user the other outputs.
                stderr.WriteLine($"error: {DiagnosticText.Escape(output.DisplayPath)}: internal error in the {output.Format.Name} format: {ex.GetType().Name}: {DiagnosticText.Escape(ex.Message)} (please report this)");
                failed++;
                continue;
            }
            if (check)
            {
                if (!File.Exists(output.FullPath)) stale.Add($"missing {DiagnosticText.Escape(output.DisplayPath)}");
                else if (!output.Target.HasContent(bytes)) stale.Add($"stale   {DiagnosticText.Escape(output.DisplayPath)}");
                continue;
            }
            try
            {
                var unchanged = output.Target.HasContent(bytes);
                // An identical file is left alone, so its timestamp keeps meaning "last changed".
                if (!unchanged) output.Target.Write(bytes, stdout, binary: !output.Format.IsText);
                if (!Quiet) stdout.WriteLine(WrittenLine.Of(output.DisplayPath, holds, bytes.Length, unchanged));
            }
            catch (CannotWriteException ex)
            {
                stderr.WriteLine("error: " + ex.Message);
                failed++;
            }
        }

        if (check)
        {
            foreach (var line in stale) stdout.WriteLine(line);
            if (stale.Count > 0)
                stderr.WriteLine($"{stale.Count} of {plan.Outputs.Count} output{(plan.Outputs.Count == 1 ? " is" : "s are")} out of date; run 'cvbuild build' to update");
            else if (failed == 0)
                stdout.WriteLine($"all {plan.Outputs.Count} output{(plan.Outputs.Count == 1 ? " is" : "s are")} up to date");
            return stale.Count > 0 || failed > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
        }
        if (failed > 0) stderr.WriteLine($"{failed} of {plan.Outputs.Count} output{(plan.Outputs.Count == 1 ? "" : "s")} failed");
        return failed > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
    }

    private void PrintDiagnostics(IReadOnlyList<Diagnostic> diagnostics, string? source, string fullPath, string shownPath)
    {
        // Diagnostics carry the path they were read with; show it as the user would type it.
        var shown = diagnostics.Select(d => d.Span.File == fullPath ? d with { Span = d.Span with { File = shownPath } } : d).ToList();
        CvLoader.Print(shown, source, stderr);
    }

    /// <summary>Diagnostics of the CV and the files it reads, each file named as the user would type it.</summary>
    private void PrintCvDiagnostics(IReadOnlyList<Diagnostic> diagnostics, ReadResult cvRead)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var shown = diagnostics.Select(d =>
        {
            var file = d.Span.File;
            if (!names.TryGetValue(file, out var name))
                names[file] = name = Path.IsPathFullyQualified(file) ? OutputPlan.Display(file, workingDirectory) : file;
            return d with { Span = d.Span with { File = name } };
        }).ToList();
        var sources = names.ToDictionary(n => n.Value, n => cvRead.SourceOf(n.Key), StringComparer.Ordinal);
        CvLoader.Print(shown, f => sources.GetValueOrDefault(f), stderr);
    }

    private static OptionValues Options(PlannedOutput output, OutputPlan plan, Core.Reading.BuildConfig config) =>
        new(output.Entry.Options) { CvPath = plan.CvPath, OptionDirectory = config.Directory };
}

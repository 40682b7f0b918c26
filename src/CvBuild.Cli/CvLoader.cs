using CvBuild.BibTeX.Import;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;

namespace CvBuild.Cli;

/// <summary>Reads a CV for a command, printing its diagnostics to standard error in compiler style.</summary>
public static class CvLoader
{
    private const int MaxShown = 100;

    /// <summary>
    /// Reads the CV at <paramref name="path"/> with everything it names: included YAML files and the .bib files
    /// of publications_from (read by the BibTeX importer). Every command reads a CV this way.
    /// </summary>
    public static ReadResult Read(string path) => CvReader.ReadFile(path, BibFileSource.Instance);

    /// <summary>The CV, or null after the errors were printed.</summary>
    public static Cv? Load(string path, TextWriter stderr, bool showWarnings = true)
    {
        var result = Read(path);
        Print(result, stderr, showWarnings);
        return result.Succeeded ? result.Cv : null;
    }

    public static void Print(ReadResult result, TextWriter stderr, bool showWarnings = true) =>
        Print(result.Diagnostics.Where(d => d.IsError || showWarnings).ToList(), result.SourceOf, stderr);

    /// <summary>Diagnostics of one source file, compiler style, then a count of errors and warnings.</summary>
    public static void Print(IReadOnlyList<Diagnostic> shown, string? source, TextWriter stderr) => Print(shown, _ => source, stderr);

    /// <summary>Diagnostics of several files (a CV, its includes, its .bib files), each shown with its own line.</summary>
    public static void Print(IReadOnlyList<Diagnostic> shown, Func<string, string?> sourceOf, TextWriter stderr)
    {
        if (shown.Count == 0) return;
        // Like a compiler, stop listing after a screenful: the rest are usually the same mistake again.
        stderr.Write(DiagnosticFormatter.Format(shown.Take(MaxShown), sourceOf));
        if (shown.Count > MaxShown) stderr.WriteLine($"... and {shown.Count - MaxShown} more");
        var errors = shown.Count(d => d.IsError);
        var warnings = shown.Count - errors;
        if (errors > 0) stderr.WriteLine($"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
    }
}

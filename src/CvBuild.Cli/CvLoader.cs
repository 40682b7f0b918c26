using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;

namespace CvBuild.Cli;

/// <summary>Reads a CV for a command, printing its diagnostics to standard error in compiler style.</summary>
public static class CvLoader
{
    private const int MaxShown = 100;

    /// <summary>The CV, or null after the errors were printed.</summary>
    public static Cv? Load(string path, TextWriter stderr, bool showWarnings = true)
    {
        var result = CvReader.ReadFile(path);
        Print(result, stderr, showWarnings);
        return result.Succeeded ? result.Cv : null;
    }

    public static void Print(ReadResult result, TextWriter stderr, bool showWarnings = true) =>
        Print(result.Diagnostics.Where(d => d.IsError || showWarnings).ToList(), result.SourceText, stderr);

    /// <summary>Diagnostics of one source file, compiler style, then a count of errors and warnings.</summary>
    public static void Print(IReadOnlyList<Diagnostic> shown, string? source, TextWriter stderr)
    {
        if (shown.Count == 0) return;
        // Like a compiler, stop listing after a screenful: the rest are usually the same mistake again.
        stderr.Write(DiagnosticFormatter.Format(shown.Take(MaxShown), _ => source));
        if (shown.Count > MaxShown) stderr.WriteLine($"... and {shown.Count - MaxShown} more");
        var errors = shown.Count(d => d.IsError);
        var warnings = shown.Count - errors;
        if (errors > 0) stderr.WriteLine($"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
    }
}

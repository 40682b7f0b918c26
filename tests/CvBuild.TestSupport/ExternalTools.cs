using System.Diagnostics;
using Xunit;

namespace CvBuild.TestSupport;

/// <summary>
/// External programs that tests call (bibtex, biber, pdflatex, qpdf, pdftotext, chromium). A test that needs one
/// is marked <see cref="ToolFactAttribute"/> or <see cref="ToolTheoryAttribute"/>, so on a machine
/// without the tool it reports as skipped with the reason, never as passed. CI sets
/// CVBUILD_REQUIRE_TOOLS=1: there a missing tool makes the test run and fail instead of skipping.
/// </summary>
public static class ExternalTools
{
    /// <summary>The Debian packages that provide every tool the tests call (what .ci/run installs).</summary>
    public const string Install = "apt-get install -y --no-install-recommends texlive-latex-base texlive-latex-recommended texlive-bibtex-extra lmodern biber qpdf poppler-utils chromium";

    /// <summary>The full path of <paramref name="tool"/> on PATH, or null when it is not installed.</summary>
    public static string? Find(string tool) =>
        Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);

    /// <summary>Why a test needing <paramref name="tools"/> cannot run here, or null when it can (or must).</summary>
    public static string? SkipReason(IEnumerable<string> tools)
    {
        if (Environment.GetEnvironmentVariable("CVBUILD_REQUIRE_TOOLS") == "1") return null;
        var missing = tools.Where(t => Find(t) is null).ToList();
        return missing.Count == 0 ? null : $"not installed: {string.Join(", ", missing)} (install with: {Install})";
    }

    /// <summary>
    /// Runs a tool to completion (two minutes at most) in <paramref name="workingDirectory"/>; a tool that
    /// is missing or hangs fails the test.
    /// </summary>
    public static (int ExitCode, string StdOut, string StdErr) Run(string tool, IEnumerable<string> args, string? workingDirectory = null)
    {
        var path = Find(tool) ?? throw new Xunit.Sdk.XunitException($"{tool} is not installed (install with: {Install})");
        var psi = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close(); // TeX asks on the terminal after an error; no terminal means it stops instead
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(true);
            throw new Xunit.Sdk.XunitException($"{tool} did not finish in two minutes");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A fact that needs external tools; skipped with the reason where they are missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools) => Skip = ExternalTools.SkipReason(tools);
}

/// <summary>A theory that needs external tools; skipped with the reason where they are missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(params string[] tools) => Skip = ExternalTools.SkipReason(tools);
}

using System.Diagnostics;

namespace CvBuild.BibTeX.Tests;

/// <summary>
/// Runs the real tools on a .bib: classic bibtex with plain.bst (which exits 0 even when it warns, so the
/// .blg is read) and biber's data-model validation. Without the tools the tests fail with the install
/// command, unless CVBUILD_SKIP_TEX=1 says this machine deliberately has no TeX.
/// </summary>
internal static class TexTools
{
    public const string Install = "apt-get update && apt-get install -y --no-install-recommends texlive-binaries texlive-base biber";

    public static bool Skipped => Environment.GetEnvironmentVariable("CVBUILD_SKIP_TEX") == "1";

    /// <summary>Every bibtex warning and error line for the file; empty when it is clean.</summary>
    public static IReadOnlyList<string> Bibtex(string bib, string style = "plain")
    {
        var dir = Scratch(bib);
        File.WriteAllText(Path.Combine(dir, "doc.aux"), $"\\relax\n\\citation{{*}}\n\\bibstyle{{{style}}}\n\\bibdata{{refs}}\n");
        var (code, output) = Run("bibtex", "doc", dir);
        var blg = File.Exists(Path.Combine(dir, "doc.blg")) ? File.ReadAllText(Path.Combine(dir, "doc.blg")) : output;
        var problems = blg.Split('\n').Where(l => l.Contains("Warning--") || l.Contains("error message") || l.Contains("---line")).ToList();
        if (code > 1 || !File.Exists(Path.Combine(dir, "doc.bbl"))) problems.Add($"bibtex exited with {code}: {output}");
        return problems;
    }

    /// <summary>Every WARN and ERROR line of biber's data-model validation.</summary>
    public static IReadOnlyList<string> BiberValidate(string bib)
    {
        var dir = Scratch(bib);
        var (code, output) = Run("biber", "--tool --validate-datamodel --dieondatamodel refs.bib", dir);
        var problems = output.Split('\n').Where(l => l.StartsWith("WARN") || l.StartsWith("ERROR")).ToList();
        if (code != 0 && problems.Count == 0) problems.Add($"biber exited with {code}: {output}");
        return problems;
    }

    /// <summary>The formatted .bbl text, for checking what a style prints.</summary>
    public static string Bbl(string bib)
    {
        var dir = Scratch(bib);
        File.WriteAllText(Path.Combine(dir, "doc.aux"), "\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n");
        Run("bibtex", "doc", dir);
        return File.ReadAllText(Path.Combine(dir, "doc.bbl"));
    }

    private static string Scratch(string bib)
    {
        var dir = Path.Combine(Path.GetTempPath(), "cvbuild-tex-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "refs.bib"), bib, new System.Text.UTF8Encoding(false));
        return dir;
    }

    private static (int Code, string Output) Run(string tool, string args, string dir)
    {
        var psi = new ProcessStartInfo(tool, args)
        {
            WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new Xunit.Sdk.XunitException($"{tool} is not installed: run .ci/run or `{Install}` (or set CVBUILD_SKIP_TEX=1 to skip the TeX tool tests).");
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new Xunit.Sdk.XunitException($"{tool} timed out"); }
        return (process.ExitCode, stdout.Result + stderr);
    }
}

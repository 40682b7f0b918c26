using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace CvBuild.TestSupport;

/// <summary>
/// Golden-file snapshots: compares output with a committed file beside the calling test.
/// Set CVBUILD_ACCEPT=1 to (re)write the golden files instead of comparing.
/// </summary>
public static class Golden
{
    public static bool Accepting => Environment.GetEnvironmentVariable("CVBUILD_ACCEPT") == "1";

    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "") =>
        VerifyFile(Path.Combine(Path.GetDirectoryName(callerFile)!, "golden", name), actual);

    /// <summary>Compares with a committed file anywhere in the repository (e.g. generated documentation).</summary>
    public static void VerifyFile(string path, string actual)
    {
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }
        if (!File.Exists(path))
            throw new XunitException($"Golden file {path} does not exist. Run the tests with CVBUILD_ACCEPT=1 to create it.");
        var expected = File.ReadAllText(path);
        if (expected == actual) return;
        throw new XunitException($"Output differs from {path} (rerun with CVBUILD_ACCEPT=1 to accept):\n{UnifiedDiff(expected, actual)}");
    }

    /// <summary>A compact diff: changed lines with two lines of context, '-' expected, '+' actual.</summary>
    public static string UnifiedDiff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var lines = model.Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged) continue;
            for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++) show[j] = true;
        }
        var sb = new StringBuilder();
        var skipped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i]) { skipped = true; continue; }
            if (skipped) { sb.AppendLine("@@"); skipped = false; }
            var prefix = lines[i].Type switch { ChangeType.Inserted => "+", ChangeType.Deleted => "-", _ => " " };
            sb.Append(prefix).Append(lines[i].Position is { } p ? $"{p,5}| " : "     | ").AppendLine(lines[i].Text);
        }
        return sb.ToString();
    }
}

using System.Globalization;
using CvBuild.Core.Diagnostics;

namespace CvBuild.Cli.Output;

/// <summary>
/// The one line every command prints for a file it wrote, single commands and <c>build</c> alike:
/// <c>wrote cv.pdf (5 pages, 40.9 kB)</c> — the verb ('wrote', or 'unchanged' when <c>build</c> found the file
/// already holding these bytes), the path as the user gave it, what the file holds (pages, entries; nothing
/// for plain text) and its size. <c>--quiet</c> leaves it out; warnings and errors are never left out.
/// </summary>
public static class WrittenLine
{
    public static string Of(string path, string? holds, long bytes, bool unchanged = false) =>
        $"{(unchanged ? "unchanged" : "wrote")} {DiagnosticText.Escape(path)} ({(holds is null ? "" : holds + ", ")}{Size(bytes)})";

    /// <summary>SI units as file managers show them: "812 B", "40.9 kB", "1.4 MB".</summary>
    public static string Size(long bytes) =>
        bytes < 1000 ? $"{bytes} B"
        : bytes < 1_000_000 ? (bytes / 1000.0).ToString("0.0", CultureInfo.InvariantCulture) + " kB"
        : (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    /// <summary>"1 entry", "12 entries": a count with its noun.</summary>
    public static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}

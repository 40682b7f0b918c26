using CvBuild.TestSupport;

namespace CvBuild.Layout.Tests.Pdf;

/// <summary>Shared fixtures: the bundled test font and external tools.</summary>
internal static class PdfTestKit
{
    public static string FontPath => Path.Combine(AppContext.BaseDirectory, "Pdf", "TestFonts", "DejaVuSans.ttf");

    public static byte[] FontBytes => File.ReadAllBytes(FontPath);

    /// <summary>Runs an external tool; the test must be a <see cref="ToolFactAttribute"/> naming it, so a missing tool skips.</summary>
    public static (int ExitCode, string StdOut, string StdErr) RunTool(string tool, params string[] args) =>
        ExternalTools.Run(tool, args);

    public static string TempFile(byte[] content, string extension = ".pdf")
    {
        var path = Path.Combine(Path.GetTempPath(), $"cvbuild-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, content);
        return path;
    }
}

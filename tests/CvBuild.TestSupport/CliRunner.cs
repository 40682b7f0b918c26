using CvBuild.Cli;

namespace CvBuild.TestSupport;

/// <summary>What one in-process run of the CLI did: its exit code and both streams.</summary>
public sealed record CliResult(int Exit, string Out, string Err);

/// <summary>Runs the real CLI in-process, as 'cvbuild ARGS' would, capturing both streams. Every test project's CLI tests use this one.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Standard output as bytes (a StreamWriter, so a PDF can be written to it) and standard error as text.</summary>
    public static (int Exit, byte[] Out, string Err) RunBinary(params string[] args)
    {
        var bytes = new MemoryStream();
        var stdout = new StreamWriter(bytes, new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        stdout.Flush();
        return (exit, bytes.ToArray(), stderr.ToString());
    }
}

/// <summary>A fresh folder under the system's temporary folder, deleted afterwards (a file still open does not fail the test).</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cvbuild-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="text"/> (UTF-8) to a file in the folder, making subfolders; returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

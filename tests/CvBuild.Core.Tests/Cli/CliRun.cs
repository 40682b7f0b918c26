using CvBuild.Cli;

namespace CvBuild.Core.Tests.Cli;

/// <summary>Runs the CLI in-process, as 'cvbuild ARGS' would, capturing both streams.</summary>
internal static class CliRun
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Standard output as bytes (a StreamWriter, so a PDF can be written to it) and standard error as text.</summary>
    public static (int Code, byte[] Out, string Err) RunBinary(params string[] args)
    {
        var bytes = new MemoryStream();
        var stdout = new StreamWriter(bytes, new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        stdout.Flush();
        return (code, bytes.ToArray(), stderr.ToString());
    }
}

/// <summary>A fresh folder under the system's temporary folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cvbuild-hostile-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        System.IO.File.WriteAllText(File(name), text);
        return File(name);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

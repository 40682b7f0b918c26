namespace CvBuild.Cli.Output;

/// <summary>
/// Standard output as a place for an output file ("-o -"). Commands get it as a <see cref="TextWriter"/>
/// (tests pass their own); a PDF needs the byte stream underneath, and must not be sprayed onto a terminal.
/// </summary>
internal static class StandardOutput
{
    /// <summary>True when <paramref name="stdout"/> is the process's own standard output and that is a terminal.</summary>
    public static bool IsTerminal(TextWriter stdout) => ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>True when <see cref="OpenBinary"/> will find a byte stream behind <paramref name="stdout"/>.</summary>
    public static bool CanTakeBinary(TextWriter stdout) => ReferenceEquals(stdout, Console.Out) || stdout is StreamWriter;

    /// <summary>The byte stream behind <paramref name="stdout"/>, after flushing any text written to it; null when it has none.</summary>
    public static Stream? OpenBinary(TextWriter stdout)
    {
        stdout.Flush();
        if (ReferenceEquals(stdout, Console.Out)) return Console.OpenStandardOutput();
        return stdout is StreamWriter writer ? writer.BaseStream : null;
    }
}

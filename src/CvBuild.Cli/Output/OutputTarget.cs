using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Files;

namespace CvBuild.Cli.Output;

/// <summary>
/// Where a command writes one output: a file path as the user gave it, or "-" for standard output.
/// Holds every rule about output paths in one place, for every command and for 'build':
/// <list type="bullet">
/// <item>an output is never one of the command's inputs, by file identity (device and inode), so a symbolic
/// or hard link to the CV is caught as well as the same name;</item>
/// <item>a missing parent directory is an error (a typo in a folder name would otherwise go unnoticed) unless
/// <see cref="CreateDirectories"/> says to make it;</item>
/// <item>a directory, pipe, socket or device at the path is refused (renaming over /dev/null as root would
/// replace the device);</item>
/// <item>files are replaced atomically through a temporary file created exclusively (O_CREAT|O_EXCL, so a
/// symbolic link planted at its name is never followed) with an unpredictable short name in the same
/// directory, then renamed over the target;</item>
/// <item>a PDF is not written to a terminal.</item>
/// </list>
/// Every message names the path as the user gave it, never a temporary file, never a .NET message.
/// </summary>
public sealed class OutputTarget
{
    /// <summary>An output target; relative paths resolve against <paramref name="baseDirectory"/> (default: the working directory).</summary>
    public OutputTarget(string given, string? baseDirectory = null)
    {
        Given = given;
        FullPath = IsStandardOutput || given.Length == 0 ? given : Path.GetFullPath(given, baseDirectory ?? Environment.CurrentDirectory);
    }

    /// <summary>The path as the user wrote it (on the command line or in the build configuration).</summary>
    public string Given { get; }
    public string FullPath { get; }
    public bool IsStandardOutput => Given == "-";
    /// <summary>Make a missing parent directory instead of refusing (the build configuration's create_directories).</summary>
    public bool CreateDirectories { get; init; }

    /// <summary>Opens the exclusive temporary file at a path; tests replace it to make a write fail midway.</summary>
    internal Func<string, Stream> OpenTemporary { get; init; } = path => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    /// <summary>For messages: the path as given, escaped and quoted.</summary>
    public string Quoted => Quote(Given);

    /// <summary>
    /// What stops this output from being written, checked before any work is done; null when nothing does.
    /// <paramref name="inputs"/> are the files the command reads; <paramref name="binary"/> marks a PDF;
    /// <paramref name="shown"/> names an input in messages (default: as given).
    /// </summary>
    public string? Problem(IEnumerable<string> inputs, TextWriter stdout, bool binary = false, Func<string, string>? shown = null)
    {
        if (IsStandardOutput)
        {
            if (binary && StandardOutput.IsTerminal(stdout))
                return "refusing to write a PDF to the terminal; redirect standard output to a file or a pipe (cvbuild pdf cv.yaml -o - > cv.pdf)";
            if (binary && !StandardOutput.CanTakeBinary(stdout))
                return "standard output cannot take a PDF here";
            return null;
        }
        if (Given.Length == 0) return "the output path is empty; name a file, or '-' for standard output";
        var node = FileNode.Of(FullPath);
        // An empty input path names no file (its reader says so); it cannot be overwritten.
        foreach (var input in inputs.Where(i => i.Length > 0))
        {
            var inputFull = Path.GetFullPath(input);
            if (inputFull == FullPath || node.IsSameFileAs(FileNode.Of(inputFull)))
                return $"cannot write {Quoted}: it is the input {Quote(shown?.Invoke(input) ?? input)}, which would be overwritten; choose another output path";
        }
        switch (node.Kind)
        {
            case FileKind.Directory:
                return $"cannot write {Quoted}: it is a directory; name a file inside it";
            case FileKind.Regular or FileKind.Missing or FileKind.Unknown:
                break;
            default:
                return $"cannot write {Quoted}: it is {node.Kind.Describe()}, not a regular file{(binary ? "" : "; use '-o -' for standard output")}";
        }
        var directory = Path.GetDirectoryName(FullPath)!;
        var (parent, problem) = FileNode.Stat(directory);
        if (problem is not null) return $"cannot write {Quoted}: {problem}";
        if (parent.Kind == FileKind.Missing && !CreateDirectories)
            return $"cannot write {Quoted}: directory {Quote(GivenDirectory)} does not exist";
        if (parent.Kind is not (FileKind.Missing or FileKind.Directory or FileKind.Unknown))
            return $"cannot write {Quoted}: {Quote(GivenDirectory)} is not a directory";
        return null;
    }

    /// <summary>Prints <see cref="Problem"/> as one error line and returns true when there is one.</summary>
    public bool Refuses(IEnumerable<string> inputs, TextWriter stdout, TextWriter stderr, bool binary = false)
    {
        if (Problem(inputs, stdout, binary) is not { } problem) return false;
        stderr.WriteLine("cvbuild: error: " + problem);
        return true;
    }

    /// <summary>Writes UTF-8 text (no byte-order mark). Throws <see cref="CannotWriteException"/>.</summary>
    public void WriteText(string text, TextWriter stdout)
    {
        if (IsStandardOutput)
        {
            stdout.Write(text);
            stdout.Flush();
            return;
        }
        Write(new UTF8Encoding(false).GetBytes(text), stdout);
    }

    /// <summary>Writes bytes: to standard output as they are, or to the file atomically. Throws <see cref="CannotWriteException"/>.</summary>
    public void Write(ReadOnlySpan<byte> bytes, TextWriter stdout)
    {
        if (IsStandardOutput)
        {
            var stream = StandardOutput.OpenBinary(stdout) ?? throw new CannotWriteException("standard output cannot take a PDF here");
            stream.Write(bytes);
            stream.Flush();
            return;
        }
        var directory = Path.GetDirectoryName(FullPath)!;
        try
        {
            if (CreateDirectories) Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CannotWriteException($"cannot write {Quoted}: cannot create directory {Quote(GivenDirectory)}: {IoErrors.Describe(ex)}");
        }
        string? temp = null;
        try
        {
            // temp is set only once the file is ours: a name someone else holds is never deleted.
            (var stream, temp) = CreateTemporary(directory);
            using (stream)
            {
                stream.Write(bytes);
                if (stream is FileStream file) file.Flush(flushToDisk: true);
            }
            // rename(2) replaces the target in one step; a symbolic link at the target is replaced, not followed.
            File.Move(temp, FullPath, overwrite: true);
            temp = null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CannotWriteException($"cannot write {Quoted}: {IoErrors.Describe(ex)}");
        }
        finally
        {
            // Best effort: the original failure is what the user needs to see, not a failed clean-up.
            if (temp is not null)
                try { File.Delete(temp); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>True when the target is a regular file holding exactly these bytes (the build --check freshness test).</summary>
    public bool HasContent(ReadOnlySpan<byte> bytes)
    {
        if (IsStandardOutput) return false;
        var node = FileNode.Of(FullPath);
        if (node.Kind is not (FileKind.Regular or FileKind.Unknown) || node.Size != bytes.Length) return false;
        var read = InputFile.Read(FullPath, bytes.Length, "an output");
        return read.Bytes is { } current && current.AsSpan().SequenceEqual(bytes);
    }

    /// <summary>
    /// ".cvbuild-" and 13 random base-32 letters (65 bits): short, so a 250-character output name still
    /// works; unpredictable, so no one can plant a file or link there in advance; and created with
    /// <see cref="FileMode.CreateNew"/> (O_CREAT|O_EXCL), which fails rather than follow anything already there.
    /// </summary>
    private (Stream Stream, string Path) CreateTemporary(string directory)
    {
        for (var attempt = 0; ; attempt++)
        {
            var path = Path.Combine(directory, ".cvbuild-" + RandomName() + ".tmp");
            try
            {
                return (OpenTemporary(path), path);
            }
            catch (IOException) when (attempt < 8 && Path.Exists(path))
            {
                // Someone else's file has this name (practically never by chance): draw again.
            }
        }
    }

    private static string RandomName()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        // Guid.NewGuid draws from the operating system's secure random source without loading OpenSSL (which
        // RandomNumberGenerator does on Linux, a few milliseconds of a cold run). Byte 7 carries the version
        // number in its high half and byte 8 the variant in its top two bits: the low five bits of every byte
        // but 7 are random.
        Span<byte> random = stackalloc byte[16];
        Guid.NewGuid().TryWriteBytes(random);
        var name = new char[13];
        for (int i = 0, at = 0; i < name.Length; i++, at++)
        {
            if (at == 7) at++;
            name[i] = alphabet[random[at] & 31];
        }
        return new string(name);
    }

    /// <summary>The directory part of the path as given, as the user would write it ("out/"; "." for none).</summary>
    private string GivenDirectory
    {
        get
        {
            var dir = Path.GetDirectoryName(Given);
            return string.IsNullOrEmpty(dir) ? "." : dir.EndsWith('/') ? dir : dir + "/";
        }
    }

    internal static string Quote(string path) => "'" + DiagnosticText.Escape(path) + "'";
}

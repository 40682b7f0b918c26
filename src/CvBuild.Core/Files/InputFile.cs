namespace CvBuild.Core.Files;

/// <summary>The bytes of an input file, or the one problem that kept them from being read (for the user, without the path).</summary>
public sealed record InputRead(byte[]? Bytes, string? Problem)
{
    public bool Succeeded => Bytes is not null;

    /// <summary>The path names nothing (callers that know a better hint for this case give it).</summary>
    public bool NotFound => Problem == InputFile.NotFoundProblem;
}

/// <summary>
/// The one way cvbuild reads an input file (CV, build configuration, .bib): the path must name a regular
/// file, checked before opening so a named pipe with no writer cannot hang the run and /dev/zero cannot
/// fill memory, and at most <c>maxBytes</c> are read whatever the file claims its size is (a file can grow
/// while it is read, and /proc files report size 0).
/// </summary>
public static class InputFile
{
    internal const string NotFoundProblem = "file not found";

    /// <summary>Reads the whole file if it is a regular file of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="what">What the file should be, for messages: "a CV", "a build configuration".</param>
    public static InputRead Read(string path, long maxBytes, string what)
    {
        var (node, problem) = FileNode.Stat(path);
        if (problem is not null) return Fail($"cannot read the file: {problem}");
        if (node.Kind == FileKind.Missing) return Fail(NotFoundProblem);
        if (node.Kind is not (FileKind.Regular or FileKind.Unknown))
            return Fail($"this is {node.Kind.Describe()}, not a file; give the path of {what}");
        if (node.Size > maxBytes) return TooLarge(maxBytes, what);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            // The path may have been replaced between the check and the open; trust only the open file.
            var opened = FileNode.Of(stream.SafeFileHandle);
            if (opened.Kind is not (FileKind.Regular or FileKind.Unknown))
                return Fail($"this is {opened.Kind.Describe()}, not a file; give the path of {what}");
            var buffer = new byte[(int)Math.Min(maxBytes + 1, Math.Max(node.Size, opened.Size) + 1)];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes) return TooLarge(maxBytes, what);
                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2 + 4096));
                }
                var n = stream.Read(buffer, length, buffer.Length - length);
                if (n == 0) break;
                length += n;
            }
            if (length > maxBytes) return TooLarge(maxBytes, what);
            return new InputRead(length == buffer.Length ? buffer : buffer[..length], null);
        }
        catch (UnauthorizedAccessException)
        {
            return Fail("cannot read the file: permission denied");
        }
        catch (IOException ex)
        {
            return Fail($"cannot read the file: {IoErrors.Describe(ex)}");
        }
    }

    private static InputRead Fail(string problem) => new(null, problem);

    private static InputRead TooLarge(long maxBytes, string what) =>
        Fail($"the file is larger than {maxBytes:N0} bytes, the limit for {what}");
}

namespace CvBuild.Core.Files;

/// <summary>What a path names, as stat(2) tells it (the S_IFMT bits of st_mode).</summary>
public enum FileKind
{
    /// <summary>Nothing at this path (or a symbolic link whose target is missing).</summary>
    Missing,
    Regular,
    Directory,
    /// <summary>A named pipe: reading one with no writer waits forever.</summary>
    Fifo,
    Socket,
    /// <summary>A character device such as /dev/zero, /dev/urandom or a terminal: endless or interactive.</summary>
    CharacterDevice,
    BlockDevice,
    /// <summary>The kind could not be learnt (a platform without statx); treated as a regular file.</summary>
    Unknown,
}

/// <summary>Words for a kind in messages: "a directory", "a named pipe (FIFO)".</summary>
public static class FileKindNames
{
    public static string Describe(this FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a directory",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "a file of unknown kind",
    };
}

namespace CvBuild.Core.Files;

/// <summary>
/// Words for an I/O failure without .NET's message, which can name temporary files and reads like a stack
/// frame. On Unix .NET puts the errno in <see cref="Exception.HResult"/> of the IOException it throws.
/// </summary>
public static class IoErrors
{
    public static string Describe(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "the name is too long",
        DirectoryNotFoundException => "a directory on the path does not exist",
        FileNotFoundException => "file not found",
        _ => ex.HResult switch
        {
            1 or 13 => "permission denied",
            5 => "input/output error (a failing disk or network drive?)",
            16 or 26 => "the file is busy",
            21 => "it is a directory",
            28 => "no space left on the device",
            30 => "the file system is read-only",
            36 => "the name is too long",
            40 => "too many levels of symbolic links",
            122 => "disk quota exceeded",
            _ => "input/output error",
        },
    };
}

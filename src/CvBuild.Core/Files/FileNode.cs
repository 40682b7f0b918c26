using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CvBuild.Core.Files;

/// <summary>
/// The identity and kind of a file as the kernel sees it: device and inode number tell whether two paths
/// (through symbolic or hard links) are the same file, and the kind tells a regular file from a directory,
/// pipe, socket or device before anything opens it. On Linux this is statx(2), whose struct has one layout
/// on every architecture; elsewhere only what .NET exposes (directory or not) is known.
/// </summary>
public sealed record FileNode(FileKind Kind, ulong Device, ulong Inode, long Size)
{
    public static readonly FileNode Missing = new(FileKind.Missing, 0, 0, 0);

    /// <summary>True when both name one existing file (same device and inode), so writing one overwrites the other.</summary>
    public bool IsSameFileAs(FileNode other) =>
        Kind is not (FileKind.Missing or FileKind.Unknown) && other.Kind == Kind && other.Device == Device && other.Inode == Inode;

    /// <summary>The file a path names, following symbolic links; <see cref="Missing"/> when there is none.</summary>
    public static FileNode Of(string path) => Stat(path).Node;

    /// <summary>Like <see cref="Of(string)"/>, with why a path could not be examined: "permission denied" and the like, null when it simply does not exist.</summary>
    public static (FileNode Node, string? Problem) Stat(string path)
    {
        if (OperatingSystem.IsLinux()) return LinuxStat.Path(path);
        if (Directory.Exists(path)) return (new FileNode(FileKind.Directory, 0, 0, 0), null);
        return (File.Exists(path) ? new FileNode(FileKind.Unknown, 0, 0, new FileInfo(path).Length) : Missing, null);
    }

    /// <summary>The file an open handle refers to (checked after opening: the path may have changed meanwhile).</summary>
    public static FileNode Of(SafeFileHandle handle) =>
        OperatingSystem.IsLinux() ? LinuxStat.Handle(handle) : new FileNode(FileKind.Unknown, 0, 0, RandomAccess.GetLength(handle));
}

/// <summary>statx(2) through the C library; a failed call is <see cref="FileNode.Missing"/> with the reason when it is not ENOENT.</summary>
internal static partial class LinuxStat
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(136)] public uint DevMajor;
        [FieldOffset(140)] public uint DevMinor;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int NativeStatx(int dirfd, string path, int flags, uint mask, out Statx buffer);

    public static (FileNode, string?) Path(string path) => path.Length == 0 ? (FileNode.Missing, null) : Call(AtFdCwd, path, 0);

    public static FileNode Handle(SafeFileHandle handle)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return Call((int)handle.DangerousGetHandle(), "", AtEmptyPath).Node;
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    private static (FileNode Node, string? Problem) Call(int dirfd, string path, int flags)
    {
        try
        {
            if (NativeStatx(dirfd, path, flags, StatxBasicStats, out var s) != 0)
                return (FileNode.Missing, Marshal.GetLastPInvokeError() switch
                {
                    2 => null, // ENOENT
                    13 or 1 => "permission denied",
                    20 => "a part of the path is not a directory",
                    36 => "the name is too long",
                    40 => "too many levels of symbolic links",
                    var errno => $"cannot examine it (error {errno})",
                });
            var kind = (s.Mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0xC000 => FileKind.Socket,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                _ => FileKind.Unknown,
            };
            return (new FileNode(kind, ((ulong)s.DevMajor << 32) | s.DevMinor, s.Inode, (long)Math.Min(s.Size, long.MaxValue)), null);
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than glibc 2.28: fall back to what .NET can tell.
            if (path.Length == 0) return (new FileNode(FileKind.Unknown, 0, 0, 0), null);
            return (Directory.Exists(path) ? new FileNode(FileKind.Directory, 0, 0, 0)
                : File.Exists(path) ? new FileNode(FileKind.Unknown, 0, 0, new FileInfo(path).Length) : FileNode.Missing, null);
        }
    }
}

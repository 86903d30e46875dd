using System.Runtime.InteropServices;

namespace Scorecard.Rendering.Files;

/// <summary>What a path names on disk, following links.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,

    /// <summary>It cannot be told: a folder on the way may not be searched (permission denied).</summary>
    Inaccessible,
}

/// <summary>The bytes of an input file, or why they could not be read (a sentence for a diagnostic).</summary>
public sealed record FileRead(byte[]? Bytes, string? Problem);

/// <summary>
/// Reads the files the user names (the configuration, templates, commentary) safely: only
/// regular files are opened, so a named pipe or a device given by mistake is refused instead of
/// blocking for ever; a file the user may not read, or one larger than the caller's limit, gives
/// a sentence to report instead of an exception.
/// </summary>
public static class InputFile
{
    /// <summary>What <paramref name="path"/> is. On Linux from <c>statx</c>; elsewhere only files and folders are told apart.</summary>
    public static FileKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux() && LinuxKind(path) is { } kind)
        {
            return kind;
        }

        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>"a named pipe (FIFO)", "a device", …: what the message calls a path that is not a regular file.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a file",
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice or FileKind.BlockDevice => "a device",
        FileKind.Socket => "a socket",
        FileKind.Inaccessible => "out of reach (permission denied)",
        _ => "not a regular file",
    };

    /// <summary>
    /// The whole file, when it is a regular file of at most <paramref name="maxBytes"/> bytes that
    /// can be read; otherwise a problem ("is a named pipe (FIFO), not a file", "cannot be read:
    /// permission denied", "is larger than 1 MB").
    /// </summary>
    public static FileRead Read(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var kind = KindOf(path);
        if (kind == FileKind.Missing)
        {
            return new FileRead(null, "does not exist.");
        }

        if (kind == FileKind.Inaccessible)
        {
            return new FileRead(null, "cannot be read: permission denied. Check the permissions of the file and its folders.");
        }

        if (kind != FileKind.Regular)
        {
            return new FileRead(null, $"is {Describe(kind)}, not a file: give a regular file.");
        }

        try
        {
            // A file that reports no size is not opened: where the kind cannot be told (outside
            // Linux), that is what a pipe or a device reports, and reading one could block.
            var info = new FileInfo(path);
            if (info.Length == 0)
            {
                return new FileRead([], null);
            }

            if (info.Length > maxBytes)
            {
                return new FileRead(null, $"is larger than {Size(maxBytes)}, far more than such a file holds; check it is the right file.");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            using var memory = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (memory.Length + read > maxBytes)
                {
                    return new FileRead(null, $"is larger than {Size(maxBytes)}, far more than such a file holds; check it is the right file.");
                }

                memory.Write(buffer, 0, read);
            }

            return new FileRead(memory.ToArray(), null);
        }
        catch (UnauthorizedAccessException)
        {
            return new FileRead(null, "cannot be read: permission denied. Check the file's permissions.");
        }
        catch (IOException e)
        {
            return new FileRead(null, $"cannot be read: {e.Message}");
        }
    }

    /// <summary>"1 MB", "64 MB".</summary>
    public static string Size(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
            ? $"{bytes / (1024 * 1024)} MB"
            : $"{Math.Round(bytes / 1024.0)} KB";

    private static FileKind? LinuxKind(string path)
    {
        try
        {
            if (Statx(AtCurrentDirectory, path, 0, StatxType, out var status) != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                return errno switch
                {
                    ENOENT or ENOTDIR => FileKind.Missing,
                    EACCES => FileKind.Inaccessible,
                    _ => null,
                };
            }

            return (status.Mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                _ => FileKind.Other,
            };
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null; // a C library without statx (old glibc, musl before 1.2.5): fall back
        }
    }

    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int ENOENT = 2;
    private const int ENOTDIR = 20;
    private const int EACCES = 13;

    /// <summary>The start of Linux's <c>struct statx</c>, which has the same layout on every architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);
}

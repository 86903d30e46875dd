using System.Runtime.InteropServices;

namespace Scorecard.Excel;

/// <summary>
/// What kind of thing a path names, asked of the operating system before the file is opened:
/// opening a named pipe (FIFO) for reading waits for a writer for ever, and a device such as
/// /dev/zero never ends, so anything but a regular file is refused unopened. .NET does not say
/// which kind a path is, so this asks the C library directly: <c>statx</c> on Linux, whose
/// layout is the same on every architecture, and <c>stat</c> on macOS. Elsewhere (Windows has
/// no such files in its paths), or if the call is not available, every file counts as regular.
/// </summary>
internal static partial class FileKind
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int TypeMask = 0xF000;

    /// <summary>Null for a regular file (or when the kind cannot be told); otherwise what it is, "a named pipe (FIFO)".</summary>
    public static string? NotRegular(string path)
    {
        int mode;
        try
        {
            mode = Mode(path);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            return null;
        }

        if (mode < 0)
        {
            return null;
        }

        return (mode & TypeMask) switch
        {
            0 or 0x8000 => null,
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            0x4000 => "a folder",
            _ => "not a regular file",
        };
    }

    private static int Mode(string path)
    {
        Span<byte> buffer = stackalloc byte[512];
        if (OperatingSystem.IsLinux())
        {
            // struct statx: stx_mode is the 16-bit field at byte 28.
            return Statx(AtCurrentDirectory, path, 0, StatxType, buffer) == 0 ? BitConverter.ToUInt16(buffer[28..30]) : -1;
        }

        if (OperatingSystem.IsMacOS())
        {
            // struct stat (64-bit inodes): st_dev (32 bits), then st_mode (16 bits) at byte 4.
            var result = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? StatMacX64(path, buffer) : StatMac(path, buffer);
            return result == 0 ? BitConverter.ToUInt16(buffer[4..6]) : -1;
        }

        return -1;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int StatMac(string path, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "stat$INODE64", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int StatMacX64(string path, Span<byte> buffer);
}

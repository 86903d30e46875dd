using System.Diagnostics;

namespace Scorecard.Cli.Tests.Corpus;

/// <summary>
/// A theory whose cases make a file unreadable: file permissions do not bind root, so as root
/// they run the command as "nobody" (setpriv); skipped, with the reason, where neither works.
/// </summary>
public sealed class UnprivilegedTheoryAttribute : TheoryAttribute
{
    public UnprivilegedTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file permissions are needed to make an input unreadable.";
        }
        else if (Unprivileged.NeedsOtherUser && Unprivileged.SetPriv is null)
        {
            Skip = "Running as root, where permissions do not apply, and setpriv (util-linux) is not installed to run as another user.";
        }
        else if (Unprivileged.NeedsOtherUser && Unprivileged.Unreachable() is { } path)
        {
            Skip = $"Running as root, where permissions do not apply, and the user nobody cannot reach {path} to run the command.";
        }
    }
}

/// <summary>Runs the built <c>scorecard</c> as the "nobody" user, in a folder opened up for it.</summary>
internal static class Unprivileged
{
    public static bool NeedsOtherUser { get; } = !OperatingSystem.IsWindows() && Environment.UserName == "root";

    public static string? SetPriv { get; } = new[] { "/usr/bin/setpriv", "/bin/setpriv" }.FirstOrDefault(File.Exists);

    /// <summary>The first folder or file on the way to the built command or to dotnet that others may not read; null when all can be.</summary>
    public static string? Unreachable()
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var dotnet = new[] { "/usr/bin/dotnet", "/usr/share/dotnet/dotnet", "/usr/lib/dotnet/dotnet" }.FirstOrDefault(File.Exists);
        foreach (var start in new[] { typeof(ScorecardApp).Assembly.Location, dotnet is null ? null : Path.GetFullPath(new FileInfo(dotnet).ResolveLinkTarget(true)?.FullName ?? dotnet) })
        {
            if (start is null)
            {
                return "dotnet";
            }

            if ((File.GetUnixFileMode(start) & UnixFileMode.OtherRead) == 0)
            {
                return start;
            }

            for (var folder = Path.GetDirectoryName(start); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if ((File.GetUnixFileMode(folder) & UnixFileMode.OtherExecute) == 0)
                {
                    return folder;
                }
            }
        }

        return null;
    }

    public static (int Code, string Output, string Error) Run(string folder, string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var everyone = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        CaseFolder.Chmod(folder, everyone);
        var start = new ProcessStartInfo(SetPriv!)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", typeof(ScorecardApp).Assembly.Location, .. args])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = folder;
        start.Environment["DOTNET_CLI_HOME"] = folder;
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}

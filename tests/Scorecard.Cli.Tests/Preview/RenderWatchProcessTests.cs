using System.Diagnostics;
using Scorecard.Rendering;

namespace Scorecard.Cli.Tests.Preview;

/// <summary>A test that runs the scorecard command as its own process and stops it with SIGINT, as Ctrl+C does; skipped, saying why, where that cannot be done.</summary>
public sealed class CtrlCFactAttribute : FactAttribute
{
    public CtrlCFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Ctrl+C is a console event on Windows, not a signal a test can send; the in-process tests stop the watch through its cancellation token.";
        }
        else if (!File.Exists("/usr/bin/env") || OutsidePrograms.Find("kill") is null)
        {
            Skip = "needs /usr/bin/env (coreutils, for --default-signal) and kill to send SIGINT.";
        }
    }
}

/// <summary>Ctrl+C stops render --watch --serve cleanly: the lock released, the server closed, exit code 0.</summary>
public sealed class RenderWatchProcessTests : IDisposable
{
    private readonly CliRun _run = new();

    public RenderWatchProcessTests()
    {
        WatchedRender.CopyExample(_run.Folder);
    }

    public void Dispose() => _run.Dispose();

    [CtrlCFact]
    public async Task Ctrl_C_stops_the_watch_cleanly()
    {
        var command = Path.Combine(AppContext.BaseDirectory, "scorecard.dll");
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

        // The test may run with SIGINT ignored (a background job): give the command the default handling, as a terminal would.
        var start = new ProcessStartInfo("/usr/bin/env")
        {
            WorkingDirectory = _run.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--default-signal=INT", dotnet, command, "render", "--watch", "--serve", "--format", "html,md" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = new SharedWriter();
        var error = new SharedWriter();
        process.OutputDataReceived += (_, e) => output.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => error.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var giveUp = DateTime.UtcNow + WatchedRender.Patience;
            while (!output.ToString().Contains("Watching for saves", StringComparison.Ordinal))
            {
                process.HasExited.ShouldBeFalse($"the command stopped: {output}\n{error}");
                (DateTime.UtcNow < giveUp).ShouldBeTrue($"gave up waiting for the watch to start: {output}\n{error}");
                await Task.Delay(50);
            }

            var address = new Uri(System.Text.RegularExpressions.Regex.Match(output.ToString(), @"Serving (http://\S+)").Groups[1].Value);
            (await WatchedRender.GetAsync(address)).ShouldContain("Performance report");

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(WatchedRender.Patience);
            process.ExitCode.ShouldBe(0, $"{output}\n{error}");
            output.ToString().ShouldContain("Stopped watching.");
            var held = OutputWriter.Hold(Path.Combine(_run.Folder, "out"));
            held.HasErrors.ShouldBeFalse("the lock was released");
            held.Value!.Dispose();

            using var client = new System.Net.Sockets.TcpClient();
            Should.Throw<System.Net.Sockets.SocketException>(() => client.Connect(System.Net.IPAddress.Loopback, address.Port));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}

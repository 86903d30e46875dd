using NodaTime;
using NodaTime.Testing;

namespace Scorecard.Cli.Tests;

/// <summary>Runs the <c>scorecard</c> command in-process, in a folder of its own, and captures what it prints.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Folder = Directory.CreateTempSubdirectory("scorecard-cli-").FullName;
    }

    public string Folder { get; }

    public static IClock Clock { get; } = new FakeClock(Instant.FromUtc(2019, 12, 2, 9, 30));

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = ScorecardApp.Run(args, output, error, Clock, Folder);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

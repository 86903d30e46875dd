using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Scorecard.Cli.Tests.Preview;

/// <summary>A writer the command writes to while the test reads it.</summary>
internal sealed class SharedWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    public SharedWriter()
    {
        NewLine = "\n";
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override string ToString()
    {
        lock (_lock)
        {
            return _text.ToString();
        }
    }
}

/// <summary>
/// <c>scorecard render --watch …</c> running in-process on a background task, stopped through its
/// cancellation token as Ctrl+C stops it. Everything waited for is polled with a generous limit,
/// never timed.
/// </summary>
internal sealed partial class WatchedRender : IAsyncDisposable
{
    /// <summary>Long enough for a slow, busy machine; a working preview answers in well under a second.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.Zero }) { Timeout = TimeSpan.FromSeconds(60) };

    private readonly CancellationTokenSource _stopping = new();

    private WatchedRender(string folder, string[] args)
    {
        Folder = folder;
        Exit = Task.Run(() => ScorecardApp.RunAsync(args, Output, Error, CliRun.Clock, folder, null, _stopping.Token));
    }

    public string Folder { get; }

    public SharedWriter Output { get; } = new();

    public SharedWriter Error { get; } = new();

    public Task<int> Exit { get; }

    public static WatchedRender Start(string folder, params string[] args) => new(folder, args);

    /// <summary>Copies the bundled example (configuration, data, commentary) and the templates into <paramref name="folder"/>, for a test to edit.</summary>
    public static void CopyExample(string folder)
    {
        foreach (var file in new[] { "scorecard.config.json", "scorecard.schema.json" })
        {
            File.Copy(Path.Combine(RepositoryRoot.Path, file), Path.Combine(folder, file));
        }

        foreach (var source in new[] { "examples/data", "examples/commentary", "templates" })
        {
            var from = Path.Combine(RepositoryRoot.Path, source);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder, source, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    /// <summary>The address the command printed ("Serving http://127.0.0.1:PORT/ — Ctrl+C to stop").</summary>
    public async Task<Uri> AddressAsync()
    {
        await UntilAsync(() => Task.FromResult(Serving().IsMatch(Output.ToString())), "the address to be printed");
        return new Uri(Serving().Match(Output.ToString()).Groups[1].Value);
    }

    /// <summary>Gets the page until it satisfies <paramref name="condition"/>; returns it.</summary>
    public async Task<string> PageAsync(Uri address, Func<string, bool> condition, string what, string path = "/")
    {
        var page = string.Empty;
        await UntilAsync(async () =>
        {
            page = await GetAsync(new Uri(address, path));
            return condition(page);
        }, what);
        return page;
    }

    public static async Task<string> GetAsync(Uri address)
    {
        using var answer = await Http.GetAsync(address);
        return answer.StatusCode == HttpStatusCode.OK ? await answer.Content.ReadAsStringAsync() : $"HTTP {(int)answer.StatusCode}";
    }

    /// <summary>Waits until the command's output holds <paramref name="text"/>.</summary>
    public Task OutputAsync(string text) => UntilAsync(() => Task.FromResult(Output.ToString().Contains(text, StringComparison.Ordinal)), $"the output to say \"{text}\"");

    /// <summary>Polls <paramref name="condition"/> until it holds, failing with the command's output after <see cref="Patience"/>.</summary>
    public async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var giveUp = DateTime.UtcNow + Patience;
        while (true)
        {
            if (Exit.IsCompleted)
            {
                throw new ShouldAssertException($"the command stopped (exit code {await Exit}) while waiting for {what}.\nOutput:\n{Output}\nError:\n{Error}");
            }

            if (await condition())
            {
                return;
            }

            if (DateTime.UtcNow > giveUp)
            {
                throw new ShouldAssertException($"gave up waiting for {what}.\nOutput:\n{Output}\nError:\n{Error}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Stops the command as Ctrl+C does; its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stopping.CancelAsync();
        return await Exit.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Exit.IsCompleted)
        {
            await StopAsync();
        }

        _stopping.Dispose();
    }

    [GeneratedRegex(@"Serving (http://127\.0\.0\.1:\d+/) — Ctrl\+C to stop")]
    private static partial Regex Serving();
}

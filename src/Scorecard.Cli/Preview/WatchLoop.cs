using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using NodaTime;
using NodaTime.TimeZones;
using Scorecard.Cli.Commands;
using Scorecard.Core.Diagnostics;
using Scorecard.Rendering;

namespace Scorecard.Cli.Preview;

/// <summary>
/// <c>scorecard render --watch [--serve]</c>: renders, then watches the configuration, data,
/// peer figures, logo, templates and commentary, and renders again after each save (a burst of
/// events is one render: <see cref="ChangeBatcher"/>). A template or commentary save reuses the
/// data already read and evaluated; only a change to the configuration, data, peer figures or logo
/// reads them again. Each good render writes the output folder as <c>render</c> does, one whole
/// set, under the folder's lock, which is held from the first write until the loop stops, so no
/// other run writes the folder in between. A failed render writes nothing and prints its
/// problems; the last good files stay, and the preview page shows the problems above them.
/// </summary>
internal sealed class WatchLoop
{
    private readonly CommandContext _context;
    private readonly CommonArguments _common;
    private readonly RenderSession _session;
    private readonly PreviewServer? _server;
    private readonly string _sessionId;
    private readonly Channel<(InputChange Change, string Path)> _events =
        Channel.CreateUnbounded<(InputChange, string)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ChangeBatcher _batcher = ChangeBatcher.ForWatching();
    private readonly long _started = Stopwatch.GetTimestamp();
    private OutputLock? _lock;
    private InputWatcher? _watcher;
    private WatchPlan? _plan;
    private PreviewState _shown;
    private int _renders;
    private bool _lastSucceeded;
    private bool _pdfNoted;
    private IReadOnlyList<string> _lastWarnings = [];

    private WatchLoop(CommandContext context, CommonArguments common, RenderSession session, PreviewServer? server, string sessionId)
    {
        _context = context;
        _common = common;
        _session = session;
        _server = server;
        _sessionId = sessionId;
        _shown = PreviewState.Starting(sessionId);
    }

    /// <returns>When stopped: 0 when the last render succeeded, 1 when it failed (or the files cannot be watched), 2 when the server cannot listen.</returns>
    public static async Task<int> RunAsync(CommandContext context, CommonArguments common, RenderArguments arguments, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = RenderSession.Start(context, common, arguments);
        if (session.Problems.Any(p => p.IsError))
        {
            var problems = new DiagnosticBag();
            problems.AddRange(session.Problems);
            context.Report(problems, "nothing was written.");
            return ExitCodes.InputProblems;
        }

        var sessionId = Guid.NewGuid().ToString("N")[..8];
        PreviewServer? server = null;
        if (arguments.Serve)
        {
            var started = PreviewServer.Start(arguments.Port, PreviewState.Starting(sessionId));
            if (started.Value is null)
            {
                foreach (var problem in started.Diagnostics)
                {
                    context.Error.WriteLine(problem.ToString());
                }

                return ExitCodes.Usage;
            }

            server = started.Value;
            context.Output.WriteLine($"Serving {server.Address} — Ctrl+C to stop");
        }

        var loop = new WatchLoop(context, common, session, server, sessionId);
        try
        {
            return await loop.RunAsync(stopping).ConfigureAwait(false);
        }
        finally
        {
            loop._watcher?.Dispose();
            loop._lock?.Dispose();
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<int> RunAsync(CancellationToken stopping)
    {
        // Watching starts before the page shows the first render, so no save made after seeing it is missed.
        var first = Render(new ChangeBatch(InputChange.Inputs, []), first: true);
        if (!Rewatch(force: true))
        {
            return ExitCodes.InputProblems;
        }

        Publish(first);

        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await WaitAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }

            while (_events.Reader.TryRead(out var e))
            {
                _batcher.Add(e.Change, e.Path, Now());
            }

            if (!stopping.IsCancellationRequested && _batcher.Take(Now()) is { } batch)
            {
                var shown = Render(batch, first: false);
                if (!Rewatch(force: batch.Changes.HasFlag(InputChange.Rewatch)))
                {
                    return ExitCodes.InputProblems;
                }

                Publish(shown);
            }
        }

        _context.Output.WriteLine("Stopped watching.");
        return _lastSucceeded ? ExitCodes.Success : ExitCodes.InputProblems;
    }

    private TimeSpan Now() => Stopwatch.GetElapsedTime(_started);

    /// <summary>Waits for the next event, or for the pending batch to fall due.</summary>
    private async Task WaitAsync(CancellationToken stopping)
    {
        if (_batcher.DueAt is not { } due)
        {
            await _events.Reader.WaitToReadAsync(stopping).ConfigureAwait(false);
            return;
        }

        var wait = due - Now();
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timer.CancelAfter(wait);
        try
        {
            await _events.Reader.WaitToReadAsync(timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            // the batch is due
        }
    }

    /// <returns>What the preview shows now.</returns>
    private PreviewState Render(ChangeBatch batch, bool first)
    {
        _renders++;
        var reload = batch.Changes.HasFlag(InputChange.Inputs);
        var timer = Stopwatch.StartNew();
        var attempt = _session.Attempt(reload);
        if (attempt.Succeeded)
        {
            attempt.Diagnostics.AddRange(Write(attempt));
        }

        var elapsed = timer.Elapsed;
        var diagnostics = attempt.Diagnostics;
        var succeeded = !diagnostics.HasErrors;
        _lastSucceeded = succeeded;
        var at = TimeOfDay();
        if (first)
        {
            if (succeeded)
            {
                _context.Report(diagnostics);
                RenderCommand.WriteSummary(_context, attempt);
            }
            else
            {
                _context.Output.WriteLine($"[{at}] The first render failed; nothing was written. Fix the problems below and save: watching goes on.");
                _context.Report(diagnostics, CliMessages.WatchNothingWritten);
            }
        }
        else
        {
            var what = Describe(batch);
            var how = string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.00} s") + (attempt.Reloaded ? ", inputs read again" : ", data reused");
            if (succeeded)
            {
                var folder = InputLoader.Relative(attempt.Folder!, _context.WorkingDirectory);
                _context.Output.WriteLine($"[{at}] {what}: rendered in {how}; wrote {folder}{Path.DirectorySeparatorChar} ({string.Join(", ", attempt.Files.Select(f => f.Name))}).");
                ReportWarnings(diagnostics);
            }
            else
            {
                _context.Output.WriteLine($"[{at}] {what}: the render failed ({how}); nothing was written, the last good report stays.");
                _context.Report(diagnostics, CliMessages.WatchNothingWritten);
            }
        }

        _lastWarnings = Warnings(diagnostics);
        NotePdf();
        var report = succeeded ? attempt.Report : null;
        _shown = new PreviewState(
            string.Create(CultureInfo.InvariantCulture, $"{_sessionId}-{_renders}"),
            report?.Html ?? _shown.Html,
            report?.Markdown ?? _shown.Markdown,
            succeeded ? [] : [.. diagnostics.Items.Where(d => d.IsError).Select(_context.Shown)],
            at);
        return _shown;
    }

    /// <summary>Writes the set under the output folder's lock, taken at the first write and kept (a new one when the folder changes).</summary>
    private IReadOnlyList<Diagnostic> Write(RenderAttempt attempt)
    {
        var folder = attempt.Folder!;
        if (_lock is not null && !string.Equals(Path.GetFullPath(_lock.Folder), Path.GetFullPath(folder), WatchPlan.PathComparison))
        {
            _lock.Dispose();
            _lock = null;
        }

        if (_lock is null)
        {
            var held = OutputWriter.Hold(folder);
            if (held.Value is null)
            {
                return held.Diagnostics;
            }

            _lock = held.Value;
        }

        return _lock.Write(attempt.Files).Diagnostics;
    }

    /// <summary>Warnings as the console shows them; the same ones as last time are counted, not printed again.</summary>
    private void ReportWarnings(DiagnosticBag diagnostics)
    {
        var warnings = Warnings(diagnostics);
        if (warnings.Count == 0)
        {
            return;
        }

        if (warnings.SequenceEqual(_lastWarnings, StringComparer.Ordinal))
        {
            _context.Output.WriteLine($"  ({InputLoader.Count(warnings.Count, "warning", "warnings")}, as before.)");
            return;
        }

        _context.Report(diagnostics);
    }

    private List<string> Warnings(DiagnosticBag diagnostics) =>
        diagnostics.Items.Where(d => d.Severity == Severity.Warning).Select(d => _context.Shown(d).ToString()).ToList();

    /// <summary>Says once that the configuration's PDF is left out while watching.</summary>
    private void NotePdf()
    {
        if (!_pdfNoted && _session.Config is { } config && _session.LeavesOutConfiguredPdf(config))
        {
            _pdfNoted = true;
            _context.Error.WriteLine(_context.Shown(Diagnostic.Info(CliMessages.WatchLeavesOutPdf, config.Where("output.pdf"), CliMessages.WatchLeavesOutPdfText)).ToString());
        }
    }

    private void Publish(PreviewState state) => _server?.Publish(state);

    /// <summary>Watches what the configuration as last read names; again when that changed, or when asked.</summary>
    /// <returns>False, having said why, when the files cannot be watched.</returns>
    private bool Rewatch(bool force)
    {
        var plan = Plan();
        if (!force && _plan is not null && _plan.SameAs(plan))
        {
            return true;
        }

        _watcher?.Dispose();
        _watcher = null;
        try
        {
            _watcher = InputWatcher.Start(plan, (change, path) => _events.Writer.TryWrite((change, path)));
        }
        catch (WatchFailedException e)
        {
            _context.Error.WriteLine(Diagnostic.Error(CliMessages.CannotWatch, SourceLocation.InFile(InputLoader.Relative(e.Folder, _context.WorkingDirectory)),
                CliMessages.CannotWatchText(InputLoader.Relative(e.Folder, _context.WorkingDirectory), e.Message)).ToString());
            return false;
        }

        if (_plan is null || !_plan.SameAs(plan))
        {
            WriteWatching(plan);
        }

        _plan = plan;
        return true;
    }

    private WatchPlan Plan()
    {
        var config = _session.Config;
        if (config is null && _plan is not null)
        {
            return _plan; // a configuration that is not JSON names nothing: keep watching what was watched
        }

        var configFile = config?.File
            ?? Path.GetFullPath(Path.Combine(_context.WorkingDirectory, _common.Config ?? InputLoader.DefaultConfigName));
        var data = _common.Data is { } d ? Path.GetFullPath(Path.Combine(_context.WorkingDirectory, d)) : config?.Data.Monthly;
        return WatchPlan.Of(
            [configFile, data, config?.Data.Peers, config?.LogoFile],
            _session.TemplateFolder(config),
            config?.Data.Commentary,
            _session.OutputFolder(config));
    }

    private void WriteWatching(WatchPlan plan)
    {
        var output = _context.Output;
        output.WriteLine("Watching for saves (Ctrl+C to stop):");
        foreach (var file in plan.Files)
        {
            output.WriteLine($"  {Shown(file)}{(File.Exists(file) ? string.Empty : " (not there yet)")}");
        }

        output.WriteLine(plan.Templates is { } templates
            ? $"  {Shown(templates)}{Path.DirectorySeparatorChar} (templates, with their subfolders)"
            : "  the built-in templates, which do not change: set output.templates, or give --templates DIR, to preview your own");
        if (plan.Commentary is { } commentary)
        {
            output.WriteLine($"  {Shown(commentary)}{Path.DirectorySeparatorChar} (commentary, with its quarter folders)");
        }
    }

    /// <summary>"templates/_change.sbn changed", "3 files changed".</summary>
    private string Describe(ChangeBatch batch)
    {
        // Files still there first: an editor's temporary file, made and renamed away, is not news.
        var paths = batch.Paths.Where(p => p.Length > 0).ToList();
        var there = paths.Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
        var shown = (there.Count > 0 ? there : paths).Select(Shown).ToList();
        return shown.Count switch
        {
            0 => "Files changed",
            1 => $"{shown[0]} changed",
            <= ChangeBatcher.PathsKept => $"{string.Join(", ", shown)} changed",
            _ => $"{string.Join(", ", shown.Take(ChangeBatcher.PathsKept))} and more changed",
        };
    }

    private string Shown(string path) => InputLoader.Relative(path, _context.WorkingDirectory);

    private string TimeOfDay() =>
        _context.Clock.GetCurrentInstant().InZone(BclDateTimeZone.ForSystemDefault()).TimeOfDay.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}

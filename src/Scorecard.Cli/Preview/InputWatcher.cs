namespace Scorecard.Cli.Preview;

/// <summary>
/// Watches a <see cref="WatchPlan"/>'s folders with the operating system's file notifications
/// (<see cref="FileSystemWatcher"/>) and reports each event that means something, classified
/// by the plan. Events arrive on the system's threads: <c>changed</c> must be thread-safe. When
/// the system loses events (its buffer overflowed), everything is read again and watched anew.
/// </summary>
internal sealed class InputWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly WatchPlan _plan;
    private readonly Action<InputChange, string> _changed;

    private InputWatcher(WatchPlan plan, Action<InputChange, string> changed)
    {
        _plan = plan;
        _changed = changed;
    }

    /// <summary>Starts watching every root of <paramref name="plan"/>.</summary>
    /// <param name="changed">Called with what each event means and its path.</param>
    /// <exception cref="WatchFailedException">A folder cannot be watched (the system's limit on watches reached, permission denied).</exception>
    public static InputWatcher Start(WatchPlan plan, Action<InputChange, string> changed)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(changed);
        var watcher = new InputWatcher(plan, changed);
        try
        {
            foreach (var root in plan.Roots())
            {
                watcher.Watch(root);
            }

            return watcher;
        }
        catch
        {
            watcher.Dispose();
            throw;
        }
    }

    private void Watch(WatchPlan.Root root)
    {
        var system = new FileSystemWatcher(root.Folder)
        {
            IncludeSubdirectories = root.Recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watchers.Add(system);
        system.Changed += OnEvent;
        system.Created += OnEvent;
        system.Deleted += OnEvent;
        system.Renamed += OnRenamed;
        system.Error += OnError;
        try
        {
            system.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            throw new WatchFailedException(root.Folder, e);
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e) => Report(e.FullPath);

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        // Editors save by renaming a temporary file into place: the new name matters, and so does
        // the old one (a template renamed away). Said once, by the name that is there now.
        var change = (e.OldFullPath is { } old ? _plan.Classify(old) : InputChange.None) | _plan.Classify(e.FullPath);
        if (change != InputChange.None)
        {
            _changed(change, e.FullPath);
        }
    }

    private void OnError(object sender, ErrorEventArgs e) =>
        _changed(InputChange.Inputs | InputChange.Templates | InputChange.Commentary | InputChange.Rewatch, (sender as FileSystemWatcher)?.Path ?? string.Empty);

    private void Report(string? path)
    {
        if (path is not null && _plan.Classify(path) is var change and not InputChange.None)
        {
            _changed(change, path);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }

        _watchers.Clear();
    }
}

/// <summary>A folder that cannot be watched: the system's reason, and the folder.</summary>
internal sealed class WatchFailedException(string folder, Exception inner) : IOException(inner.Message, inner)
{
    public string Folder { get; } = folder;
}

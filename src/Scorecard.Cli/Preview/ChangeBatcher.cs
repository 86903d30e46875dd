namespace Scorecard.Cli.Preview;

/// <summary>The changes of one burst of saves: what they mean, and the paths that changed (a few, for the console).</summary>
internal sealed record ChangeBatch(InputChange Changes, IReadOnlyList<string> Paths);

/// <summary>
/// Gathers file events into one render per burst. Editors save in several steps (write a
/// temporary file, rename the old one away, rename the new one in, touch it), and a save of
/// several files comes as many events: a render starts only when no event has come for
/// <see cref="Quiet"/>, so a burst is one render, of the files as they are at its end. A
/// stream of events that never pauses (a program writing into a watched folder) still gives a
/// render every <see cref="Longest"/>. Time is given by the caller (a monotonic clock), so the
/// rules are tested without waiting.
/// </summary>
internal sealed class ChangeBatcher(TimeSpan quiet, TimeSpan longest)
{
    /// <summary>The most paths kept for the console; more are counted.</summary>
    public const int PathsKept = 3;

    private readonly List<string> _paths = [];
    private InputChange _pending;
    private int _count;
    private TimeSpan _first;
    private TimeSpan _last;

    /// <summary>0.2 s without an event, and at most 2 s from the first event, for <c>render --watch</c>.</summary>
    public static ChangeBatcher ForWatching() => new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(2));

    public TimeSpan Quiet { get; } = quiet;

    public TimeSpan Longest { get; } = longest;

    /// <summary>How many events the pending batch holds.</summary>
    public int Count => _count;

    /// <summary>When the pending batch is due to be rendered; null when nothing is pending.</summary>
    public TimeSpan? DueAt => _pending == InputChange.None
        ? null
        : _last + Quiet < _first + Longest ? _last + Quiet : _first + Longest;

    /// <summary>Adds an event at <paramref name="at"/>; an event that changes nothing (<see cref="InputChange.None"/>) neither starts nor extends a batch.</summary>
    public void Add(InputChange change, string path, TimeSpan at)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (change == InputChange.None)
        {
            return;
        }

        if (_pending == InputChange.None)
        {
            _first = at;
        }

        _pending |= change;
        _last = at;
        _count++;
        if (_paths.Count < PathsKept + 1 && !_paths.Contains(path, StringComparer.Ordinal))
        {
            _paths.Add(path);
        }
    }

    /// <summary>The pending batch when it is due at <paramref name="now"/> (and then nothing is pending), else null.</summary>
    public ChangeBatch? Take(TimeSpan now)
    {
        if (DueAt is not { } due || now < due)
        {
            return null;
        }

        var batch = new ChangeBatch(_pending, [.. _paths]);
        _pending = InputChange.None;
        _paths.Clear();
        _count = 0;
        return batch;
    }
}

namespace Scorecard.Cli.Preview;

/// <summary>What a saved file means for <c>render --watch</c>.</summary>
[Flags]
internal enum InputChange
{
    None = 0,

    /// <summary>A template (or a file beside it, such as a logo it embeds): render again from the data already read.</summary>
    Templates = 1,

    /// <summary>A commentary file: render again from the data already read.</summary>
    Commentary = 2,

    /// <summary>The configuration, the data, the peer figures or the logo: read and evaluate them again, then render.</summary>
    Inputs = 4,

    /// <summary>A watched folder itself was made, removed or renamed, or the system lost events: set the watches up again.</summary>
    Rewatch = 8,
}

/// <summary>
/// The files and folders <c>render --watch</c> watches, and what a change to each path means:
/// the configuration, data, peer and logo files (read again), the template folder and the
/// commentary folder with their subfolders (rendered again). The output folder and what is
/// written beside it are never a change, even inside a watched folder, or each render would
/// start the next; nor are editors' temporary and backup files, or hidden files and folders.
/// </summary>
/// <param name="Files">The configuration, data, peer and logo files, absolute.</param>
/// <param name="Templates">The template folder, or null for the built-in templates.</param>
/// <param name="Commentary">The commentary folder, or null.</param>
/// <param name="Output">The output folder.</param>
internal sealed record WatchPlan(IReadOnlyList<string> Files, string? Templates, string? Commentary, string Output)
{
    /// <summary>Names compare as the platform's file systems usually do: without case on Windows and macOS.</summary>
    internal static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>A folder to watch, with or without its subfolders.</summary>
    internal readonly record struct Root(string Folder, bool Recursive);

    /// <summary>A plan of absolute, normalised paths; files named twice are watched once.</summary>
    public static WatchPlan Of(IEnumerable<string?> files, string? templates, string? commentary, string output) => new(
        files.OfType<string>().Select(Normal).Distinct(PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase).ToList(),
        templates is null ? null : Normal(templates),
        commentary is null ? null : Normal(commentary),
        Normal(output));

    /// <summary>What a change at <paramref name="path"/> (a file or folder made, changed, removed or renamed) means.</summary>
    public InputChange Classify(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Normal(path);
        if (Within(full, Output) || IsBesideOutput(full))
        {
            return InputChange.None;
        }

        if (Files.Any(f => string.Equals(f, full, PathComparison)))
        {
            return InputChange.Inputs;
        }

        return InFolder(full, Templates, InputChange.Templates) | InFolder(full, Commentary, InputChange.Commentary);
    }

    /// <summary>
    /// The folders to watch: each file's folder; each watched folder with its subfolders, and its
    /// parent (for the folder itself being made, removed or renamed). Folders that do not exist are left out.
    /// </summary>
    public IReadOnlyList<Root> Roots()
    {
        var roots = new List<Root>();
        void Add(string? folder, bool recursive)
        {
            if (folder is null || !Directory.Exists(folder))
            {
                return;
            }

            var index = roots.FindIndex(r => string.Equals(r.Folder, folder, PathComparison));
            if (index < 0)
            {
                roots.Add(new Root(folder, recursive));
            }
            else if (recursive)
            {
                roots[index] = new Root(folder, true);
            }
        }

        foreach (var file in Files)
        {
            Add(Path.GetDirectoryName(file), false);
        }

        foreach (var folder in new[] { Templates, Commentary })
        {
            if (folder is not null)
            {
                Add(folder, true);
                Add(Path.GetDirectoryName(folder), false);
            }
        }

        return roots;
    }

    /// <summary>True when the two plans watch the same paths.</summary>
    public bool SameAs(WatchPlan other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Files.Count == other.Files.Count
            && Files.Zip(other.Files).All(p => string.Equals(p.First, p.Second, PathComparison))
            && string.Equals(Templates, other.Templates, PathComparison)
            && string.Equals(Commentary, other.Commentary, PathComparison)
            && string.Equals(Output, other.Output, PathComparison);
    }

    /// <summary>
    /// Files that are never a change: hidden ones (".file", and everything in ".git/"), editors'
    /// backups and swap files ("file~", "#file#", ".file.swp", vim's "4913"), Office's lock files
    /// ("~$file"), and temporary files (".tmp").
    /// </summary>
    public static bool IsNoise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0
            || name[0] is '.' or '#' or '~'
            || name.EndsWith('~')
            || name is "4913" or "Thumbs.db" or "desktop.ini"
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".bak", StringComparison.OrdinalIgnoreCase);
    }

    private static InputChange InFolder(string full, string? folder, InputChange change)
    {
        if (folder is null)
        {
            return InputChange.None;
        }

        if (string.Equals(full, folder, PathComparison))
        {
            return change | InputChange.Rewatch;
        }

        if (!Within(full, folder))
        {
            return InputChange.None;
        }

        var relative = Path.GetRelativePath(folder, full);
        return relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(IsNoise) ? InputChange.None : change;
    }

    /// <summary>The output folder's lock and the sets being written beside it (<c>.out.scorecard-lock</c>, <c>.out.scorecard-new-…</c>).</summary>
    private bool IsBesideOutput(string full) =>
        string.Equals(Path.GetDirectoryName(full), Path.GetDirectoryName(Output), PathComparison)
        && Path.GetFileName(full).StartsWith($".{Path.GetFileName(Output)}.scorecard-", PathComparison);

    private static bool Within(string full, string folder) =>
        string.Equals(full, folder, PathComparison)
        || full.StartsWith(folder + Path.DirectorySeparatorChar, PathComparison);

    private static string Normal(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}

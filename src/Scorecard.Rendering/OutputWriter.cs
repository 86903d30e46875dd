using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Scorecard.Core.Diagnostics;
using Scorecard.Rendering.Files;

namespace Scorecard.Rendering;

/// <summary>A file to write: a name inside the output folder, and its bytes.</summary>
public sealed record OutputFile(string Name, byte[] Content)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A text file, written as UTF-8 without a byte-order mark.</summary>
    public OutputFile(string name, string text)
        : this(name, Utf8.GetBytes(text))
    {
    }
}

/// <summary>
/// Writes a run's outputs as one set: the output folder holds exactly one run's files, and a
/// reader never finds some files of one run beside files of another, nor a file half written.
/// </summary>
/// <remarks>
/// <para>How (see also the README's "Output folder"):</para>
/// <list type="number">
/// <item>A lock file beside the folder (<c>.out.scorecard-lock</c> for <c>out</c>) is opened for this
/// process alone; a second run writing the same folder is refused (SC0526) instead of mixing its
/// files with the first's.</item>
/// <item>Under the lock, whatever an earlier run left when it was killed is cleaned up (SC0527): a
/// half-staged set is deleted; a set killed between the two renames of the switch is finished.</item>
/// <item>The new set is written in full, with a manifest (<c>.scorecard-manifest.json</c>: each
/// file's name, size and SHA-256), into a new folder beside the output folder, and flushed to disk.</item>
/// <item>The new folder takes the output folder's place in one step: on Linux an atomic exchange
/// of the two directory entries (<c>renameat2(RENAME_EXCHANGE)</c>), elsewhere two renames (for
/// an instant there is no folder, never a mixed one). The old set is then deleted.</item>
/// </list>
/// <para>So that nothing the user keeps there is lost, a folder holding anything Scorecard did not
/// write is refused (SC0525): the output folder is Scorecard's own.</para>
/// </remarks>
public static class OutputWriter
{
    /// <summary>The manifest written with every set; a reader that wants to be sure checks the files against it.</summary>
    public const string ManifestName = ".scorecard-manifest.json";

    /// <summary>The names Scorecard writes; a folder holding only these (and an older version's leftovers) is taken as Scorecard's.</summary>
    private static readonly string[] KnownOutputs = ["report.html", "report.md", "evaluation.json", "scorecard.xlsx", "report.pdf"];

    /// <summary>For tests: called after each step ("staged", "switched", "moved-aside"); throwing from it is a crash at that point.</summary>
    internal static Action<string>? AfterStep { get; set; }

    /// <summary>For tests: false uses the two-rename switch that systems without an atomic exchange use.</summary>
    internal static bool UseExchange { get; set; } = true;

    /// <returns>The full paths written; or errors (SC0504, SC0525, SC0526) and nothing changed; warnings (SC0527) either way.</returns>
    public static Result<IReadOnlyList<string>> Write(string folder, IEnumerable<OutputFile> files)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var list = CheckNames(files);
        var diagnostics = new List<Diagnostic>();
        if (Locate(folder, diagnostics) is not { } place)
        {
            return new Result<IReadOnlyList<string>>(null, diagnostics);
        }

        try
        {
            using var held = Lock(place.Parent, place.Name);
            if (held is null)
            {
                diagnostics.Add(Locked(folder));
                return new Result<IReadOnlyList<string>>(null, diagnostics);
            }

            return WriteLocked(folder, place, list, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(folder, e is UnauthorizedAccessException ? "permission denied (" + e.Message + ")." : e.Message, diagnostics);
        }
    }

    /// <summary>
    /// Takes the folder's lock and keeps it until the returned <see cref="OutputLock"/> is disposed,
    /// for a command that writes the folder again and again (<c>render --watch</c>): no other run
    /// can write the folder in between. Each <see cref="OutputLock.Write"/> is the same
    /// all-or-nothing switch as <see cref="Write(string, IEnumerable{OutputFile})"/>.
    /// </summary>
    /// <returns>The held lock; or an error (SC0526 another run holds it, SC0504 it cannot be taken).</returns>
    public static Result<OutputLock> Hold(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var diagnostics = new List<Diagnostic>();
        if (Locate(folder, diagnostics) is not { } place)
        {
            return new Result<OutputLock>(null, diagnostics);
        }

        try
        {
            var held = Lock(place.Parent, place.Name);
            return held is null
                ? new Result<OutputLock>(null, [Locked(folder)])
                : new Result<OutputLock>(new OutputLock(folder, place, held), []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Failed(folder, e is UnauthorizedAccessException ? "permission denied (" + e.Message + ")." : e.Message, diagnostics);
            return new Result<OutputLock>(null, diagnostics);
        }
    }

    /// <summary>Writes a set under a lock already held.</summary>
    internal static Result<IReadOnlyList<string>> Write(OutputLock held, IEnumerable<OutputFile> files)
    {
        var list = CheckNames(files);
        var diagnostics = new List<Diagnostic>();
        try
        {
            return WriteLocked(held.Folder, held.Place, list, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(held.Folder, e is UnauthorizedAccessException ? "permission denied (" + e.Message + ")." : e.Message, diagnostics);
        }
    }

    private static List<OutputFile> CheckNames(IEnumerable<OutputFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var list = files.ToList();
        foreach (var file in list)
        {
            if (Path.GetFileName(file.Name) != file.Name || file.Name.Length == 0 || file.Name == ManifestName)
            {
                throw new ArgumentException($"Output file names must be plain names without folders: \"{file.Name}\".", nameof(files));
            }
        }

        return list;
    }

    /// <summary>The real folder to replace, its parent (created) and its name; null with an error when it cannot be one.</summary>
    private static OutputPlace? Locate(string folder, List<Diagnostic> diagnostics)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

        // Work on the real folder, so a link to it stays a link and the folder it names is replaced.
        target = RealPath.Of(target) ?? target;
        var parent = Path.GetDirectoryName(target);
        var name = Path.GetFileName(target);
        if (parent is null || name.Length == 0)
        {
            Failed(folder, "the output folder cannot be the root of a drive; give a folder of its own, e.g. out.", diagnostics);
            return null;
        }

        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Failed(folder, e is UnauthorizedAccessException ? "permission denied (" + e.Message + ")." : e.Message, diagnostics);
            return null;
        }

        return new OutputPlace(target, parent, name);
    }

    private static Diagnostic Locked(string folder) =>
        Diagnostic.Error(RenderingDiagnostics.OutputLocked, SourceLocation.InFile(folder),
            "another Scorecard run is writing this folder now (or watching it: render --watch keeps it until stopped); wait for it to finish, or stop it, then run again.");

    /// <summary>Under the lock: cleans up after a killed run, checks the folder is Scorecard's, then stages and switches in the set.</summary>
    private static Result<IReadOnlyList<string>> WriteLocked(string folder, OutputPlace place, List<OutputFile> list, List<Diagnostic> diagnostics)
    {
        var (target, parent, name) = place;
        Recover(parent, name, target, diagnostics);
        if (File.Exists(target))
        {
            return Failed(folder, "a file has the output folder's name; remove it or give another folder.", diagnostics);
        }

        if (Directory.Exists(target) && Foreign(target) is { Count: > 0 } foreign)
        {
            diagnostics.Add(Diagnostic.Error(RenderingDiagnostics.OutputFolderNotOwned, SourceLocation.InFile(folder),
                $"the output folder holds files Scorecard did not write ({string.Join(", ", foreign.Take(5))}{(foreign.Count > 5 ? ", …" : string.Empty)}). " +
                "Each run replaces the whole folder with its reports, so give Scorecard a folder of its own (e.g. --out out), or move those files."));
            return new Result<IReadOnlyList<string>>(null, diagnostics);
        }

        var staging = Path.Combine(parent, $".{name}.scorecard-new-{Guid.NewGuid():N}");
        try
        {
            Stage(staging, list);
            AfterStep?.Invoke("staged");
            Switch(staging, target, parent, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDeleteFolder(staging);
            throw;
        }

        return new Result<IReadOnlyList<string>>(list.Select(f => Path.Combine(Path.GetFullPath(folder), f.Name)).ToList(), diagnostics);
    }

    /// <summary>Writes one file so that a reader never sees half of it: a temporary file beside it, then one rename.</summary>
    public static Result<string> WriteFile(string path, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(content);
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full) ?? ".");
            WriteDurably(temp, content);
            File.Move(temp, full, overwrite: true);
            return new Result<string>(full, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return new Result<string>(null, [Diagnostic.Error(RenderingDiagnostics.OutputWriteFailed, SourceLocation.InFile(path),
                $"the file could not be written, so nothing was written: {e.Message}")]);
        }
    }

    /// <summary>Checks a folder against its manifest: null when every file it lists is there with its size and hash, else what differs.</summary>
    public static string? Verify(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var manifestPath = Path.Combine(folder, ManifestName);
        if (!File.Exists(manifestPath))
        {
            return "there is no manifest";
        }

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
        foreach (var entry in manifest.RootElement.GetProperty("files").EnumerateArray())
        {
            var file = Path.Combine(folder, entry.GetProperty("name").GetString()!);
            if (!File.Exists(file))
            {
                return $"{Path.GetFileName(file)} is missing";
            }

            if (!string.Equals(Hash(File.ReadAllBytes(file)), entry.GetProperty("sha256").GetString(), StringComparison.Ordinal))
            {
                return $"{Path.GetFileName(file)} is not the file the manifest lists";
            }
        }

        return null;
    }

    private static Result<IReadOnlyList<string>> Failed(string folder, string why, List<Diagnostic> diagnostics)
    {
        diagnostics.Add(Diagnostic.Error(RenderingDiagnostics.OutputWriteFailed, SourceLocation.InFile(folder), $"the report could not be written, so nothing was written: {why}"));
        return new Result<IReadOnlyList<string>>(null, diagnostics);
    }

    /// <summary>The lock for writing <paramref name="name"/>: the lock file opened for this process alone; null when another holds it.</summary>
    private static FileStream? Lock(string parent, string name)
    {
        var path = Path.Combine(parent, $".{name}.scorecard-lock");
        try
        {
            // The file is left in place afterwards: deleting a lock file that another process is
            // about to open would let two runs each hold "the" lock.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }

    /// <summary>Cleans up what a killed run left beside the folder: finishes a switch it began, removes the rest.</summary>
    private static void Recover(string parent, string name, string target, List<Diagnostic> diagnostics)
    {
        var leftovers = Directory.EnumerateDirectories(parent, $".{name}.scorecard-*")
            .Where(d => Path.GetFileName(d).StartsWith($".{name}.scorecard-new-", StringComparison.Ordinal) || Path.GetFileName(d).StartsWith($".{name}.scorecard-old-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (leftovers.Count == 0)
        {
            return;
        }

        if (!Directory.Exists(target))
        {
            // Killed between the two renames of a switch: the new set is whole (it has its
            // manifest and every file matches), so finish the switch; else put the old one back.
            var whole = leftovers.FirstOrDefault(d => Path.GetFileName(d).Contains("-new-", StringComparison.Ordinal) && Verify(d) is null);
            var old = leftovers.FirstOrDefault(d => Path.GetFileName(d).Contains("-old-", StringComparison.Ordinal));
            if ((whole ?? old) is { } restored)
            {
                Directory.Move(restored, target);
                leftovers.Remove(restored);
            }
        }

        foreach (var leftover in leftovers)
        {
            TryDeleteFolder(leftover);
        }

        diagnostics.Add(Diagnostic.Warning(RenderingDiagnostics.OutputRecovered, SourceLocation.InFile(target),
            "an earlier run was stopped while writing this folder; what it left was cleaned up, and the folder holds one whole set of reports."));
    }

    /// <summary>The entries of the folder that Scorecard did not write.</summary>
    private static List<string> Foreign(string folder)
    {
        var ours = new HashSet<string>(KnownOutputs, StringComparer.Ordinal) { ManifestName };
        var manifestPath = Path.Combine(folder, ManifestName);
        if (File.Exists(manifestPath))
        {
            try
            {
                using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
                foreach (var entry in manifest.RootElement.GetProperty("files").EnumerateArray())
                {
                    ours.Add(entry.GetProperty("name").GetString() ?? string.Empty);
                }
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // a damaged manifest vouches for nothing beyond the known names
            }
        }

        return Directory.EnumerateFileSystemEntries(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(entry => !ours.Contains(entry) && !IsOldLeftover(entry))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>".report.html.&lt;guid&gt;.tmp" or ".bak", as earlier versions left beside each file.</summary>
    private static bool IsOldLeftover(string entry) =>
        entry.StartsWith('.') && (entry.EndsWith(".tmp", StringComparison.Ordinal) || entry.EndsWith(".bak", StringComparison.Ordinal))
        && KnownOutputs.Any(known => entry.StartsWith("." + known + ".", StringComparison.Ordinal));

    private static void Stage(string staging, List<OutputFile> files)
    {
        Directory.CreateDirectory(staging);
        foreach (var file in files)
        {
            WriteDurably(Path.Combine(staging, file.Name), file.Content);
        }

        WriteDurably(Path.Combine(staging, ManifestName), Manifest(files));
    }

    private static void Switch(string staging, string target, string parent, string name)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            AfterStep?.Invoke("switched");
            return;
        }

        if (UseExchange && Exchange(staging, target))
        {
            AfterStep?.Invoke("switched");
            TryDeleteFolder(staging); // it now holds the old set
            return;
        }

        var aside = Path.Combine(parent, $".{name}.scorecard-old-{Guid.NewGuid():N}");
        Directory.Move(target, aside);
        AfterStep?.Invoke("moved-aside");
        try
        {
            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Directory.Move(aside, target); // put the old set back
            throw;
        }

        AfterStep?.Invoke("switched");
        TryDeleteFolder(aside);
    }

    /// <summary>Swaps two directory entries in one step (Linux 3.15+); false where that cannot be done.</summary>
    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private static byte[] Manifest(List<OutputFile> files)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("writer", "Scorecard");
            json.WriteString("about", "The files of one run, written together. A file whose SHA-256 differs from this list is not from this run.");
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStartObject();
                json.WriteString("name", file.Name);
                json.WriteNumber("bytes", file.Content.Length);
                json.WriteString("sha256", Hash(file.Content));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static void WriteDurably(string path, byte[] content)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // best effort: the original error is the one to report
        }
    }

    private static void TryDeleteFolder(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // best effort: the next run cleans it up
        }
    }

    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}

/// <summary>The folder an output set replaces: its real path, its parent and its name.</summary>
internal readonly record struct OutputPlace(string Target, string Parent, string Name);

/// <summary>
/// An output folder's lock, held from <see cref="OutputWriter.Hold"/> until disposed (the lock
/// file stays; only this process's hold on it ends). While held, no other run can write the folder.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _held;
    private bool _disposed;

    internal OutputLock(string folder, OutputPlace place, FileStream held)
    {
        Folder = folder;
        Place = place;
        _held = held;
    }

    /// <summary>The output folder, as it was given.</summary>
    public string Folder { get; }

    internal OutputPlace Place { get; }

    /// <summary>Writes a set, all or nothing, as <see cref="OutputWriter.Write(string, IEnumerable{OutputFile})"/> does.</summary>
    /// <returns>The full paths written; or errors (SC0504, SC0525) and nothing changed; warnings (SC0527) either way.</returns>
    public Result<IReadOnlyList<string>> Write(IEnumerable<OutputFile> files)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return OutputWriter.Write(this, files);
    }

    public void Dispose()
    {
        _disposed = true;
        _held.Dispose();
    }
}

using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Scorecard.Cli.Tests.Corpus;

/// <summary>
/// A folder for one hostile case: the bundled example's configuration (its data read from the
/// repository's examples/), to be changed, and any files the case needs.
/// </summary>
internal sealed class CaseFolder : IDisposable
{
    public CaseFolder()
    {
        Path = Directory.CreateTempSubdirectory("scorecard-corpus-").FullName;
        Config = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "scorecard.config.json")))!.AsObject();
        Config.Remove("$schema");
        var data = Config["data"]!.AsObject();
        data["monthly"] = Example("data/monthly.xlsx");
        data["peers"] = Example("data/peers.csv");
        data.Remove("commentary");
        Config["output"]!.AsObject()["folder"] = "out";
    }

    public string Path { get; }

    public JsonObject Config { get; }

    /// <summary>A change to the configuration's text as written (for what JSON cannot say through a node).</summary>
    public Func<string, string>? RawConfig { get; set; }

    public string Out => System.IO.Path.Combine(Path, "out");

    /// <summary>Whether the configuration has been written (a case may write it itself, then change the file).</summary>
    public bool ConfigWritten { get; private set; }

    private readonly List<IDisposable> _held = [];

    /// <summary>Keeps something open (a lock) until the case is over.</summary>
    public void Hold(IDisposable resource) => _held.Add(resource);

    public static string Example(string relative) => System.IO.Path.Combine(RepositoryRoot.Path, "examples", relative);

    public JsonObject Rules => Config["rules"]!.AsObject();

    public JsonObject FirstMeasure => Config["priorities"]![0]!["measures"]![0]!.AsObject();

    /// <summary>Points the configuration at a commentary folder holding <paramref name="files"/>.</summary>
    public string Commentary(params (string Name, byte[] Bytes)[] files)
    {
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(Path, "commentary")).FullName;
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(System.IO.Path.Combine(folder, name), bytes);
        }

        Config["data"]!["commentary"] = "commentary";
        return folder;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public string Write(string relative, string text) => Write(relative, Utf8(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Fifo(string relative)
    {
        var path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        return path;
    }

    public string Link(string relative, string target)
    {
        var path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>Sets Unix permissions (nothing on Windows).</summary>
    public static void Chmod(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    /// <summary>Writes the configuration (with <see cref="RawConfig"/> applied) as scorecard.config.json.</summary>
    public void WriteConfig()
    {
        var text = Config.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(System.IO.Path.Combine(Path, "scorecard.config.json"), RawConfig?.Invoke(text) ?? text);
        ConfigWritten = true;
    }

    public void Dispose()
    {
        _held.ForEach(h => h.Dispose());
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(Path, "*", SearchOption.AllDirectories))
            {
                Chmod(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}

using System.Text;
using Scorecard.Core.Diagnostics;

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
/// Writes several files all or nothing: each is first written in full to a temporary file in the
/// output folder, and only when all have been written are they renamed into place. If anything
/// fails, the temporary files are removed and no output file is touched.
/// </summary>
public static class OutputWriter
{
    /// <returns>The full paths written, or SC0504 errors and nothing written.</returns>
    public static Result<IReadOnlyList<string>> Write(string folder, IEnumerable<OutputFile> files)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(files);
        var list = files.ToList();
        foreach (var file in list)
        {
            if (Path.GetFileName(file.Name) != file.Name || file.Name.Length == 0)
            {
                throw new ArgumentException($"Output file names must be plain names without folders: \"{file.Name}\".", nameof(files));
            }
        }

        var temps = new List<(string Temp, string Final)>();
        var moved = new List<(string Final, string? Backup)>();
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var file in list)
            {
                var final = Path.Combine(folder, file.Name);
                if (Directory.Exists(final))
                {
                    throw new IOException($"{final} is a folder, so the file cannot be written there.");
                }

                var temp = Path.Combine(folder, $".{file.Name}.{Guid.NewGuid():N}.tmp");
                temps.Add((temp, final));
                File.WriteAllBytes(temp, file.Content);
            }

            // Every file is written in full; now move them into place, keeping the old files
            // aside so that a failure part-way can put everything back.
            foreach (var (temp, final) in temps)
            {
                string? backup = null;
                if (File.Exists(final))
                {
                    backup = Path.Combine(folder, $".{Path.GetFileName(final)}.{Guid.NewGuid():N}.bak");
                    File.Move(final, backup);
                }

                moved.Add((final, backup));
                File.Move(temp, final);
            }

            foreach (var (_, backup) in moved)
            {
                if (backup is not null)
                {
                    TryDelete(backup);
                }
            }

            return new Result<IReadOnlyList<string>>(temps.Select(t => Path.GetFullPath(t.Final)).ToList(), []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            for (var i = moved.Count - 1; i >= 0; i--)
            {
                var (final, backup) = moved[i];
                TryDelete(final);
                if (backup is not null)
                {
                    try
                    {
                        File.Move(backup, final, overwrite: true);
                    }
                    catch (Exception restore) when (restore is IOException or UnauthorizedAccessException)
                    {
                        // leave the backup where it is: better a stray file than a lost report
                    }
                }
            }

            foreach (var (temp, _) in temps)
            {
                TryDelete(temp);
            }

            return new Result<IReadOnlyList<string>>(null,
                [Diagnostic.Error(RenderingDiagnostics.OutputWriteFailed, SourceLocation.InFile(folder), $"the report could not be written, so nothing was written: {e.Message}")]);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // best effort: the original error is the one to report
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

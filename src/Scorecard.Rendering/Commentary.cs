using Scorecard.Core.Diagnostics;
using Scorecard.Rendering.Files;
using Scorecard.Rendering.Safety;

namespace Scorecard.Rendering;

/// <summary>
/// The office's own words: <c>introduction.md</c> and one <c>&lt;measure-id&gt;.md</c> per measure,
/// from the commentary folder. Markdown, rendered with raw HTML disabled.
/// </summary>
/// <param name="Introduction">The introduction's Markdown, or null when there is none.</param>
/// <param name="Measures">Each measure's commentary Markdown by measure id.</param>
public sealed record Commentary(string? Introduction, IReadOnlyDictionary<string, string> Measures)
{
    public const string IntroductionFile = "introduction.md";

    /// <summary>The largest commentary file read: 1 MB, some hundred pages of text.</summary>
    public const long MaximumFileBytes = 1024 * 1024;

    public static Commentary None { get; } = new(null, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The folder the commentary was read from, or null when none was given.</summary>
    public string? Folder { get; init; }

    public string? For(string measureId) => Measures.GetValueOrDefault(measureId);

    /// <summary>Where <paramref name="measureId"/>'s commentary belongs (<c>commentary/answer-999.md</c>), or null without a folder.</summary>
    public string? FileFor(string measureId) => Folder is null ? null : Path.Combine(Folder, measureId + ".md");

    /// <summary>
    /// Reads the folder's Markdown files. A null folder means no commentary. A file that names no
    /// known measure is a warning (SC0502); a folder that does not exist is an error (SC0501). A
    /// file that is not a regular file, cannot be read or is not text is an error (SC0507);
    /// one that is not UTF-8 is read as Windows-1252 with a warning (SC0522); Markdown nested too
    /// deeply to read is an error (SC0523); a link the report will not keep is a warning (SC0520).
    /// </summary>
    public static Result<Commentary> Load(string? folder, IEnumerable<string> measureIds)
    {
        ArgumentNullException.ThrowIfNull(measureIds);
        if (folder is null)
        {
            return new Result<Commentary>(None, []);
        }

        if (!Directory.Exists(folder))
        {
            return new Result<Commentary>(null, [RenderingDiagnostics.CommentaryFolderNotFound(folder)]);
        }

        var known = measureIds.ToHashSet(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        string? introduction = null;
        var measures = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Result<Commentary>(null, [RenderingDiagnostics.FolderUnreadable(RenderingDiagnostics.CommentaryFolderUnreadable, "commentary", folder, e)]);
        }

        foreach (var file in files)
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (string.Equals(id, "README", StringComparison.OrdinalIgnoreCase) || ReadText(file, diagnostics) is not { } text)
            {
                continue;
            }

            if (string.Equals(Path.GetFileName(file), IntroductionFile, StringComparison.OrdinalIgnoreCase))
            {
                introduction = text;
            }
            else if (known.Contains(id))
            {
                measures[id] = text;
            }
            else
            {
                diagnostics.Add(RenderingDiagnostics.UnknownMeasure(file, id));
            }
        }

        var result = diagnostics.Exists(d => d.IsError) ? null : new Commentary(introduction, measures) { Folder = folder };
        return new Result<Commentary>(result, diagnostics);
    }

    /// <summary>A commentary file's text, checked; null (with an error) when it cannot be used.</summary>
    private static string? ReadText(string file, List<Diagnostic> diagnostics)
    {
        var read = InputFile.Read(file, MaximumFileBytes);
        if (read.Bytes is null)
        {
            diagnostics.Add(RenderingDiagnostics.Unreadable(file, read.Problem!));
            return null;
        }

        var decoded = TextDecoding.Decode(read.Bytes);
        if (decoded.Text is null)
        {
            diagnostics.Add(RenderingDiagnostics.Unreadable(file, decoded.Problem!));
            return null;
        }

        if (decoded.Windows1252Line is { } line)
        {
            diagnostics.Add(RenderingDiagnostics.NotUtf8(file, line));
        }

        var problems = SafeMarkdown.Inspect(decoded.Text);
        diagnostics.AddRange(problems.Select(p => RenderingDiagnostics.Markdown(file, p)));
        return problems.Any(p => p.IsError) ? null : decoded.Text;
    }
}

using System.Text;
using Scorecard.Core.Diagnostics;

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

    public static Commentary None { get; } = new(null, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The folder the commentary was read from, or null when none was given.</summary>
    public string? Folder { get; init; }

    public string? For(string measureId) => Measures.GetValueOrDefault(measureId);

    /// <summary>Where <paramref name="measureId"/>'s commentary belongs (<c>commentary/answer-999.md</c>), or null without a folder.</summary>
    public string? FileFor(string measureId) => Folder is null ? null : Path.Combine(Folder, measureId + ".md");

    /// <summary>
    /// Reads the folder's Markdown files. A null folder means no commentary. A file that names no
    /// known measure is a warning (SC0502); a folder that does not exist is an error (SC0501).
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
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            string text;
            try
            {
                text = File.ReadAllText(file, Encoding.UTF8).ReplaceLineEndings("\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(RenderingDiagnostics.Unreadable(file, e.Message));
                continue;
            }

            var id = Path.GetFileNameWithoutExtension(file);
            if (string.Equals(Path.GetFileName(file), IntroductionFile, StringComparison.OrdinalIgnoreCase))
            {
                introduction = text;
            }
            else if (known.Contains(id))
            {
                measures[id] = text;
            }
            else if (!string.Equals(id, "README", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(RenderingDiagnostics.UnknownMeasure(file, id));
            }
        }

        var result = diagnostics.Exists(d => d.IsError) ? null : new Commentary(introduction, measures) { Folder = folder };
        return new Result<Commentary>(result, diagnostics);
    }
}

using System.Text;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Periods;

namespace Scorecard.Rendering;

/// <summary>
/// The office's own words: <c>introduction.md</c> and one <c>&lt;measure-id&gt;.md</c> per measure,
/// from the commentary folder. Markdown, rendered with raw HTML disabled. A subfolder named after
/// a quarter (<c>2019-20Q2</c>) holds that quarter's own files, used in place of the folder's, so
/// last quarter's introduction is never reused by mistake.
/// </summary>
/// <param name="Introduction">The introduction's Markdown, or null when there is none.</param>
/// <param name="Measures">Each measure's commentary Markdown by measure id.</param>
public sealed record Commentary(string? Introduction, IReadOnlyDictionary<string, string> Measures)
{
    public const string IntroductionFile = "introduction.md";

    public static Commentary None { get; } = new(null, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The folder the commentary was read from, or null when none was given.</summary>
    public string? Folder { get; init; }

    /// <summary>The quarter's own folder (<c>commentary/2019-20Q2</c>), or null when it has none.</summary>
    public string? QuarterFolder { get; init; }

    public string? For(string measureId) => Measures.GetValueOrDefault(measureId);

    /// <summary>Where <paramref name="measureId"/>'s commentary belongs (<c>commentary/answer-999.md</c>, or the quarter's folder when there is one), or null without a folder.</summary>
    public string? FileFor(string measureId) => (QuarterFolder ?? Folder) is { } folder ? Path.Combine(folder, measureId + ".md") : null;

    /// <summary>
    /// Reads the folder's Markdown files, then the files of <paramref name="quarter"/>'s own
    /// subfolder, which replace them. A null folder means no commentary. A file that names no
    /// known measure is a warning (SC0502, with the nearest id); a folder that does not exist is
    /// an error (SC0501).
    /// </summary>
    public static Result<Commentary> Load(string? folder, IEnumerable<string> measureIds, FinancialQuarter? quarter = null)
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
        var (introduction, measures) = ReadFolder(folder, known, diagnostics);
        string? quarterFolder = null;
        if (quarter is { } q && QuarterFolders(folder).FirstOrDefault(f => f.Quarter == q).Path is { } own)
        {
            quarterFolder = own;
            var (ownIntroduction, ownMeasures) = ReadFolder(own, known, diagnostics);
            introduction = ownIntroduction ?? introduction;
            foreach (var (id, text) in ownMeasures)
            {
                measures[id] = text;
            }
        }

        var result = diagnostics.Exists(d => d.IsError) ? null : new Commentary(introduction, measures) { Folder = folder, QuarterFolder = quarterFolder };
        return new Result<Commentary>(result, diagnostics);
    }

    /// <summary>
    /// Checks every file of the folder and of each quarter's subfolder, as <c>validate</c> does:
    /// each names a measure (SC0502, with the nearest id), each subfolder is named after a quarter
    /// (SC0510), and each file can be read (SC0507).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(string folder, IEnumerable<string> measureIds)
    {
        ArgumentNullException.ThrowIfNull(measureIds);
        if (!Directory.Exists(folder))
        {
            return [RenderingDiagnostics.CommentaryFolderNotFound(folder)];
        }

        var known = measureIds.ToHashSet(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        ReadFolder(folder, known, diagnostics);
        var quarters = QuarterFolders(folder).ToList();
        foreach (var (path, _) in quarters)
        {
            ReadFolder(path, known, diagnostics);
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (!quarters.Exists(q => q.Path == sub) && Directory.EnumerateFiles(sub, "*.md").Any())
            {
                diagnostics.Add(RenderingDiagnostics.NotAQuarterFolder(sub));
            }
        }

        return diagnostics;
    }

    /// <summary>The subfolders named after a quarter ("2019-20Q2", "2019-20 Q2", "Q2 2019-20").</summary>
    private static IEnumerable<(string Path, FinancialQuarter Quarter)> QuarterFolders(string folder) =>
        Directory.EnumerateDirectories(folder)
            .Order(StringComparer.Ordinal)
            .Select(d => (d, FinancialQuarter.TryParse(Path.GetFileName(d), out var q) ? q : (FinancialQuarter?)null))
            .Where(p => p.Item2 is not null)
            .Select(p => (p.d, p.Item2!.Value));

    private static (string? Introduction, Dictionary<string, string> Measures) ReadFolder(string folder, HashSet<string> known, List<Diagnostic> diagnostics)
    {
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
                diagnostics.Add(RenderingDiagnostics.UnknownMeasure(file, id, known));
            }
        }

        return (introduction, measures);
    }
}

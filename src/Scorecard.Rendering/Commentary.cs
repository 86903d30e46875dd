using Scorecard.Core.Diagnostics;
using Scorecard.Core.Periods;
using Scorecard.Rendering.Files;
using Scorecard.Rendering.Safety;

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

    /// <summary>The largest commentary file read: 1 MB, some hundred pages of text.</summary>
    public const long MaximumFileBytes = 1024 * 1024;

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
    /// an error (SC0501). A file that is not a regular file, cannot be read or is not text is an
    /// error (SC0507); one that is not UTF-8 is read as Windows-1252 with a warning (SC0522);
    /// Markdown nested too deeply to read is an error (SC0523); a link the report will not keep is
    /// a warning (SC0520).
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

        foreach (var sub in Subfolders(folder))
        {
            if (!quarters.Exists(q => q.Path == sub) && HoldsMarkdown(sub))
            {
                diagnostics.Add(RenderingDiagnostics.NotAQuarterFolder(sub));
            }
        }

        return diagnostics;
    }

    /// <summary>The subfolders named after a quarter ("2019-20Q2", "2019-20 Q2", "Q2 2019-20").</summary>
    private static IEnumerable<(string Path, FinancialQuarter Quarter)> QuarterFolders(string folder) =>
        Subfolders(folder)
            .Select(d => (d, FinancialQuarter.TryParse(Path.GetFileName(d), out var q) ? q : (FinancialQuarter?)null))
            .Where(p => p.Item2 is not null)
            .Select(p => (p.d, p.Item2!.Value));

    private static bool HoldsMarkdown(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.md").Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The folder's subfolders in order; none when it cannot be listed (ReadFolder reports that, once).</summary>
    private static List<string> Subfolders(string folder)
    {
        try
        {
            return [.. Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static (string? Introduction, Dictionary<string, string> Measures) ReadFolder(string folder, HashSet<string> known, List<Diagnostic> diagnostics)
    {
        string? introduction = null;
        var measures = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(RenderingDiagnostics.FolderUnreadable(RenderingDiagnostics.CommentaryFolderUnreadable, "commentary", folder, e));
            return (null, measures);
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
                diagnostics.Add(RenderingDiagnostics.UnknownMeasure(file, id, known));
            }
        }

        return (introduction, measures);
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

using Scorecard.Core.Diagnostics;

namespace Scorecard.Rendering;

/// <summary>The rendering's diagnostic codes and messages, in one place. SC03xx templates, SC05xx commentary and output.</summary>
public static class RenderingDiagnostics
{
    public const string TemplateSyntax = "SC0301";
    public const string TemplateRuntime = "SC0302";
    public const string TemplateIncludeRejected = "SC0303";
    public const string TemplateNotFound = "SC0304";
    public const string TemplateFolderMissing = "SC0305";
    public const string TemplateUnknownMember = "SC0310";
    public const string TemplateUnknownVariable = "SC0311";

    public const string CommentaryFolderMissing = "SC0501";
    public const string CommentaryUnknownMeasure = "SC0502";
    public const string CommentaryMissingForException = "SC0503";
    public const string OutputWriteFailed = "SC0504";
    public const string PdfBrowserMissing = "SC0505";
    public const string PdfFailed = "SC0506";
    public const string CommentaryUnreadable = "SC0507";
    public const string CommentaryNotAQuarter = "SC0510";
    public const string CommentaryLinkRemoved = "SC0520";
    public const string CommentaryNotUtf8 = "SC0522";
    public const string CommentaryTooDeep = "SC0523";
    public const string CommentaryFolderUnreadable = "SC0524";
    public const string OutputFolderNotOwned = "SC0525";
    public const string OutputLocked = "SC0526";
    public const string OutputRecovered = "SC0527";
    public const string TemplateLinkRefused = "SC0320";
    public const string TemplateNotUtf8 = "SC0321";
    public const string TemplateUnusable = "SC0322";
    public const string TemplateFolderUnreadable = "SC0323";
    public const string TemplateOutputTooLarge = "SC0324";
    public const string ChartNotDrawn = "SC0540";
    public const string RuleSetNotRendered = "SC0330";

    /// <summary>
    /// The symbols of <paramref name="sets"/> the report has no icon or no sentence for (a rule set added
    /// to Core without its symbols in <see cref="DashboardSymbols"/> or its sentences in the prose): an
    /// error before anything renders, never a stand-in glyph or the raw key text. Null when every symbol renders.
    /// </summary>
    public static Diagnostic? RuleSetsNotRendered(IEnumerable<Core.Rules.RuleSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var list = sets.ToList();
        var undrawn = DashboardSymbols.Undrawn(list);
        var unspoken = list.SelectMany(s => s.Key).Select(d => d.Id).Where(id => !Model.MeasureProse.Speaks.Contains(id)).Distinct().ToList();
        if (undrawn.Count == 0 && unspoken.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (undrawn.Count > 0)
        {
            parts.Add($"no icon for {string.Join(", ", undrawn)} (add it to DashboardSymbols.All)");
        }

        if (unspoken.Count > 0)
        {
            parts.Add($"no sentence for {string.Join(", ", unspoken)} (add it to MeasureProse.FlagSentence and templates/sentences)");
        }

        return Diagnostic.Error(RuleSetNotRendered, SourceLocation.None,
            $"the report cannot show every symbol of the rule sets {string.Join(", ", list.Select(s => s.Id))}: {string.Join("; ", parts)}. This is a fault in Scorecard, not in your files: please report it.");
    }

    // Images a template names, embedded as data: URIs (Templates/TemplateImages).
    public const string TemplateImageMissing = "SC0340";
    public const string TemplateImageUnreadable = "SC0341";
    public const string TemplateImageOutside = "SC0342";
    public const string TemplateNotAnImage = "SC0343";
    public const string TemplateImageUnsafe = "SC0344";
    public const string TemplateImageTooLarge = "SC0345";
    public const string TemplateStylesheetImport = "SC0346";

    internal static Diagnostic TemplateFolderNotFound(string folder) =>
        Diagnostic.Error(TemplateFolderMissing, SourceLocation.InFile(folder),
            "the template folder does not exist. Give an existing folder, or leave the option out to use the built-in templates.");

    internal static string ImageMissing(string name, IEnumerable<string> neighbours) =>
        $"there is no image \"{name}\" in the template folder or the built-in templates{Suggestions.DidYouMean(name, neighbours)}. Put the image in the template folder and name it by its path there (\"crest.png\", \"images/crest.png\"), as an include is named.";

    /// <summary>Why a file named as an image cannot be used (a link out of the folder, a pipe, permission denied), as <see cref="Templates.TemplateFiles"/> says.</summary>
    internal static string ImageUnusable(string problem) =>
        $"{problem} An image a template names must be a readable file inside the template folder.";

    internal static Diagnostic ImageOutside(SourceLocation location, string url) =>
        Diagnostic.Error(TemplateImageOutside, location, url.TrimStart().StartsWith("http", StringComparison.OrdinalIgnoreCase) || url.TrimStart().StartsWith("//", StringComparison.Ordinal)
            ? $"the template loads \"{Safety.LinkPolicy.Shown(url)}\" from the web, and a report must be one self-contained file that shows the same offline and in print. Save the image in the template folder and name it by its file name (src=\"crest.png\"): Scorecard embeds it."
            : $"\"{Safety.LinkPolicy.Shown(url)}\" is outside the template folder. Copy the image into the template folder and name it by its path there (\"crest.png\", \"images/crest.png\"): Scorecard embeds it.");

    internal static Diagnostic StylesheetImported(SourceLocation location, string url) =>
        Diagnostic.Error(TemplateStylesheetImport, location,
            $"@import loads another stylesheet (\"{Safety.LinkPolicy.Shown(url)}\"), which a self-contained report cannot do. Put the styles in _styles.css, or include the file there: {{{{ include 'more.css' }}}}.");

    internal static Diagnostic CommentaryFolderNotFound(string folder) =>
        Diagnostic.Error(CommentaryFolderMissing, SourceLocation.InFile(folder),
            "the commentary folder does not exist. Create it (one <measure-id>.md per measure, and introduction.md), or leave the option out.");

    internal static Diagnostic UnknownMeasure(string file, string id, IEnumerable<string> measureIds) =>
        Diagnostic.Warning(CommentaryUnknownMeasure, SourceLocation.InFile(file),
            $"no measure has the id \"{id}\"{Suggestions.DidYouMean(id, measureIds)}, so this commentary is not in the report. Rename the file to <measure-id>.md for one of the configured measures.");

    internal static Diagnostic NotAQuarterFolder(string folder) =>
        Diagnostic.Warning(CommentaryNotAQuarter, SourceLocation.InFile(folder),
            "this commentary subfolder is not named after a quarter, so its files are never used. Name it after the quarter they are for, e.g. 2019-20Q2.");

    /// <param name="file">The commentary file that would hold it (<c>examples/commentary/answer-999.md</c>), or null when no commentary folder was given.</param>
    /// <param name="panel">Who the report is for ("Police and Crime Panel"), named in the advice.</param>
    internal static Diagnostic MissingCommentary(string measureId, string measureName, IEnumerable<string> flags, string? file, string panel = ReportInfo.DefaultPanel) =>
        Diagnostic.Warning(CommentaryMissingForException, file is null ? SourceLocation.None : SourceLocation.InFile(file),
            $"{measureName} ({measureId}) has exceptions this quarter ({string.Join(", ", flags)}) but no commentary. Add {measureId}.md to the commentary folder so the {panel} is not surprised.");

    internal static Diagnostic ChartSkipped(string measureId, string measureName, string chart) =>
        Diagnostic.Warning(ChartNotDrawn, SourceLocation.None,
            $"the {chart} chart of {measureName} ({measureId}) was left out: its values span more than one axis can show. Check the data for a value entered in the wrong units.");

    internal static Diagnostic Unreadable(string file, string message) =>
        Diagnostic.Error(CommentaryUnreadable, SourceLocation.InFile(file), $"the commentary file could not be read: it {message}");

    internal static Diagnostic FolderUnreadable(string code, string what, string folder, Exception e) =>
        Diagnostic.Error(code, SourceLocation.InFile(folder), e is UnauthorizedAccessException
            ? $"the {what} folder cannot be read: permission denied. Give Scorecard read access to it, or leave the option out."
            : $"the {what} folder cannot be read: {e.Message}");

    internal static Diagnostic NotUtf8(string file, int line) =>
        Diagnostic.Warning(CommentaryNotUtf8, SourceLocation.AtLine(file, line),
            "the file is not UTF-8 (from this line), so it was read as Windows-1252, the encoding Word and Notepad use for \"£\", \"é\" and curly quotes. Check those characters in the report, and save the file as UTF-8 to be sure.");

    internal static Diagnostic Markdown(string file, Safety.MarkdownProblem problem) => problem.IsError
        ? Diagnostic.Error(CommentaryTooDeep, SourceLocation.AtLine(file, problem.Line), problem.Message)
        : Diagnostic.Warning(CommentaryLinkRemoved, SourceLocation.AtLine(file, problem.Line), problem.Message);
}

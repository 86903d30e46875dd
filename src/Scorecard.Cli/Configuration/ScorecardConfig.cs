using NodaTime;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Rendering;

namespace Scorecard.Cli.Configuration;

/// <summary>Where the inputs are. Paths are absolute, resolved against the configuration file's folder.</summary>
/// <param name="Monthly">The monthly series: a workbook (.xlsx) or CSV, wide or long layout.</param>
/// <param name="Sheet">The sheet holding the series in a workbook, or null: then <c>Monthly</c>, else the only sheet, else the one whose header fits a layout.</param>
/// <param name="Peers">The peer-group figures (CSV or workbook), or null.</param>
/// <param name="Commentary">The folder of Markdown commentary (<c>introduction.md</c>, <c>&lt;measure-id&gt;.md</c>), or null.</param>
public sealed record DataSources(string? Monthly, string? Sheet, string? Peers, string? Commentary)
{
    public static DataSources None { get; } = new(null, null, null, null);

    /// <summary>Headings of more columns beside the months to skip (<c>data.ignoreColumns</c>).</summary>
    public IReadOnlyList<string> IgnoreColumns { get; init; } = [];

    /// <summary>The loaders' size limits (<c>data.limits</c>).</summary>
    public Excel.LoadLimits Limits { get; init; } = Excel.LoadLimits.Default;
}

/// <summary>What <c>scorecard render</c> writes, and where.</summary>
/// <param name="Folder">Absolute output folder.</param>
/// <param name="Formats">Any of <c>html</c>, <c>md</c>, <c>json</c>, <c>xlsx</c>.</param>
/// <param name="Templates">A folder of templates that override the built-in ones, or null.</param>
public sealed record OutputOptions(string Folder, IReadOnlyList<string> Formats, string? Templates, bool Pdf);

/// <summary>
/// Everything <c>scorecard.config.json</c> says about a report, with defaults for all it leaves out.
/// Immutable: command-line flags override it with <c>with</c>.
/// </summary>
/// <param name="File">The configuration file it was read from, or null when there was none.</param>
/// <param name="Priorities">The Police and Crime Plan priorities, each with its measures, in report order.</param>
/// <param name="Measures">Measures configured outside any priority.</param>
public sealed record ScorecardConfig(
    string? File,
    string Office,
    string? Force,
    string? Commissioner,
    string? Plan,
    FinancialQuarter? Quarter,
    LocalDate? Meeting,
    DataSources Data,
    PeerGroup? PeerGroup,
    OutputOptions Output,
    RuleParameters Rules,
    IReadOnlyList<Priority> Priorities,
    IReadOnlyList<Measure> Measures)
{
    public static IReadOnlyList<string> AllFormats { get; } = ["html", "md", "json", "xlsx"];

    /// <summary>The report's title: "Performance report".</summary>
    public string Title { get; init; } = ReportInfo.DefaultTitle;

    /// <summary>Who the report is for: "Police and Crime Panel"; MOPAC's "Police and Crime Committee".</summary>
    public string Panel { get; init; } = ReportInfo.DefaultPanel;

    /// <summary>The commissioner's title: "Police and Crime Commissioner"; "Deputy Mayor for Policing and Crime".</summary>
    public string CommissionerTitle { get; init; } = ReportInfo.DefaultCommissionerTitle;

    /// <summary>The office's logo, read and checked when the configuration was read; null without one.</summary>
    public OfficeLogo? Logo { get; init; }

    /// <summary>The logo's file (absolute), or null without one: render --watch reads the configuration again when it changes.</summary>
    public string? LogoFile { get; init; }

    /// <summary>The sentiment colours for the report, its charts and the workbook.</summary>
    public SentimentPalette Palette { get; init; } = SentimentPalette.Default;

    /// <summary>Where settings are in the file (JSON path and line), by key: "force", "quarter", <see cref="MeasurePeerKey"/>, ….</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; init; } = new Dictionary<string, SourceLocation>();

    public static string MeasureKey(string id) => "measure:" + id;

    public static string MeasurePeerKey(string id) => "measure:" + id + ":peer";

    public static string PeerGroupMemberKey(string force) => "peerGroup.forces:" + force;

    /// <summary>Where <paramref name="key"/> is configured; the configuration file (or nowhere) when it is not.</summary>
    public SourceLocation Where(string key) =>
        Locations.TryGetValue(key, out var location) ? location : File is null ? SourceLocation.None : SourceLocation.InFile(File);

    /// <summary>The configuration used when there is no file at all: every default, paths relative to <paramref name="workingDirectory"/>.</summary>
    public static ScorecardConfig Defaults(string workingDirectory) => new(
        null,
        "Office of the Police and Crime Commissioner",
        null,
        null,
        null,
        null,
        null,
        DataSources.None,
        null,
        new OutputOptions(Path.GetFullPath(Path.Combine(workingDirectory, "out")), AllFormats, null, false),
        RuleParameters.Default,
        [],
        []);

    /// <summary>Every configured measure: the priorities' in order, then the others.</summary>
    public IEnumerable<(Measure Measure, int? Priority)> ConfiguredMeasures =>
        Priorities.SelectMany(p => p.Measures.Select(m => (m, (int?)p.Number)))
            .Concat(Measures.Select(m => (m, (int?)null)));
}

using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Scorecard.Cli.Configuration;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Series;
using Scorecard.Excel;

namespace Scorecard.Cli;

/// <summary>Everything a command works from: the configuration, the series and peer figures, and the measures to evaluate.</summary>
internal sealed record RunInputs(
    ScorecardConfig Config,
    MeasureData Data,
    string DataFile,
    PeerData Peers,
    IReadOnlyList<(Measure Measure, int? Priority)> Measures);

/// <summary>The options every command shares.</summary>
internal sealed record CommonArguments(string? Config, string? Data, string? Quarter, string? Month);

/// <summary>Reads configuration, data and peer figures, collecting every problem in all of them.</summary>
internal static class InputLoader
{
    public const string DefaultConfigName = "scorecard.config.json";

    public static RunInputs? Load(CommonArguments arguments, string workingDirectory, DiagnosticBag diagnostics) =>
        Load(arguments, workingDirectory, diagnostics, out _);

    /// <param name="config">The configuration as read, even when the data could not be (null only when the file is not JSON at all).</param>
    public static RunInputs? Load(CommonArguments arguments, string workingDirectory, DiagnosticBag diagnostics, out ScorecardConfig? config)
    {
        // A configuration with errors still names its data, so those are checked too: one run, every
        // problem. One that is not JSON at all (or missing) names nothing: saying so once is enough.
        (config, var readable) = LoadConfig(arguments.Config, workingDirectory, diagnostics);
        if (!readable)
        {
            return null;
        }

        config ??= ScorecardConfig.Defaults(workingDirectory);

        var dataPath = arguments.Data is not null ? Path.GetFullPath(Path.Combine(workingDirectory, arguments.Data)) : config.Data.Monthly;
        if (dataPath is null)
        {
            diagnostics.Error(CliMessages.NoData, SourceLocation.None, CliMessages.NoDataText);
            return null;
        }

        var dataResult = SeriesLoader.Load(dataPath, new SeriesLoadOptions(config.Data.Sheet, config.Data.IgnoreColumns, config.Data.Limits));
        diagnostics.AddRange(dataResult.Diagnostics);

        var peers = PeerData.Empty;
        if (config.Data.Peers is { } peerPath)
        {
            var peerResult = PeerLoader.Load(peerPath, config.Data.Limits);
            diagnostics.AddRange(peerResult.Diagnostics);
            peers = peerResult.Value ?? PeerData.Empty;
        }

        if (config.Data.Commentary is { } commentary && !Directory.Exists(commentary))
        {
            diagnostics.Error(CliMessages.MissingFolder, config.Where("data.commentary"), CliMessages.MissingFolderText("commentary folder", Relative(commentary, workingDirectory)));
        }

        if (config.Output.Templates is { } templates && !Directory.Exists(templates))
        {
            diagnostics.Error(CliMessages.MissingFolder, config.Where("output.templates"), CliMessages.MissingFolderText("template folder", Relative(templates, workingDirectory)));
        }

        if (dataResult.Value is not { } data)
        {
            return null;
        }

        var (measures, catalogueDiagnostics) = MeasureCatalogue.Resolve(config, data, Path.GetFileName(dataPath));
        diagnostics.AddRange(catalogueDiagnostics);
        var inputs = new RunInputs(config, data, dataPath, peers, measures);
        InputChecks.Peers(inputs, workingDirectory, diagnostics);
        return diagnostics.HasErrors ? null : inputs;
    }

    /// <returns>The configuration (null when it could not be read), and whether there was anything readable to go on with.</returns>
    private static (ScorecardConfig? Config, bool Readable) LoadConfig(string? path, string workingDirectory, DiagnosticBag diagnostics)
    {
        string? file = path is not null ? Path.Combine(workingDirectory, path) : null;
        if (file is null)
        {
            var candidate = Path.Combine(workingDirectory, DefaultConfigName);
            if (!File.Exists(candidate))
            {
                return (ScorecardConfig.Defaults(workingDirectory), true);
            }

            file = candidate;
        }

        var result = ConfigReader.ReadFile(Path.GetFullPath(file));
        diagnostics.AddRange(result.Diagnostics);
        return (result.Value, result.Value is not null || !result.HasErrors);
    }

    public static string Relative(string path, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    /// <summary>The first and last reporting months whose quarter, and the quarter before it, exist.</summary>
    private static readonly YearMonth FirstReportable = new(1900, 7);
    private static readonly YearMonth LastReportable = new(9999, 3);

    private static bool Reportable(YearMonth month) => month >= FirstReportable && month <= LastReportable;

    private static bool Reportable(FinancialQuarter quarter) => Reportable(quarter.FirstMonth) && Reportable(quarter.LastMonth);

    /// <summary>
    /// The reporting quarter and month T: <c>--quarter</c>, else <c>--month</c>, else the
    /// configuration's quarter, else the latest complete quarter in the data. Each must have a
    /// quarter before it (the report compares the two), so 1900-01Q1 and earlier are refused.
    /// </summary>
    /// <param name="clock">Today, for data that hold no values yet (a new office's empty workbook): the report is then for the latest complete quarter.</param>
    public static (FinancialQuarter Quarter, YearMonth Month)? ResolvePeriod(CommonArguments arguments, RunInputs inputs, DiagnosticBag diagnostics, IClock clock, string workingDirectory)
    {
        if (arguments.Quarter is not null && arguments.Month is not null)
        {
            diagnostics.Error(CliMessages.Usage, SourceLocation.None, "give --quarter or --month, not both.");
            return null;
        }

        if (arguments.Quarter is { } quarterText)
        {
            if (!FinancialQuarter.TryParse(quarterText, out var quarter))
            {
                diagnostics.Error(CliMessages.Usage, SourceLocation.None, $"--quarter \"{quarterText}\" is not a financial quarter; write it as 2019-20Q2, 2019-20 Q2 or Q2 2019-20.");
                return null;
            }

            if (!Reportable(quarter))
            {
                diagnostics.Error(CliMessages.PeriodOutOfRange, SourceLocation.None, "--quarter " + CliMessages.QuarterOutOfRange(quarter.ToString()));
                return null;
            }

            InputChecks.Period(inputs, quarter.FirstMonth, quarter.LastMonth, quarter.Label, SourceLocation.None, workingDirectory, diagnostics);
            return diagnostics.HasErrors ? null : (quarter, quarter.LastMonth);
        }

        if (arguments.Month is { } monthText)
        {
            var parsed = YearMonthPattern.CreateWithInvariantCulture("uuuu-MM").Parse(monthText.Trim());
            if (!parsed.Success)
            {
                diagnostics.Error(CliMessages.Usage, SourceLocation.None, $"--month \"{monthText}\" is not a month; write it as YYYY-MM, e.g. 2019-09.");
                return null;
            }

            if (!Reportable(parsed.Value))
            {
                diagnostics.Error(CliMessages.PeriodOutOfRange, SourceLocation.None, "--month " + CliMessages.MonthOutOfRange(EnglishDates.Iso(parsed.Value)));
                return null;
            }

            InputChecks.Period(inputs, parsed.Value, parsed.Value, EnglishDates.Month(parsed.Value), SourceLocation.None, workingDirectory, diagnostics);
            return diagnostics.HasErrors ? null : (FinancialQuarter.Containing(parsed.Value), parsed.Value);
        }

        if (inputs.Config.Quarter is { } configured)
        {
            if (!Reportable(configured))
            {
                diagnostics.Error(ConfigMessages.QuarterOutOfRange, SourceLocation.AtPath(inputs.Config.File ?? DefaultConfigName, "$.quarter"),
                    "the quarter " + CliMessages.QuarterOutOfRange(configured.ToString()));
                return null;
            }

            InputChecks.Period(inputs, configured.FirstMonth, configured.LastMonth, configured.Label, inputs.Config.Where("quarter"), workingDirectory, diagnostics);
            return diagnostics.HasErrors ? null : (configured, configured.LastMonth);
        }

        var last = inputs.Data.Series.Select(s => s.LastMonth).Where(m => m is not null).Select(m => m!.Value).DefaultIfEmpty().Max();
        if (last == default)
        {
            // A new office's workbook, not filled in yet: report the latest complete quarter, so
            // the report can be seen (and says that every measure has no data yet).
            var today = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
            var current = FinancialQuarter.Containing(new YearMonth(today.Year, today.Month));
            var previous = current.Previous;
            diagnostics.Warning(CliMessages.NoValuesYet, SourceLocation.InFile(inputs.DataFile), CliMessages.NoValuesYetText(previous.Label));
            return (previous, previous.LastMonth);
        }

        if (!Reportable(last))
        {
            diagnostics.Error(CliMessages.PeriodOutOfRange, SourceLocation.InFile(inputs.DataFile),
                $"the data end in {EnglishDates.Month(last)}, outside the months Scorecard can report on ({CliMessages.ReportableMonths}); give --quarter.");
            return null;
        }

        var containing = FinancialQuarter.Containing(last);
        var latest = containing.LastMonth == last ? containing : containing.Previous;
        if (!Reportable(latest))
        {
            diagnostics.Error(CliMessages.PeriodOutOfRange, SourceLocation.InFile(inputs.DataFile),
                $"the data's latest complete quarter, {latest}, is outside the quarters Scorecard can report on ({CliMessages.ReportableMonths}); give --quarter.");
            return null;
        }

        return (latest, latest.LastMonth);
    }

    public static string Describe(YearMonth month) => EnglishDates.Month(month);

    public static string Count(int n, string singular, string plural) =>
        n.ToString("#,##0", CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural);

    public static LocalDate? ParseDate(string text) => LocalDatePattern.Iso.Parse(text) is { Success: true } r ? r.Value : null;
}

using Scorecard.Core.Diagnostics;
using Scorecard.Core.Measures;
using Scorecard.Core.Series;

namespace Scorecard.Cli.Configuration;

/// <summary>
/// The measures a run evaluates: every configured measure (in priority order), then every series
/// in the data that the configuration does not mention, with defaults inferred from its rows.
/// </summary>
public static class MeasureCatalogue
{
    public static (IReadOnlyList<(Measure Measure, int? Priority)> Measures, IReadOnlyList<Diagnostic> Diagnostics) Resolve(
        ScorecardConfig config, MeasureData data, string dataSource)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(data);
        var diagnostics = new DiagnosticBag();
        var result = new List<(Measure, int?)>();
        var configured = new HashSet<string>(StringComparer.Ordinal);
        var location = config.File is null ? SourceLocation.None : SourceLocation.InFile(Path.GetFileName(config.File));
        foreach (var (measure, priority) in config.ConfiguredMeasures)
        {
            configured.Add(measure.Id);
            result.Add((measure, priority));
            var series = data.Find(measure.Id);
            if (series is null)
            {
                diagnostics.Warning(ConfigMessages.MeasureWithoutData, location, ConfigMessages.NoData(measure.Id, dataSource));
                continue;
            }

            if (measure.Kind != MeasureKind.Ratio && series.HasRatioParts)
            {
                diagnostics.Error(ConfigMessages.KindDisagreesWithData, location, ConfigMessages.KindVsData(
                    measure.Id,
                    KindName(measure.Kind),
                    "has numerator and denominator rows",
                    "set \"kind\": \"ratio\", or give its values in a single row."));
            }
        }

        foreach (var series in data.Series.Where(s => !configured.Contains(s.MeasureId)))
        {
            var kind = Infer(series);
            var measure = Measure.Default(series.MeasureId) with
            {
                Kind = kind,
                Format = ValueFormat.DefaultFor(kind),
                Rules = config.Rules,
                RuleSet = config.RuleSet,
            };
            result.Add((measure, null));
        }

        return (result, diagnostics.Items);
    }

    /// <summary>The kind an unconfigured series gets from its rows: numerator and denominator make a ratio, a volume a mean, a margin a level, otherwise a count.</summary>
    public static MeasureKind Infer(MonthlySeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.HasRatioParts)
        {
            return MeasureKind.Ratio;
        }

        if (series.HasVolumes)
        {
            return MeasureKind.Mean;
        }

        return series.Observations.Any(o => o.Margin is not null) ? MeasureKind.Level : MeasureKind.Count;
    }

    public static string KindName(MeasureKind kind) => ConfigReader.Kinds.First(k => k.Value == kind).Key;
}

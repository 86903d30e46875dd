using NodaTime;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;
using Scorecard.Core.Spc;

namespace Scorecard.Cli.Configuration;

/// <summary>
/// What <c>validate</c> says about the "Making Data Count" measures once the data and the
/// reporting month are known: a chart with too few points for process limits, and recalculation
/// months or a baseline that fall outside the chart and so change nothing.
/// </summary>
internal static class SpcChecks
{
    public static void Check(ScorecardConfig config, IReadOnlyList<(Measure Measure, int? Priority)> measures, MeasureData data, YearMonth month, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var (measure, _) in measures.Where(m => m.Measure.RuleSet.Chart == RuleSetChart.Xmr))
        {
            // A measure with no rows at all is reported once already (SC0209).
            if (data.Find(measure.Id) is not { } series)
            {
                continue;
            }

            var spc = measure.Rules.Spc;
            var chart = XmrChart.Build(series, month, spc, measure.Polarity, measure.Target);
            if (chart.Points.Count == 0)
            {
                continue;
            }

            var location = config.Where(ScorecardConfig.MeasureKey(measure.Id));
            if (chart.Points.Count < spc.MinimumPoints)
            {
                diagnostics.Warning(ConfigMessages.SpcTooFewPoints, location, ConfigMessages.TooFewPoints(
                    measure.Id, chart.Points.Count, EnglishDates.Month(month), spc.MinimumPoints, spc.Window));
            }

            var (first, last) = (chart.Points[0].Month, chart.Points[^1].Month);
            var outside = spc.RecalculateAt.Where(m => m <= first || m > last).Distinct().Order().ToList();
            if (spc.BaselineEnd is { } end && end < first)
            {
                outside.Add(end);
            }

            if (outside.Count > 0)
            {
                diagnostics.Warning(ConfigMessages.SpcSettingOutsideChart, location, ConfigMessages.OutsideChart(
                    measure.Id, [.. outside.Select(EnglishDates.Iso)], EnglishDates.Month(first), EnglishDates.Month(last)));
            }
        }
    }
}

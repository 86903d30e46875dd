using CsCheck;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Spc;

/// <summary>Invariants of the XmR chart over random series of integers (exact in floating point).</summary>
public sealed class XmrPropertyTests
{
    private static readonly YearMonth First = new(2018, 1);

    /// <summary>8 to 48 months of integers 0..100, about one in twenty missing.</summary>
    private static readonly Gen<double?[]> Noise =
        Gen.Frequency((19, Gen.Int[0, 100].Select(i => (double?)i)), (1, Gen.Const((double?)null))).Array[8, 48];

    /// <summary>Noise with a slope and a step, so that every rule fires often enough to test.</summary>
    private static readonly Gen<double?[]> Shaped =
        Gen.Select(Noise, Gen.Int[-6, 6], Gen.Int[-80, 80], Gen.Int[0, 40], (v, slope, step, at) =>
            v.Select((x, i) => x is null ? null : (double?)(Math.Round(x.Value / 4) + 200 + (slope * i) + (i >= at ? step : 0))).ToArray());

    private static readonly Gen<double?[]> Values = Gen.OneOf(Noise, Shaped);

    /// <summary>No recalculation, or one at a random month.</summary>
    private static readonly Gen<SpcParameters> Settings =
        Gen.Int[-1, 40].Select(r => r < 0 ? SpcParameters.Default : new SpcParameters { RecalculateAt = [First.PlusMonths(r)] });

    private static XmrChart Chart(double?[] values, SpcParameters settings, Polarity polarity = Polarity.HigherIsBetter, double? target = null) =>
        XmrChart.Build(Build.Series(First, values), First.PlusMonths(values.Length - 1), settings, polarity, target);

    private static string Colours(XmrChart chart) =>
        string.Join(",", chart.Points.Select(p => $"{p.Month}:{p.Signals}:{p.Variation}")) + $"|{chart.VariationIcon}|{chart.AssuranceIcon}";

    [Fact]
    public void Adding_a_constant_changes_no_colour_or_icon()
    {
        Gen.Select(Values, Settings, Gen.Int[-500, 500], Gen.Int[150, 300]).Sample((values, settings, c, target) =>
            Colours(Chart(values, settings, target: target)) == Colours(Chart(values.Select(v => v + c).ToArray(), settings, target: target + c)));
    }

    [Fact]
    public void Scaling_by_a_positive_factor_changes_no_colour_or_icon()
    {
        var factors = new[] { 2.0, 3.0, 0.5, 10.0, 0.25, 1000.0 };
        Gen.Select(Values, Settings, Gen.Int[0, factors.Length - 1], Gen.Int[150, 300]).Sample((values, settings, f, target) =>
            Colours(Chart(values, settings, target: target)) == Colours(Chart(values.Select(v => v * factors[f]).ToArray(), settings, target: target * factors[f])));
    }

    [Fact]
    public void Turning_the_values_upside_down_and_the_polarity_round_keeps_every_colour()
    {
        Gen.Select(Values, Settings).Sample((values, settings) =>
        {
            var chart = Chart(values, settings, Polarity.HigherIsBetter);
            var mirrored = Chart(values.Select(v => -v).ToArray(), settings, Polarity.LowerIsBetter);
            return chart.Points.Select(p => p.Variation).SequenceEqual(mirrored.Points.Select(p => p.Variation));
        });
    }

    [Fact]
    public void A_neutral_measure_shows_neither_exactly_where_a_directed_one_shows_special_cause()
    {
        Gen.Select(Values, Settings).Sample((values, settings) =>
            Chart(values, settings, Polarity.Neutral).Points.Select(p => p.Variation == Variation.Neither)
                .SequenceEqual(Chart(values, settings).Points.Select(p => p.Variation != Variation.CommonCause)));
    }

    [Fact]
    public void Months_after_t_change_nothing()
    {
        Gen.Select(Values, Gen.Int[1, 12], Settings).Sample((values, extra, settings) =>
        {
            var longer = values.Concat(Enumerable.Repeat<double?>(1000, extra)).ToArray();
            var t = First.PlusMonths(values.Length - 1);
            return Colours(Chart(values, settings)) == Colours(XmrChart.Build(Build.Series(First, longer), t, settings, Polarity.HigherIsBetter));
        });
    }

    [Fact]
    public void Below_the_minimum_points_every_point_is_common_cause_and_there_are_no_icons()
    {
        Gen.Select(Values, Settings).Sample((values, settings) =>
        {
            var chart = Chart(values, settings, target: 200);
            return chart.Points.Count >= settings.MinimumPoints
                || (chart.Points.All(p => p.Signals == XmrSignals.None && !p.Lines.HasLimits)
                    && chart.VariationIcon == VariationIcon.None && chart.AssuranceIcon == AssuranceIcon.None);
        });
    }

    [Fact]
    public void Every_point_lies_in_one_period_is_judged_by_its_lines_and_every_missing_month_is_a_gap()
    {
        Gen.Select(Values, Settings).Sample((values, settings) =>
        {
            var chart = Chart(values, settings);
            return chart.Periods.Sum(p => p.PointCount) == chart.Points.Count
                && chart.Points.All(p => chart.Periods[p.Period].Months.Contains(p.Month) && p.Lines == chart.Periods[p.Period].Lines)
                && (chart.Points.Count == 0 || chart.Points.Count + chart.Gaps.Count == new MonthWindow(chart.Points[0].Month, chart.Points[^1].Month).Length);
        });
    }

    [Fact]
    public void A_rule_fires_exactly_when_the_last_point_carries_its_signal_and_the_flags_agree_with_its_colour()
    {
        Gen.Select(Values, Gen.Int[0, 2]).Sample((values, p) =>
        {
            var polarity = (Polarity)p;
            var series = Build.Series(First, values);
            var month = First.PlusMonths(values.Length - 1);
            var result = ScorecardEvaluator.MakingDataCount.Evaluate(Build.Measure(polarity: polarity), null, series, PeerData.Empty, null, month);
            var chart = result.Spc!;
            var fired = result.Flags.Where(f => f.Id != RuleIds.NoData).ToList();
            if (chart.Last is not { } last || !chart.HasLimits)
            {
                return fired.Count == 0;
            }

            var expected = new (string Id, XmrSignals Signal)[]
            {
                (RuleIds.SpcSinglePointHigh, XmrSignals.SinglePointHigh), (RuleIds.SpcSinglePointLow, XmrSignals.SinglePointLow),
                (RuleIds.SpcShiftHigh, XmrSignals.ShiftHigh), (RuleIds.SpcShiftLow, XmrSignals.ShiftLow),
                (RuleIds.SpcTrendUp, XmrSignals.TrendUp), (RuleIds.SpcTrendDown, XmrSignals.TrendDown),
                (RuleIds.SpcTwoSigmaHigh, XmrSignals.TwoSigmaHigh), (RuleIds.SpcTwoSigmaLow, XmrSignals.TwoSigmaLow),
            }.Where(r => last.Has(r.Signal)).Select(r => r.Id);
            var sentiments = fired.Select(f => f.Sentiment!.Value).ToHashSet();
            return fired.Select(f => f.Id).Order().SequenceEqual(expected.Order())
                && last.Variation switch
                {
                    Variation.CommonCause => sentiments.Count == 0,
                    Variation.Improvement => sentiments.Contains(Sentiment.Improvement),
                    Variation.Concern => sentiments.SetEquals([Sentiment.Concern]),
                    _ => sentiments.SetEquals([Sentiment.Neutral]),
                };
        });
    }
}

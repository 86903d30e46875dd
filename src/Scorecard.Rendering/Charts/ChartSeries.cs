using NodaTime;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Series;

namespace Scorecard.Rendering.Charts;

/// <summary>
/// The values the charts draw: x(m) for the monthly chart and r(m), the rolling 12-month value,
/// following the measure's kind as the dashboard key defines it (a month missing makes r(m) missing).
/// </summary>
internal static class ChartSeries
{
    public static IReadOnlyList<(YearMonth Month, double? Value)> Monthly(MonthlySeries series, MonthWindow window) =>
        series.In(window).ToList();

    public static IReadOnlyList<(YearMonth Month, double? Value)> Rolling(MonthlySeries series, MeasureKind kind, MonthWindow window) =>
        window.Months().Select(m => (m, RollingAt(series, kind, m))).ToList();

    public static double? RollingAt(MonthlySeries series, MeasureKind kind, YearMonth month)
    {
        if (kind == MeasureKind.Level)
        {
            return series.ValueAt(month);
        }

        var observations = MonthWindow.Ending(month, 12).Months().Select(m => series[m]).ToList();
        switch (kind)
        {
            case MeasureKind.Count:
                return observations.All(o => o?.RuleValue is not null) ? observations.Sum(o => o!.Value ?? o.RuleValue!.Value) : null;
            case MeasureKind.Ratio:
                if (observations.Any(o => o is null || !o.IsRatio))
                {
                    return null;
                }

                var denominator = observations.Sum(o => o!.Denominator!.Value);
                return denominator == 0 ? null : observations.Sum(o => o!.Numerator!.Value) / denominator * 100.0;
            case MeasureKind.Mean:
                if (observations.Any(o => o?.Value is null))
                {
                    return null;
                }

                if (observations.All(o => o!.Volume is not null) && observations.Sum(o => o!.Volume!.Value) > 0)
                {
                    return observations.Sum(o => o!.Value!.Value * o.Volume!.Value) / observations.Sum(o => o!.Volume!.Value);
                }

                return observations.Average(o => o!.Value!.Value);
            default:
                return null;
        }
    }

    /// <summary>Mean and sample SD (n − 1) of the present values, or nulls with fewer than two.</summary>
    public static (double? Mean, double? Sd) Stats(IEnumerable<double?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (present.Count < 2)
        {
            return (null, null);
        }

        var mean = present.Average();
        var ss = present.Sum(v => (v - mean) * (v - mean));
        return (mean, Math.Sqrt(ss / (present.Count - 1)));
    }
}

using NodaTime;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Series;

namespace Scorecard.Core.Aggregation;

/// <summary>
/// A measure's value over a run of months (a quarter, a rolling 12 months), formed by its kind
/// (spec, "Aggregation"). A value that cannot be formed is null.
/// </summary>
/// <param name="Value">The period's value: a count's sum, a ratio's Σ numerators ÷ Σ denominators × 100, a mean's (weighted) mean, a level's last month.</param>
/// <param name="Numerator">A ratio's Σ numerators, when every month has its parts.</param>
/// <param name="Denominator">A ratio's Σ denominators, when every month has its parts.</param>
/// <param name="Volume">A mean's Σ volumes, when every month has a volume.</param>
/// <param name="Margin">A level's margin of error at the period's last month, when given.</param>
public sealed record PeriodAggregate(
    MonthWindow Window,
    double? Value,
    double? Numerator = null,
    double? Denominator = null,
    double? Volume = null,
    double? Margin = null)
{
    /// <summary>The aggregate of <paramref name="series"/> over <paramref name="window"/>.</summary>
    /// <remarks>
    /// Count: the sum of x(m), every month present. Ratio: Σ numerators ÷ Σ denominators × 100
    /// when every month has both parts (a 0/0 month adds its zeros), else, for a series recorded as
    /// percentages only, the unweighted mean of the months' percentages, every month present.
    /// Mean: the mean of x(m), weighted by volume when every month has one (and they sum to more
    /// than 0), else unweighted; every month present. Level: x at the window's last month.
    /// </remarks>
    public static PeriodAggregate Over(MeasureKind kind, MonthlySeries series, MonthWindow window)
    {
        ArgumentNullException.ThrowIfNull(series);
        var observations = window.Months().Select(m => series[m]).ToList();
        var values = observations.Select(o => o?.RuleValue).ToList();
        var allPresent = values.All(v => v is not null);
        switch (kind)
        {
            case MeasureKind.Count:
                return new PeriodAggregate(window, allPresent ? values.Sum(v => v!.Value) : null);

            case MeasureKind.Ratio:
                if (observations.All(o => o is { IsRatio: true }))
                {
                    var numerator = observations.Sum(o => o!.Numerator!.Value);
                    var denominator = observations.Sum(o => o!.Denominator!.Value);
                    return new PeriodAggregate(window, denominator == 0 ? null : numerator / denominator * 100.0, numerator, denominator);
                }

                return new PeriodAggregate(window, allPresent ? values.Average(v => v!.Value) : null);

            case MeasureKind.Mean:
                if (!allPresent)
                {
                    return new PeriodAggregate(window, null);
                }

                if (observations.All(o => o!.Volume is not null) && observations.Sum(o => o!.Volume!.Value) is var volume && volume > 0)
                {
                    var weighted = observations.Sum(o => o!.RuleValue!.Value * o.Volume!.Value) / volume;
                    return new PeriodAggregate(window, weighted, Volume: volume);
                }

                return new PeriodAggregate(window, values.Average(v => v!.Value));

            case MeasureKind.Level:
                var last = observations[^1];
                return new PeriodAggregate(window, last?.RuleValue, Margin: last?.Margin);

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>r(m): the rolling 12-month value ending in <paramref name="month"/>.</summary>
    public static PeriodAggregate Rolling12(MeasureKind kind, MonthlySeries series, YearMonth month) =>
        Over(kind, series, MonthWindow.Ending(month, 12));
}

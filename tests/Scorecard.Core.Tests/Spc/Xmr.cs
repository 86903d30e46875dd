using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Spc;

/// <summary>
/// Builders for XmR tests. <see cref="Baseline"/> is 20 months from January 2020 alternating 12
/// and 10: mean 11, MR̄ 2, limits 11 ± 5.32 (5.68 to 16.32), sigma 1.7733, two-sigma lines
/// 7.4533 and 14.5467. With <see cref="FixedLines"/> every later point is judged against them.
/// </summary>
internal static class Xmr
{
    public static readonly YearMonth Start = new(2020, 1);

    public static readonly YearMonth BaselineEnd = Start.PlusMonths(19);

    public static IReadOnlyList<double?> Baseline { get; } = Enumerable.Range(0, 20).Select(i => (double?)(i % 2 == 0 ? 12 : 10)).ToList();

    /// <summary>The baseline's lines, extended to every later point.</summary>
    public static SpcParameters FixedLines { get; } = new() { BaselineEnd = BaselineEnd };

    /// <summary>The baseline followed by <paramref name="later"/>, one a month.</summary>
    public static MonthlySeries After(params double?[] later) => Build.Series(Start, Baseline.Concat(later));

    /// <summary>The last month of <see cref="After"/> with <paramref name="count"/> later values.</summary>
    public static YearMonth LastMonth(int count) => BaselineEnd.PlusMonths(count);

    public static XmrChart Chart(MonthlySeries series, SpcParameters? parameters = null, Polarity polarity = Polarity.HigherIsBetter, double? target = null) =>
        XmrChart.Build(series, series.LastMonth!.Value, parameters ?? FixedLines, polarity, target);

    /// <summary>The context the rules see for the baseline followed by <paramref name="later"/>, with fixed lines.</summary>
    public static RuleContext Context(Polarity polarity, params double?[] later) => Context(After(later), polarity);

    public static RuleContext Context(MonthlySeries series, Polarity polarity = Polarity.HigherIsBetter, SpcParameters? parameters = null, double? target = null)
    {
        var measure = Build.Measure(polarity: polarity, rules: RuleParameters.Default with { Spc = parameters ?? FixedLines }) with { Target = target };
        return new RuleContext(measure, series, series.LastMonth!.Value);
    }
}

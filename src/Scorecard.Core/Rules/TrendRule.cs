using Scorecard.Core.Evaluation;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Rules;

/// <summary>
/// <c>trend-up</c> / <c>trend-down</c>, the discrete trend: OLS of the present x(m) over
/// W(T−11..T) against the month offset; slope &gt; 0 (&lt; 0) and p &lt; α (<see cref="TrendParameters"/>).
/// A missing x(T) does not stop it.
/// </summary>
public sealed class TrendRule : IRule
{
    public static RuleDefinition Up { get; } = new(
        RuleIds.TrendUp,
        "The Discrete Trend, for the past 12 months, is significant and Increasing",
        RuleDirection.High,
        RuleGroup.ExceptionHigh,
        RuleIds.TrendDown,
        "Trend up");

    public static RuleDefinition Down { get; } = new(
        RuleIds.TrendDown,
        "The Discrete Trend, for the past 12 months, is significant and Decreasing",
        RuleDirection.Low,
        RuleGroup.ExceptionLow,
        RuleIds.TrendUp,
        "Trend down");

    public IReadOnlyList<RuleDefinition> Definitions { get; } = [Up, Down];

    public IReadOnlyList<RuleOutcome> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters.Trend;
        var stats = context.Statistics(MonthWindow.Ending(context.Month, p.Window));
        return TrendTest.Evaluate(context, Up, Down, stats, p, "months");
    }
}

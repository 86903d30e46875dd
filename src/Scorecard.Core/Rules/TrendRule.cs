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
        "Trend up", MarksMonths: false);

    public static RuleDefinition Down { get; } = new(
        RuleIds.TrendDown,
        "The Discrete Trend, for the past 12 months, is significant and Decreasing",
        RuleDirection.Low,
        RuleGroup.ExceptionLow,
        RuleIds.TrendUp,
        "Trend down", MarksMonths: false);

    public IReadOnlyList<RuleDefinition> Definitions { get; } = [Up, Down];

    public IReadOnlyList<RuleOutcome> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters.Trend;
        var stats = context.Statistics(MonthWindow.Ending(context.Month, p.Window));
        return TrendTest.Evaluate(context, Up, Down, stats, p, "months");
    }

    public string KeyText(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        return $"The Discrete Trend, for the past {parameters.Trend.Window} months, is significant and {(definition.Id == RuleIds.TrendUp ? "Increasing" : "Decreasing")}";
    }

    public string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        return $"Over the past {KeyWords.Months(parameters.Trend.Window)} the monthly figures have {(definition.Id == RuleIds.TrendUp ? "risen" : "fallen")} steadily, more than chance would explain.";
    }

    public string Detail(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"α {KeyWords.Alpha(parameters.Trend.Alpha)}";
    }
}

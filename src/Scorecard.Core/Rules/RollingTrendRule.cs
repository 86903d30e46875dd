using Scorecard.Core.Aggregation;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Rules;

/// <summary>
/// <c>rolling-trend-up</c> / <c>rolling-trend-down</c>: the trend test on r(m), the rolling
/// 12-month value ending in each month m of W(T−11..T) (<see cref="PeriodAggregate.Rolling12"/>).
/// r(m) is missing unless all 12 of its months are present. A level measure's r(m) is x(m), so its
/// rolling trend would repeat its discrete trend on the same numbers and count one piece of evidence
/// twice: for levels both rules are not evaluated, with <see cref="LevelReason"/> (spec).
/// </summary>
public sealed class RollingTrendRule : IRule
{
    public static RuleDefinition Up { get; } = new(
        RuleIds.RollingTrendUp,
        "The Rolling 12-month trend, for the past 12 months, is significant and Increasing",
        RuleDirection.High,
        RuleGroup.ExceptionHigh,
        RuleIds.RollingTrendDown,
        "Rolling trend up");

    public static RuleDefinition Down { get; } = new(
        RuleIds.RollingTrendDown,
        "The Rolling 12-month trend, for the past 12 months, is significant and Decreasing",
        RuleDirection.Low,
        RuleGroup.ExceptionLow,
        RuleIds.RollingTrendUp,
        "Rolling trend down");

    /// <summary>Why a level measure's rolling trend is not evaluated (the spec's words).</summary>
    public const string LevelReason = "a level measure's monthly figure is already its 12-month figure: see the discrete trend";

    public IReadOnlyList<RuleDefinition> Definitions { get; } = [Up, Down];

    public IReadOnlyList<RuleOutcome> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters.RollingTrend;
        var kind = context.Measure.Kind;
        if (kind == Measures.MeasureKind.Level)
        {
            return [RuleContext.NotEvaluated(Up, LevelReason, Evidence.None), RuleContext.NotEvaluated(Down, LevelReason, Evidence.None)];
        }

        var stats = WindowStatistics.Of(
            MonthWindow.Ending(context.Month, p.Window),
            m => PeriodAggregate.Rolling12(kind, context.Series, m).Value);
        return TrendTest.Evaluate(context, Up, Down, stats, p, "rolling 12-month values");
    }
}

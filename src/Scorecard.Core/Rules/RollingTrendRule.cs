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
        "Rolling trend up", MarksMonths: false);

    public static RuleDefinition Down { get; } = new(
        RuleIds.RollingTrendDown,
        "The Rolling 12-month trend, for the past 12 months, is significant and Decreasing",
        RuleDirection.Low,
        RuleGroup.ExceptionLow,
        RuleIds.RollingTrendUp,
        "Rolling trend down", MarksMonths: false);

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
            var why = new NotEvaluatedReason(ReasonCodes.LevelRollingTrend, LevelReason);
            return [RuleContext.NotEvaluated(Up, why, Evidence.None), RuleContext.NotEvaluated(Down, why, Evidence.None)];
        }

        var stats = WindowStatistics.Of(
            MonthWindow.Ending(context.Month, p.Window),
            m => PeriodAggregate.Rolling12(kind, context.Series, m).Value);
        return TrendTest.Evaluate(context, Up, Down, stats, p, "rolling 12-month values");
    }

    public string KeyText(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        return $"The Rolling 12-month trend, for the past {parameters.RollingTrend.Window} months, is significant and {(definition.Id == RuleIds.RollingTrendUp ? "Increasing" : "Decreasing")}";
    }

    public string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        return $"Over the past {KeyWords.Months(parameters.RollingTrend.Window)} the rolling 12-month figures have {(definition.Id == RuleIds.RollingTrendUp ? "risen" : "fallen")} steadily: a weaker sign than the monthly trend.";
    }

    public string Detail(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"α {KeyWords.Alpha(parameters.RollingTrend.Alpha)}";
    }
}

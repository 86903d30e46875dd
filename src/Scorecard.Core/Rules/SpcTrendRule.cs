using Scorecard.Core.Evaluation;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Rules;

/// <summary>
/// <c>spc-trend-up</c> / <c>spc-trend-down</c>: the last point ends a run of at least
/// <see cref="SpcParameters.TrendLength"/> (6) points in a row, each higher (lower) than the one
/// before. An equal value ends the run; the trend ignores the mean, the limits and recalculations.
/// </summary>
public sealed class SpcTrendRule : XmrRule
{
    public static RuleDefinition Up { get; } = new(
        RuleIds.SpcTrendUp,
        "A run of 6 or more points in a row, each higher than the one before",
        RuleDirection.High,
        RuleGroup.ExceptionHigh,
        RuleIds.SpcTrendDown,
        "Rising trend");

    public static RuleDefinition Down { get; } = new(
        RuleIds.SpcTrendDown,
        "A run of 6 or more points in a row, each lower than the one before",
        RuleDirection.Low,
        RuleGroup.ExceptionLow,
        RuleIds.SpcTrendUp,
        "Falling trend");

    public SpcTrendRule()
        : base(Up, Down, XmrSignals.TrendUp, XmrSignals.TrendDown)
    {
    }

    protected override Evidence EvidenceFor(XmrChart chart, XmrPoint last, bool high, bool fired) =>
        Common(chart, last) with
        {
            Tested = fired
                ? RunToLast(chart, (earlier, later) => high ? Threshold.IsAbove(later.Value, earlier.Value) : Threshold.IsBelow(later.Value, earlier.Value))
                : LastPoints(chart, chart.Parameters.TrendLength),
        };

    public override string KeyText(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        return $"A run of {parameters.Spc.TrendLength} or more points in a row, each {(definition.Id == RuleIds.SpcTrendUp ? "higher" : "lower")} than the one before";
    }

    public override string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        return $"The latest {KeyWords.Count(parameters.Spc.TrendLength)} or more points have each been {(definition.Id == RuleIds.SpcTrendUp ? "higher" : "lower")} than the one before: a trend, not chance.";
    }

    public override string Detail(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"{parameters.Spc.TrendLength} points";
    }
}

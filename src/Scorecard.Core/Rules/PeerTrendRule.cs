using Scorecard.Core.Evaluation;

namespace Scorecard.Core.Rules;

/// <summary>
/// <c>peers-trend-differs</c>: the force's change over the 12 months to the comparison month and
/// the group average's change have opposite signs and differ by more than d percentage points
/// (<see cref="PeerParameters.TrendDifference"/>). Not evaluated without figures 12 months earlier.
/// </summary>
public sealed class PeerTrendRule : IRule
{
    public static RuleDefinition Definition { get; } = new(
        RuleIds.PeersTrendDiffers, "Does not trend with Peers", RuleDirection.None, RuleGroup.Peers, null, "Does not trend with peers");

    public IReadOnlyList<RuleDefinition> Definitions { get; } = [Definition];

    public IReadOnlyList<RuleOutcome> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = context.Peers;
        if (result.Comparison is not { } c)
        {
            return [RuleContext.NotEvaluated(Definition, result.Reason!, Evidence.None)];
        }

        var d = context.Parameters.Peers.TrendDifference;
        var evidence = new Evidence(
            Mean: c.GroupMean,
            Value: c.ForceValue,
            Threshold: d,
            ComparisonMonth: c.ComparisonMonth,
            PeerCount: result.PeerCount,
            ForceChangePercent: c.ForceChangePercent,
            GroupChangePercent: c.GroupChangePercent);
        if (result.TrendReason is not null || c.ForceChangePercent is not { } force || c.GroupChangePercent is not { } group)
        {
            return [RuleContext.NotEvaluated(Definition, result.TrendReason ?? new(ReasonCodes.NoPeerChange, "no change to compare"), evidence)];
        }

        var opposite = (Threshold.IsAbove(force, 0) && Threshold.IsBelow(group, 0)) || (Threshold.IsBelow(force, 0) && Threshold.IsAbove(group, 0));
        return [context.Decide(Definition, opposite && Threshold.IsAbove(Math.Abs(force - group), d), evidence)];
    }

    public string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"Moving the opposite way to similar forces over the past year, by more than {KeyWords.Number(parameters.Peers.TrendDifference)} percentage points.";
    }

    public string Detail(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"over {KeyWords.Number(parameters.Peers.TrendDifference)} pp";
    }
}

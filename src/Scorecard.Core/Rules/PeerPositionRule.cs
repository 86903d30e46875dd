using Scorecard.Core.Evaluation;

namespace Scorecard.Core.Rules;

/// <summary>
/// The four level symbols of the peer comparison: greater than, in line (above or below
/// average), less than peers, with v the force's value and μ ± k·σ the group's band
/// (<see cref="PeerParameters"/>). Exactly one fires whenever they are evaluated.
/// </summary>
public sealed class PeerPositionRule : IRule
{
    public static RuleDefinition Above { get; } = new(
        RuleIds.PeersAbove, "Greater than Peers", RuleDirection.High, RuleGroup.Peers, RuleIds.PeersBelow, "Greater than peers");

    public static RuleDefinition InLineAbove { get; } = new(
        RuleIds.PeersInLineAbove, "In Line with Peers (above average)", RuleDirection.High, RuleGroup.Peers, RuleIds.PeersInLineBelow, "In line, above average");

    public static RuleDefinition InLineBelow { get; } = new(
        RuleIds.PeersInLineBelow, "In Line with Peers (below average)", RuleDirection.Low, RuleGroup.Peers, RuleIds.PeersInLineAbove, "In line, below average");

    public static RuleDefinition Below { get; } = new(
        RuleIds.PeersBelow, "Less than Peers", RuleDirection.Low, RuleGroup.Peers, RuleIds.PeersAbove, "Less than peers");

    public IReadOnlyList<RuleDefinition> Definitions { get; } = [Above, InLineAbove, InLineBelow, Below];

    public IReadOnlyList<RuleOutcome> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = context.Peers;
        if (result.Comparison is not { } c)
        {
            return Definitions.Select(d => RuleContext.NotEvaluated(d, result.Reason!, Evidence.None)).ToList();
        }

        var k = context.Parameters.Peers.K;
        var upper = c.GroupMean + (k * c.GroupSd);
        var lower = c.GroupMean - (k * c.GroupSd);
        var evidence = new Evidence(
            Mean: c.GroupMean,
            Sd: c.GroupSd,
            Value: c.ForceValue,
            K: k,
            ComparisonMonth: c.ComparisonMonth,
            PeerCount: result.PeerCount,
            LowerThreshold: lower,
            UpperThreshold: upper);

        // The band's edges are tested first, so that exactly one symbol fires: a value on μ + k·σ is
        // in line (above), on μ − k·σ in line (below), on μ in line (above).
        var fired =
            Threshold.IsAbove(c.ForceValue, upper) ? Above
            : Threshold.IsBelow(c.ForceValue, lower) ? Below
            : Threshold.IsBelow(c.ForceValue, c.GroupMean) ? InLineBelow
            : InLineAbove;
        return
        [
            context.Decide(Above, fired == Above, evidence with { Threshold = upper }),
            context.Decide(InLineAbove, fired == InLineAbove, evidence with { Threshold = c.GroupMean }),
            context.Decide(InLineBelow, fired == InLineBelow, evidence with { Threshold = c.GroupMean }),
            context.Decide(Below, fired == Below, evidence with { Threshold = lower }),
        ];
    }

    public string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Id switch
        {
            RuleIds.PeersAbove => "Well above similar forces: further above their average than forces usually differ.",
            RuleIds.PeersInLineAbove => "Close to similar forces, a little above their average.",
            RuleIds.PeersInLineBelow => "Close to similar forces, a little below their average.",
            _ => "Well below similar forces: further below their average than forces usually differ.",
        };
    }

    public string Detail(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"±{KeyWords.Number(parameters.Peers.K)} SD";
    }
}

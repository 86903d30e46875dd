namespace Scorecard.Core.Evaluation;

/// <summary>
/// One rule's result for one measure at one reporting month: its status, why it was not
/// evaluated (when it was not), the evidence, and, when fired, what it means for the measure.
/// </summary>
/// <param name="Reason">Why the rule was not evaluated ("14 of 24 months present", "August 2019 missing"); null otherwise.</param>
/// <param name="Sentiment">The fired flag's sentiment given the measure's polarity; null unless fired.</param>
/// <param name="Why">The reason with its code and figures, when the rule was not evaluated.</param>
public sealed record RuleOutcome(
    RuleDefinition Rule,
    RuleStatus Status,
    string? Reason,
    Evidence Evidence,
    Sentiment? Sentiment,
    NotEvaluatedReason? Why = null)
{
    /// <summary>The reason's code (<see cref="ReasonCodes"/>), or null when the rule was evaluated.</summary>
    public string? ReasonCode => Why?.Code;

    public string Id => Rule.Id;

    public bool Fired => Status == RuleStatus.Fired;
}

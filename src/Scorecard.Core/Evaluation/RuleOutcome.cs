namespace Scorecard.Core.Evaluation;

/// <summary>
/// One rule's result for one measure at one reporting month: its status, why it was not
/// evaluated (when it was not), the evidence, and, when fired, what it means for the measure.
/// </summary>
/// <param name="Reason">Why the rule was not evaluated ("14 of 24 months present", "August 2019 missing"); null otherwise.</param>
/// <param name="Sentiment">The fired flag's sentiment given the measure's polarity; null unless fired.</param>
public sealed record RuleOutcome(
    RuleDefinition Rule,
    RuleStatus Status,
    string? Reason,
    Evidence Evidence,
    Sentiment? Sentiment)
{
    public string Id => Rule.Id;

    public bool Fired => Status == RuleStatus.Fired;
}

using Scorecard.Core.Measures;

namespace Scorecard.Core.Evaluation;

/// <summary>
/// One symbol of the dashboard key: its stable id (<c>spike-high</c>), the key's own words,
/// which way it points, and where the key lists it.
/// </summary>
/// <param name="Id">Stable kebab-case id, a contract with other tools.</param>
/// <param name="KeyText">The key's words, as the reference report prints them.</param>
/// <param name="Mirror">The id of the rule's mirror (<c>spike-low</c> for <c>spike-high</c>), or null.</param>
/// <param name="ShortLabel">A few words for tables and chart legends: "Spike above".</param>
/// <param name="MarksMonths">True when the symbol is about particular months (its evidence's tested months are marked on a chart); false for a trend, which is about the whole window.</param>
public sealed record RuleDefinition(
    string Id,
    string KeyText,
    RuleDirection Direction,
    RuleGroup Group,
    string? Mirror,
    string ShortLabel,
    bool MarksMonths = true)
{
    /// <summary>
    /// What this symbol means when it fires on a measure of <paramref name="polarity"/> (spec,
    /// "Polarity and sentiment"): a high flag is an improvement when higher is better, a concern
    /// when lower is better, neutral otherwise; a low flag mirrors that; a rule with no direction
    /// asks for attention.
    /// </summary>
    public Sentiment SentimentFor(Polarity polarity) => (Direction, polarity) switch
    {
        (RuleDirection.None, _) => Sentiment.Attention,
        (_, Polarity.Neutral) => Sentiment.Neutral,
        (RuleDirection.High, Polarity.HigherIsBetter) or (RuleDirection.Low, Polarity.LowerIsBetter) => Sentiment.Improvement,
        _ => Sentiment.Concern,
    };
}

using Scorecard.Core.Evaluation;

namespace Scorecard.Core.Rules;

/// <summary>
/// One rule of a rule set: usually a rule and its mirror (<c>spike-high</c> and <c>spike-low</c>),
/// which share one parameter set and one status when not evaluated.
/// </summary>
public interface IRule
{
    /// <summary>The key symbols this rule decides, each of which <see cref="Evaluate"/> returns one outcome for.</summary>
    IReadOnlyList<RuleDefinition> Definitions { get; }

    /// <summary>One outcome per definition, in the order of <see cref="Definitions"/>.</summary>
    IReadOnlyList<RuleOutcome> Evaluate(RuleContext context);

    /// <summary>
    /// The key's words for one of this rule's symbols with these parameters: the reference
    /// report's own at the defaults ("The last 8 months…"), its numbers otherwise ("The last 6
    /// months…"), so the key, the prose and the appendix always say the same.
    /// </summary>
    string KeyText(RuleDefinition definition, RuleParameters parameters) => definition.KeyText;

    /// <summary>One plain sentence for a reader who is not a statistician, with the parameters' numbers.</summary>
    string Meaning(RuleDefinition definition, RuleParameters parameters) => definition.KeyText;

    /// <summary>The test's parameters in a few words, for the appendix: "±2 SD", "3 months, ±1 SD", "α 0.05".</summary>
    string Detail(RuleParameters parameters) => string.Empty;
}

/// <summary>
/// A rule that, when it fires, leaves every other rule of the set not evaluated
/// (<c>no-data</c>: "no data in the 12 months to September 2019").
/// </summary>
public interface ISuppressingRule : IRule
{
    /// <summary>The reason the other rules give when this rule fires.</summary>
    NotEvaluatedReason SuppressionReason(RuleContext context);
}

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
}

/// <summary>
/// A rule that, when it fires, leaves every other rule of the set not evaluated
/// (<c>no-data</c>: "no data in the 12 months to September 2019").
/// </summary>
public interface ISuppressingRule : IRule
{
    /// <summary>The reason the other rules give when this rule fires.</summary>
    string SuppressionReason(RuleContext context);
}

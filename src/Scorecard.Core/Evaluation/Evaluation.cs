using NodaTime;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;

namespace Scorecard.Core.Evaluation;

/// <summary>A whole report's evaluation: the quarter, the reporting month T, and every measure's result.</summary>
/// <param name="Month">T, the month the rules were evaluated at: the quarter's last month unless a month was asked for.</param>
/// <param name="RuleSets">The rule sets the measures were judged by, in the order they first appear (the report gives each its key).</param>
public sealed record ScorecardEvaluation(
    FinancialQuarter Quarter,
    YearMonth Month,
    IReadOnlyList<MeasureResult> Measures,
    IReadOnlyList<RuleSet> RuleSets)
{
    /// <summary>Every symbol of every set in use, set by set, each in its key's order.</summary>
    public IReadOnlyList<RuleDefinition> Key => RuleSets.SelectMany(s => s.Key).ToList();
}

using NodaTime;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Evaluation;

/// <summary>A whole report's evaluation: the quarter, the reporting month T, and every measure's result.</summary>
/// <param name="Month">T, the month the rules were evaluated at: the quarter's last month unless a month was asked for.</param>
public sealed record ScorecardEvaluation(
    FinancialQuarter Quarter,
    YearMonth Month,
    IReadOnlyList<MeasureResult> Measures,
    IReadOnlyList<RuleDefinition> Key);

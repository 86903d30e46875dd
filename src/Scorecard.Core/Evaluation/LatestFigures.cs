using NodaTime;

namespace Scorecard.Core.Evaluation;

/// <summary>
/// A measure's 12-month figures at the last month with data, L ≤ T. Survey results, collision
/// figures and court outcomes often lag the reporting month T ("77.7 per cent, 12 months to June
/// 2019" in a September report); the figures at T are then null, and these are what a report
/// prints instead, saying which month they run to. When L = T they equal the figures at T.
/// </summary>
/// <param name="Month">L: the last month up to T with a value recorded.</param>
/// <param name="Rolling12">r(L): the 12 months to L (a level's value at L).</param>
/// <param name="PreviousRolling12">r(L−12): the 12 months before those.</param>
/// <param name="ChangeAbsolute">r(L) − r(L−12).</param>
/// <param name="ChangePercent">(r(L) − r(L−12)) ÷ r(L−12) × 100; null when r(L−12) is 0.</param>
/// <param name="Margin">A level's margin of error at L, when given.</param>
/// <param name="Numerator">A ratio's Σ numerators over the 12 months to L, when every month has its parts.</param>
/// <param name="Denominator">A ratio's Σ denominators over the 12 months to L.</param>
public sealed record LatestFigures(
    YearMonth Month,
    double? Rolling12,
    double? PreviousRolling12,
    double? ChangeAbsolute,
    double? ChangePercent,
    double? Margin = null,
    double? Numerator = null,
    double? Denominator = null);

using Scorecard.Core.Periods;

namespace Scorecard.Core.Evaluation;

/// <summary>
/// A measure's headline figures for the reporting quarter (spec, "Aggregation"). A figure that
/// cannot be computed (a month missing, a denominator of zero) is null.
/// </summary>
/// <param name="Quarter">The reporting quarter's value.</param>
/// <param name="PreviousQuarter">The quarter before's value.</param>
/// <param name="Rolling12">r(T): the 12 months to the reporting month.</param>
/// <param name="PreviousRolling12">r(T−12): the 12 months before those.</param>
/// <param name="ChangeAbsolute">r(T) − r(T−12).</param>
/// <param name="ChangePercent">(r(T) − r(T−12)) ÷ r(T−12) × 100; null when r(T−12) is 0.</param>
/// <param name="Margin">For a level measure, the margin of error carried with its value (± percentage points), when given.</param>
/// <param name="LatestMonthValue">x(T), the reporting month's own value.</param>
/// <param name="QuarterMonths">The months <see cref="Quarter"/> covers: the three months ending T (the financial quarter when T is its last month).</param>
/// <param name="PreviousQuarterMonths">The months <see cref="PreviousQuarter"/> covers: the three before <see cref="QuarterMonths"/>.</param>
/// <param name="PreviousQuarterRolling12">r at the last month of <see cref="PreviousQuarterMonths"/> (T−3): the rolling 12 months as they stood a quarter ago ("Q1: 10,952 – 43,523 rolling 12 months").</param>
/// <param name="Latest">The 12-month figures at the last month with data, L ≤ T; always filled when the series has a month up to T (equal to the figures at T when L = T), null otherwise.</param>
/// <param name="SameQuarterLastYear">The value of the same three months a year earlier (the three months ending T−12), by the same aggregation as <see cref="Quarter"/>.</param>
public sealed record MeasureFigures(
    double? Quarter,
    double? PreviousQuarter,
    double? Rolling12,
    double? PreviousRolling12,
    double? ChangeAbsolute,
    double? ChangePercent,
    double? Margin = null,
    double? LatestMonthValue = null,
    double? QuarterNumerator = null,
    double? QuarterDenominator = null,
    double? Rolling12Numerator = null,
    double? Rolling12Denominator = null,
    double? QuarterVolume = null,
    double? Rolling12Volume = null,
    MonthWindow? QuarterMonths = null,
    MonthWindow? PreviousQuarterMonths = null,
    double? PreviousQuarterRolling12 = null,
    LatestFigures? Latest = null,
    double? SameQuarterLastYear = null)
{
    /// <summary>True when the data stop before T, so that <see cref="Latest"/> says more than the figures at T.</summary>
    public bool Lags(NodaTime.YearMonth month) => Latest is { } latest && latest.Month < month;
}

using NodaTime;

namespace Scorecard.Core.Series;

/// <summary>
/// What was recorded for one measure in one month. Which parts are present depends on the
/// measure's kind: a count or level has <see cref="Value"/>; a ratio has <see cref="Numerator"/>
/// and <see cref="Denominator"/>; a mean has <see cref="Value"/> and may have <see cref="Volume"/>
/// (the weight); a level may carry its <see cref="Margin"/> of error.
/// </summary>
public sealed record MonthlyObservation(
    YearMonth Month,
    double? Value = null,
    double? Numerator = null,
    double? Denominator = null,
    double? Volume = null,
    double? Margin = null)
{
    /// <summary>True when the observation holds a numerator and a denominator.</summary>
    public bool IsRatio => Numerator is not null && Denominator is not null;

    /// <summary>
    /// x(m), the value the rules use: for a ratio, numerator ÷ denominator × 100 (missing when
    /// both are 0: nothing to measure); otherwise <see cref="Value"/>.
    /// </summary>
    public double? RuleValue => IsRatio
        ? (Denominator!.Value == 0 ? null : Numerator!.Value / Denominator.Value * 100.0)
        : Value;
}

namespace Scorecard.Core.Measures;

/// <summary>How a measure's months combine into quarter and rolling 12-month values (spec, "Aggregation").</summary>
public enum MeasureKind
{
    /// <summary>Crimes, incidents, arrests, hours: the quarter is the sum of its months.</summary>
    Count,

    /// <summary>A percentage with a numerator and a denominator: Σ numerators ÷ Σ denominators × 100.</summary>
    Ratio,

    /// <summary>An average (response time, days lost): the mean of monthly means, weighted by volume when given.</summary>
    Mean,

    /// <summary>A figure already for a period (a survey result): the value of the period's last month.</summary>
    Level,
}

namespace Scorecard.Core.Measures;

/// <summary>Which direction is good news for a measure. A judgement the office makes, not a statistic.</summary>
public enum Polarity
{
    /// <summary>No direction is good or bad in itself (e.g. domestic abuse: a rise can mean more victims come forward).</summary>
    Neutral,

    HigherIsBetter,

    LowerIsBetter,
}

namespace Scorecard.Core.Rules;

/// <summary>
/// The key's strict comparisons (spec, "Comparisons are strict"): a value within
/// 1e-9 × max(1, |threshold|) of a threshold is on it, and a value on a threshold does not fire.
/// </summary>
public static class Threshold
{
    /// <summary>The distance within which a value counts as on <paramref name="threshold"/>.</summary>
    public static double Tolerance(double threshold) => 1e-9 * Math.Max(1.0, Math.Abs(threshold));

    /// <summary>True when <paramref name="value"/> is above <paramref name="threshold"/> by more than the tolerance.</summary>
    public static bool IsAbove(double value, double threshold) => value - threshold > Tolerance(threshold);

    /// <summary>True when <paramref name="value"/> is below <paramref name="threshold"/> by more than the tolerance.</summary>
    public static bool IsBelow(double value, double threshold) => threshold - value > Tolerance(threshold);
}

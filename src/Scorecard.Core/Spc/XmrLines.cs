namespace Scorecard.Core.Spc;

/// <summary>
/// The lines of one calculation period of an XmR chart: the mean, the mean moving range (MR̄),
/// the process limits mean ± 2.66 × MR̄, sigma (2.66 × MR̄ ÷ 3, the guide's MR̄ ÷ 1.128 to within
/// 0.01 %) and the two-sigma lines. Every line but the mean is null when the chart has too few
/// points for limits, or when the period's lines come from a single point (no moving range).
/// </summary>
/// <param name="Mean">The arithmetic mean of the values the lines were computed from.</param>
/// <param name="MovingRangeMean">MR̄: the mean of |xᵢ − xᵢ₋₁| over consecutive pairs of those values.</param>
/// <param name="UpperLimit">The upper process limit, mean + 2.66 × MR̄.</param>
/// <param name="LowerLimit">The lower process limit, mean − 2.66 × MR̄ (it may be below zero).</param>
/// <param name="Sigma">2.66 × MR̄ ÷ 3: one third of the distance from the mean to a limit.</param>
/// <param name="UpperTwoSigma">mean + 2 × sigma.</param>
/// <param name="LowerTwoSigma">mean − 2 × sigma.</param>
public readonly record struct XmrLines(
    double Mean,
    double? MovingRangeMean = null,
    double? UpperLimit = null,
    double? LowerLimit = null,
    double? Sigma = null,
    double? UpperTwoSigma = null,
    double? LowerTwoSigma = null)
{
    /// <summary>The scaling constant of the Making Data Count tools: limits are mean ± 2.66 × MR̄.</summary>
    public const double LimitFactor = 2.66;

    /// <summary>True when the lines include process limits.</summary>
    public bool HasLimits => UpperLimit is not null;

    /// <summary>
    /// The lines of <paramref name="values"/> (consecutive points of one period, in order): the
    /// mean only when <paramref name="withLimits"/> is false or there is a single value.
    /// </summary>
    public static XmrLines Of(IReadOnlyList<double> values, bool withLimits)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        var mean = values.Sum() / values.Count;
        if (!withLimits || values.Count < 2)
        {
            return new XmrLines(mean);
        }

        var movingRanges = 0.0;
        for (var i = 1; i < values.Count; i++)
        {
            movingRanges += Math.Abs(values[i] - values[i - 1]);
        }

        var mrBar = movingRanges / (values.Count - 1);
        var spread = LimitFactor * mrBar;
        var sigma = spread / 3;
        return new XmrLines(mean, mrBar, mean + spread, mean - spread, sigma, mean + (2 * sigma), mean - (2 * sigma));
    }
}

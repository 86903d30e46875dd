using NodaTime;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Evaluation;

/// <summary>A month and the value the rule compared for it.</summary>
public sealed record EvidencePoint(YearMonth Month, double? Value);

/// <summary>
/// Everything needed to check a rule's outcome by hand. Fields a rule does not use are null.
/// </summary>
/// <param name="Window">The months the statistics were computed over ("2017-09..2019-08").</param>
/// <param name="N">Present values in <see cref="Window"/>.</param>
/// <param name="Mean">Mean of the present values in the window.</param>
/// <param name="Sd">Sample standard deviation (n − 1) of the present values.</param>
/// <param name="Threshold">The line the tested values must pass (mean + k·sd for a high rule, mean − k·sd for a low one).</param>
/// <param name="Value">The single value tested (x(T) for spikes; the force's value for peers).</param>
/// <param name="Tested">Every tested month with its value (shifts, runs, trends).</param>
/// <param name="Slope">OLS slope per month (trend rules).</param>
/// <param name="Intercept">OLS intercept at month offset 0, that is at T (trend rules).</param>
/// <param name="StandardError">Standard error of the slope.</param>
/// <param name="T">t statistic, slope ÷ standard error.</param>
/// <param name="Df">Degrees of freedom, n − 2.</param>
/// <param name="P">Two-sided p-value.</param>
/// <param name="Alpha">Significance level the p-value was compared with.</param>
/// <param name="K">SD multiplier used for the threshold (XmR rules: the multiple of sigma, 3 for a process limit, 2 for a two-sigma line).</param>
/// <param name="ComparisonMonth">Peer rules: the month whose 12-month figures were compared.</param>
/// <param name="PeerCount">Peer rules: forces in the comparison, the force included when it counts.</param>
/// <param name="ForceChangePercent">Peer trend: the force's change over 12 months, per cent.</param>
/// <param name="GroupChangePercent">Peer trend: the group average's change over 12 months, per cent.</param>
/// <param name="Lines">XmR rules: the lines of the last point's calculation period (mean, MR̄, limits, sigma, two-sigma lines).</param>
public sealed record Evidence(
    string? Window = null,
    int? N = null,
    double? Mean = null,
    double? Sd = null,
    double? Threshold = null,
    double? Value = null,
    IReadOnlyList<EvidencePoint>? Tested = null,
    double? Slope = null,
    double? Intercept = null,
    double? StandardError = null,
    double? T = null,
    int? Df = null,
    double? P = null,
    double? Alpha = null,
    double? K = null,
    YearMonth? ComparisonMonth = null,
    int? PeerCount = null,
    double? LowerThreshold = null,
    double? UpperThreshold = null,
    double? ForceChangePercent = null,
    double? GroupChangePercent = null,
    XmrLines? Lines = null)
{
    public static Evidence None { get; } = new();
}

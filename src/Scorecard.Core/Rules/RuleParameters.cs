using System.Globalization;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Rules;

/// <summary>Where a rule's 24-month window ends (spec, "Notes on the wording").</summary>
public enum WindowAlignment
{
    /// <summary>The window ends the month before the earliest tested month (T−1 for spikes, T−3 for shifts, T−8 for runs).</summary>
    Previous,

    /// <summary>The window ends at T, the reporting month, and so includes the tested months.</summary>
    Trailing,
}

/// <summary>How the peer group's average is formed.</summary>
public enum PeerAverage
{
    /// <summary>The arithmetic mean of the forces' values.</summary>
    Mean,

    /// <summary>Σ count ÷ Σ population, where populations are given.</summary>
    Weighted,
}

/// <summary><c>spike-high</c> / <c>spike-low</c>: the last month against the 24-month average ± k SD.</summary>
public sealed record SpikeParameters(int Window = 24, double K = 2, WindowAlignment Alignment = WindowAlignment.Previous);

/// <summary><c>shift-high</c> / <c>shift-low</c>: the last <see cref="Length"/> months all beyond the average ± k SD.</summary>
public sealed record ShiftParameters(int Length = 3, int Window = 24, double K = 1, WindowAlignment Alignment = WindowAlignment.Trailing);

/// <summary><c>run-above</c> / <c>run-below</c>: the last <see cref="Length"/> months all above or below the average.</summary>
public sealed record RunParameters(int Length = 8, int Window = 24, WindowAlignment Alignment = WindowAlignment.Trailing);

/// <summary>The discrete and rolling 12-month trend tests: OLS slope, two-sided p against α.</summary>
public sealed record TrendParameters(int Window = 12, double Alpha = 0.05);

/// <summary><c>no-data</c>: no value in the last <see cref="Window"/> months.</summary>
public sealed record NoDataParameters(int Window = 12);

/// <summary>The peer rules: the force against its most similar group.</summary>
/// <param name="K">SD multiplier separating "in line with" from "greater/less than" peers.</param>
/// <param name="TrendDifference">Percentage points by which the force's and the group's 12-month changes must differ for <c>peers-trend-differs</c>.</param>
/// <param name="IncludeSelf">Whether the force's own value counts in the group's mean and SD (HMIC's convention: yes).</param>
/// <param name="MaxLagMonths">How far before T the comparison month may be before the peer rules are not evaluated.</param>
/// <param name="MinimumPeerShare">The share of peers that must have a value for a month to be the comparison month.</param>
public sealed record PeerParameters(
    double K = 1,
    double TrendDifference = 5,
    bool IncludeSelf = true,
    PeerAverage Average = PeerAverage.Mean,
    int MaxLagMonths = 12,
    double MinimumPeerShare = 0.5);

/// <summary>A problem with a rule parameter, at a dotted path relative to the parameter block ("spike.k").</summary>
public sealed record ParameterProblem(string Path, string Message)
{
    /// <summary>The problem of a count of months (a window, a length) below <paramref name="minimum"/> or above <see cref="RuleParameters.MaximumMonths"/>; null when it is within both.</summary>
    internal static ParameterProblem? OfMonths(string path, int value, int minimum) =>
        value < minimum ? new(path, string.Create(CultureInfo.InvariantCulture, $"must be at least {minimum}; found {value}."))
        : value > RuleParameters.MaximumMonths ? new(path, string.Create(CultureInfo.InvariantCulture, $"must be at most {RuleParameters.MaximumMonths:#,##0} months (a century); found {value:#,##0}."))
        : null;
}

/// <summary>
/// Every number the dashboard key's rules use, with the spec's defaults. The configuration's
/// <c>rules</c> block sets them for all measures; a measure's own <c>rules</c> block overrides them.
/// </summary>
/// <param name="Coverage">The share of a window's months that must be present for it to be usable (0.75: 18 of 24, 9 of 12).</param>
public sealed record RuleParameters(
    double Coverage,
    SpikeParameters Spike,
    ShiftParameters Shift,
    RunParameters Run,
    TrendParameters Trend,
    TrendParameters RollingTrend,
    NoDataParameters NoData,
    PeerParameters Peers)
{
    public static RuleParameters Default { get; } = new(
        0.75,
        new SpikeParameters(),
        new ShiftParameters(),
        new RunParameters(),
        new TrendParameters(),
        new TrendParameters(),
        new NoDataParameters(),
        new PeerParameters());

    /// <summary>The XmR chart's settings, for the "Making Data Count" rule set (<c>rules.spc</c>).</summary>
    public SpcParameters Spc { get; init; } = SpcParameters.Default;

    /// <summary>The fewest present values that make a window of <paramref name="length"/> months usable: ceil(coverage × length).</summary>
    public int MinimumPresent(int length) => (int)Math.Ceiling((Coverage * length) - 1e-9);

    /// <summary>
    /// The longest window, length or lag in months: 1,200, a century of monthly figures. Longer
    /// windows reach past the calendar's range in date arithmetic; no series is that long.
    /// </summary>
    public const int MaximumMonths = 1200;

    /// <summary>Checks the spec's bounds: k ≥ 0, windows and lengths ≥ 2 (and at most <see cref="MaximumMonths"/>), 0 &lt; α &lt; 1, 0 &lt; coverage ≤ 1; and the XmR settings (<see cref="SpcParameters.Validate"/>).</summary>
    public IReadOnlyList<ParameterProblem> Validate()
    {
        var problems = new List<ParameterProblem>();

        void AtLeast(string path, int value, int minimum)
        {
            if (ParameterProblem.OfMonths(path, value, minimum) is { } problem)
            {
                problems.Add(problem);
            }
        }

        void NotNegative(string path, double value)
        {
            if (!(value >= 0) || double.IsInfinity(value))
            {
                problems.Add(new(path, string.Create(CultureInfo.InvariantCulture, $"must be a number of 0 or more; found {value}.")));
            }
            else if (value > 1e6)
            {
                problems.Add(new(path, string.Create(CultureInfo.InvariantCulture, $"must be at most 1,000,000; found {value:G6}.")));
            }
        }

        void Between(string path, double value, string bounds, bool ok)
        {
            if (!ok)
            {
                problems.Add(new(path, string.Create(CultureInfo.InvariantCulture, $"must be {bounds}; found {value}.")));
            }
        }

        void NotLongerThanWindow(string path, int length, int window)
        {
            if (length > window)
            {
                problems.Add(new(path, string.Create(CultureInfo.InvariantCulture, $"({length}) must not be longer than the window ({window}).")));
            }
        }

        Between("coverage", Coverage, "more than 0 and at most 1", Coverage > 0 && Coverage <= 1);
        AtLeast("spike.window", Spike.Window, 2);
        NotNegative("spike.k", Spike.K);
        AtLeast("shift.length", Shift.Length, 2);
        AtLeast("shift.window", Shift.Window, 2);
        NotNegative("shift.k", Shift.K);
        NotLongerThanWindow("shift.length", Shift.Length, Shift.Window);
        AtLeast("run.length", Run.Length, 2);
        AtLeast("run.window", Run.Window, 2);
        NotLongerThanWindow("run.length", Run.Length, Run.Window);
        AtLeast("trend.window", Trend.Window, 3);
        Between("trend.alpha", Trend.Alpha, "more than 0 and less than 1", Trend.Alpha > 0 && Trend.Alpha < 1);
        AtLeast("rollingTrend.window", RollingTrend.Window, 3);
        Between("rollingTrend.alpha", RollingTrend.Alpha, "more than 0 and less than 1", RollingTrend.Alpha > 0 && RollingTrend.Alpha < 1);
        AtLeast("noData.window", NoData.Window, 1);
        NotNegative("peers.k", Peers.K);
        NotNegative("peers.trendDifference", Peers.TrendDifference);
        AtLeast("peers.maxLagMonths", Peers.MaxLagMonths, 0);
        Between("peers.minimumPeerShare", Peers.MinimumPeerShare, "between 0 and 1", Peers.MinimumPeerShare >= 0 && Peers.MinimumPeerShare <= 1);
        problems.AddRange(Spc.Validate());
        return problems;
    }
}

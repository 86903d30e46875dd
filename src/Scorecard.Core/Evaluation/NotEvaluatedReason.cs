using NodaTime;

namespace Scorecard.Core.Evaluation;

/// <summary>
/// Why a rule was not evaluated: a stable code (<see cref="ReasonCodes"/>) that tools, templates
/// and the report's own notices test, the words a reader sees ("14 of 24 months present", "August
/// 2019 missing"), and the figures the words were built from.
/// </summary>
/// <param name="Code">One of <see cref="ReasonCodes"/>: what kind of reason it is.</param>
/// <param name="Text">The reason in words, as the report, the workbook and the JSON print it.</param>
/// <param name="Months">The months it names: the missing tested months, the month a method changed, the last month with data.</param>
/// <param name="Present">The values present in the window (for <see cref="ReasonCodes.WindowShort"/> and the like).</param>
/// <param name="Needed">How many a test needs.</param>
public sealed record NotEvaluatedReason(string Code, string Text, IReadOnlyList<YearMonth>? Months = null, int? Present = null, int? Needed = null)
{
    public override string ToString() => Text;
}

/// <summary>The codes of <see cref="NotEvaluatedReason"/>: a contract with the JSON, the CSV and templates.</summary>
public static class ReasonCodes
{
    /// <summary>Too few of the window's months have a value ("14 of 24 months present").</summary>
    public const string WindowShort = "window-short";

    /// <summary>The window is short because the method changed within it: the months before are not comparable.</summary>
    public const string MethodChanged = "method-changed";

    /// <summary>A month the test looks at has no value ("August 2019 missing"); <see cref="NotEvaluatedReason.Months"/> lists them.</summary>
    public const string MonthsMissing = "months-missing";

    /// <summary>Not enough values to form the statistic the test needs (a standard deviation, a trend line).</summary>
    public const string TooFewValues = "too-few-values";

    /// <summary>No value in the last 12 months: the no-data symbol fired, so nothing else can be tested.</summary>
    public const string NoData = "no-data";

    /// <summary>The measure has no peer comparison configured: its peer tests can never run.</summary>
    public const string NoPeerComparison = "no-peer-comparison";

    /// <summary>The peer data hold nothing for the measure's peer key.</summary>
    public const string NoPeerData = "no-peer-data";

    /// <summary>No peer group is configured.</summary>
    public const string NoPeerGroup = "no-peer-group";

    /// <summary>No month recent enough with figures for the force and enough of its peers, or too few forces to compare.</summary>
    public const string PeerFiguresMissing = "peer-figures-missing";

    /// <summary>No 12-month change to compare with the group's.</summary>
    public const string NoPeerChange = "no-peer-change";

    /// <summary>A level measure's rolling trend, which would repeat its discrete trend: by design, never a gap.</summary>
    public const string LevelRollingTrend = "level-rolling-trend";

    /// <summary>The values are too large for the arithmetic.</summary>
    public const string Overflow = "overflow";

    /// <summary>An XmR chart with no points up to the reporting month.</summary>
    public const string NoPoints = "no-points";

    /// <summary>An XmR chart with fewer points than it needs for process limits.</summary>
    public const string TooFewPoints = "too-few-points";

    /// <summary>An XmR chart whose last calculation period has a single point, so no moving range.</summary>
    public const string NoMovingRange = "no-moving-range";

    /// <summary>True for reasons that say a test can never run for the measure by design, not a gap in the data.</summary>
    public static bool IsByDesign(string? code) => code is NoPeerComparison or LevelRollingTrend;
}

namespace Scorecard.Core.Spc;

/// <summary>
/// The special cause rules that mark one point of an XmR chart, each on its high or low side. A
/// point may carry several, and (through the trend rule) both sides.
/// </summary>
[Flags]
public enum XmrSignals
{
    None = 0,

    /// <summary>Above the upper process limit.</summary>
    SinglePointHigh = 1,

    /// <summary>Below the lower process limit.</summary>
    SinglePointLow = 2,

    /// <summary>In a run of at least <see cref="SpcParameters.ShiftLength"/> points above the mean.</summary>
    ShiftHigh = 4,

    /// <summary>In a run of at least <see cref="SpcParameters.ShiftLength"/> points below the mean.</summary>
    ShiftLow = 8,

    /// <summary>In a run of at least <see cref="SpcParameters.TrendLength"/> points, each higher than the one before.</summary>
    TrendUp = 16,

    /// <summary>In a run of at least <see cref="SpcParameters.TrendLength"/> points, each lower than the one before.</summary>
    TrendDown = 32,

    /// <summary>One of two or three points of three in a row above the mean that lie above the upper two-sigma line (and not above the limit).</summary>
    TwoSigmaHigh = 64,

    /// <summary>The mirror of <see cref="TwoSigmaHigh"/> below the mean.</summary>
    TwoSigmaLow = 128,

    /// <summary>Every high-side signal.</summary>
    High = SinglePointHigh | ShiftHigh | TrendUp | TwoSigmaHigh,

    /// <summary>Every low-side signal.</summary>
    Low = SinglePointLow | ShiftLow | TrendDown | TwoSigmaLow,
}

/// <summary>What a point's special cause means for the measure (its colour on an MDC chart).</summary>
public enum Variation
{
    /// <summary>No special cause: grey.</summary>
    CommonCause,

    /// <summary>Special cause of an improving nature: blue. Also a point marked both ways (the conflict rule).</summary>
    Improvement,

    /// <summary>Special cause of a concerning nature: orange.</summary>
    Concern,

    /// <summary>Special cause on a measure with no better direction: purple.</summary>
    Neither,
}

/// <summary>The variation icon, from the chart's last point.</summary>
public enum VariationIcon
{
    /// <summary>Too few points for an icon (or no points).</summary>
    None,
    CommonCause,
    ImprovementHigh,
    ImprovementLow,
    ConcernHigh,
    ConcernLow,
    NeitherHigh,
    NeitherLow,
}

/// <summary>The assurance icon: can the process be relied on to meet the target?</summary>
public enum AssuranceIcon
{
    /// <summary>No target, a neutral measure, or too few points for limits.</summary>
    None,

    /// <summary>The target lies beyond the limits on the good side: the process will consistently meet it.</summary>
    Pass,

    /// <summary>The target lies beyond the limits on the bad side: the process will consistently miss it.</summary>
    Fail,

    /// <summary>The target lies between the limits: the process will sometimes meet it and sometimes not.</summary>
    HitOrMiss,
}

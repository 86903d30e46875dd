using NodaTime;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Spc;

/// <summary>One point of an XmR chart: a month's value, the lines of its calculation period, and what the special cause rules made of it.</summary>
/// <param name="Period">The index of its calculation period in <see cref="XmrChart.Periods"/>.</param>
/// <param name="MovingRange">|x − the previous point's x| within the same period; null for a period's first point.</param>
/// <param name="Signals">The rules that mark it; <see cref="XmrSignals.None"/> when the chart has too few points for the rules.</param>
/// <param name="Variation">Its colour: common cause, improvement, concern or neither.</param>
public sealed record XmrPoint(
    YearMonth Month,
    double Value,
    int Period,
    XmrLines Lines,
    double? MovingRange,
    XmrSignals Signals,
    Variation Variation)
{
    /// <summary>True when a rule marks it on the high side.</summary>
    public bool IsHighSide => (Signals & XmrSignals.High) != 0;

    /// <summary>True when a rule marks it on the low side.</summary>
    public bool IsLowSide => (Signals & XmrSignals.Low) != 0;

    /// <summary>True when <paramref name="signal"/> (one signal, or any of several) marks it.</summary>
    public bool Has(XmrSignals signal) => (Signals & signal) != 0;
}

/// <summary>A calculation period: the points between two recalculations, and the lines they are judged against.</summary>
/// <param name="Months">The period's first point's month to its last point's.</param>
/// <param name="Basis">The months the lines were computed from: the whole period, or, for a baseline, the period's start to the baseline's end.</param>
/// <param name="PointCount">Points in the period.</param>
/// <param name="BasisCount">Points the lines were computed from.</param>
/// <param name="IsBaseline">True when a baseline fixed the lines (<see cref="SpcParameters.BaselineEnd"/> falls in this period).</param>
public sealed record XmrPeriod(MonthWindow Months, MonthWindow Basis, int PointCount, int BasisCount, bool IsBaseline, XmrLines Lines);

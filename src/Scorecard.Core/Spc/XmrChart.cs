using NodaTime;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;

namespace Scorecard.Core.Spc;

/// <summary>
/// A measure's XmR chart in the NHS "Making Data Count" style at the reporting month T: every
/// present month up to T (or the last <see cref="SpcParameters.Window"/> months), its calculation
/// periods and their lines, each point's special cause signals and colour, and the variation and
/// assurance icons. Built by <see cref="Build"/>; the rules are described in <c>Spc/README.md</c>.
/// </summary>
/// <param name="Month">T, the reporting month.</param>
/// <param name="Points">Every present month of the chart, earliest first.</param>
/// <param name="Periods">The calculation periods, earliest first (none when there are no points).</param>
/// <param name="Gaps">Months between the first and the last point that have no value.</param>
/// <param name="HasLimits">True when the chart has at least <see cref="SpcParameters.MinimumPoints"/> points: only then are there limits, special cause rules and icons.</param>
/// <param name="VariationIcon">From the last point.</param>
/// <param name="AssuranceIcon">From <see cref="Target"/> and the last period's limits.</param>
/// <param name="Target">The measure's target, when it has one.</param>
public sealed record XmrChart(
    YearMonth Month,
    IReadOnlyList<XmrPoint> Points,
    IReadOnlyList<XmrPeriod> Periods,
    IReadOnlyList<YearMonth> Gaps,
    bool HasLimits,
    VariationIcon VariationIcon,
    AssuranceIcon AssuranceIcon,
    double? Target,
    SpcParameters Parameters)
{
    /// <summary>The last point (the one the rules and the variation icon judge), or null when there are none.</summary>
    public XmrPoint? Last => Points.Count == 0 ? null : Points[^1];

    /// <summary>
    /// The chart of <paramref name="series"/> at <paramref name="month"/> (T): months after T are
    /// ignored, and so are months before the window when <see cref="SpcParameters.Window"/> is set.
    /// </summary>
    public static XmrChart Build(MonthlySeries? series, YearMonth month, SpcParameters parameters, Polarity polarity, double? target = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        YearMonth? first = null;
        if (parameters.Window is { } window)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(window, 1, nameof(parameters));
            first = month.PlusMonths(-(window - 1));
        }

        var observed = (series?.Observations ?? [])
            .Where(o => o.Month <= month && (first is null || o.Month >= first) && o.RuleValue is not null)
            .Select(o => (o.Month, Value: o.RuleValue!.Value))
            .ToList();
        var months = observed.Select(p => p.Month).ToList();
        var values = observed.Select(p => p.Value).ToList();
        var hasLimits = values.Count >= parameters.MinimumPoints;
        var (periods, periodOf) = CalculationPeriods(months, values, parameters, hasLimits);
        var lines = periodOf.Select(k => periods[k].Lines).ToList();
        var signals = hasLimits ? Signals(values, lines, parameters) : new XmrSignals[values.Count];

        var points = new List<XmrPoint>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var movingRange = i > 0 && periodOf[i] == periodOf[i - 1] ? Math.Abs(values[i] - values[i - 1]) : (double?)null;
            points.Add(new XmrPoint(months[i], values[i], periodOf[i], lines[i], movingRange, signals[i], VariationOf(signals[i], polarity)));
        }

        var gaps = months.Count == 0
            ? []
            : new MonthWindow(months[0], months[^1]).Months().Except(months).ToList();
        var last = points.Count == 0 ? null : points[^1];
        return new XmrChart(
            month,
            points,
            periods,
            gaps,
            hasLimits,
            hasLimits && last is not null ? VariationIconOf(last, polarity) : VariationIcon.None,
            hasLimits && periods.Count > 0 ? AssuranceOf(target, periods[^1].Lines, polarity) : AssuranceIcon.None,
            target,
            parameters);
    }

    /// <summary>
    /// The calculation periods: a new one starts at the first point on or after each
    /// recalculation month (one at or before the first point, or after the last, changes nothing).
    /// A baseline fixes the lines of the period it ends in to that period's points up to it.
    /// </summary>
    private static (IReadOnlyList<XmrPeriod> Periods, IReadOnlyList<int> PeriodOf) CalculationPeriods(
        List<YearMonth> months, List<double> values, SpcParameters parameters, bool hasLimits)
    {
        var n = values.Count;
        var starts = new SortedSet<int>();
        if (n > 0)
        {
            starts.Add(0);
        }

        foreach (var recalculation in parameters.RecalculateAt)
        {
            var start = months.FindIndex(m => m >= recalculation);
            if (start > 0)
            {
                starts.Add(start);
            }
        }

        var bounds = starts.ToList();
        var periods = new List<XmrPeriod>(bounds.Count);
        var periodOf = new int[n];
        for (var k = 0; k < bounds.Count; k++)
        {
            var a = bounds[k];
            var b = k + 1 < bounds.Count ? bounds[k + 1] - 1 : n - 1;
            var basisEnd = b;
            var isBaseline = parameters.BaselineEnd is { } end && months[a] <= end && (b == n - 1 || months[b + 1] > end);
            if (isBaseline)
            {
                while (months[basisEnd] > parameters.BaselineEnd)
                {
                    basisEnd--;
                }
            }

            var lines = XmrLines.Of(values.GetRange(a, basisEnd - a + 1), hasLimits);
            periods.Add(new XmrPeriod(new MonthWindow(months[a], months[b]), new MonthWindow(months[a], months[basisEnd]), b - a + 1, basisEnd - a + 1, isBaseline, lines));
            for (var i = a; i <= b; i++)
            {
                periodOf[i] = k;
            }
        }

        return (periods, periodOf);
    }

    /// <summary>Every point's signals under the four rules; "above" and "below" are strict (<see cref="Threshold"/>).</summary>
    private static XmrSignals[] Signals(List<double> values, List<XmrLines> lines, SpcParameters parameters)
    {
        var n = values.Count;
        var signals = new XmrSignals[n];

        // Which side of its own period's mean each point lies on: +1 above, −1 below, 0 on it.
        var side = new int[n];

        // Which way each point moved from the one before: +1 up, −1 down, 0 level (or the first point).
        var step = new int[n];
        for (var i = 0; i < n; i++)
        {
            var x = values[i];
            var line = lines[i];
            side[i] = Threshold.IsAbove(x, line.Mean) ? 1 : Threshold.IsBelow(x, line.Mean) ? -1 : 0;
            step[i] = i == 0 ? 0 : Threshold.IsAbove(x, values[i - 1]) ? 1 : Threshold.IsBelow(x, values[i - 1]) ? -1 : 0;
            if (line.UpperLimit is { } upper && Threshold.IsAbove(x, upper))
            {
                signals[i] |= XmrSignals.SinglePointHigh;
            }

            if (line.LowerLimit is { } lower && Threshold.IsBelow(x, lower))
            {
                signals[i] |= XmrSignals.SinglePointLow;
            }
        }

        // Shift: a maximal run of points on one side of their means, across recalculations.
        foreach (var (start, end, direction) in Runs(side, 0))
        {
            if (end - start + 1 >= parameters.ShiftLength)
            {
                Mark(signals, start, end, direction > 0 ? XmrSignals.ShiftHigh : XmrSignals.ShiftLow);
            }
        }

        // Trend: a maximal run of rises (or falls); it covers the point before its first step too.
        foreach (var (start, end, direction) in Runs(step, 1))
        {
            if (end - start + 2 >= parameters.TrendLength)
            {
                Mark(signals, start - 1, end, direction > 0 ? XmrSignals.TrendUp : XmrSignals.TrendDown);
            }
        }

        // Two of three: three points in a row on one side of their means, at least two of them
        // beyond the two-sigma line but not beyond the limit; only those two or three are marked.
        for (var i = 0; i + 2 < n; i++)
        {
            foreach (var direction in (ReadOnlySpan<int>)[1, -1])
            {
                if (side[i] != direction || side[i + 1] != direction || side[i + 2] != direction)
                {
                    continue;
                }

                var near = Enumerable.Range(i, 3).Where(j => IsNearLimit(values[j], lines[j], direction)).ToList();
                if (near.Count >= 2)
                {
                    foreach (var j in near)
                    {
                        signals[j] |= direction > 0 ? XmrSignals.TwoSigmaHigh : XmrSignals.TwoSigmaLow;
                    }
                }
            }
        }

        return signals;
    }

    /// <summary>The maximal runs of equal non-zero entries of <paramref name="sides"/> from <paramref name="from"/> on: (first index, last index, sign).</summary>
    private static IEnumerable<(int Start, int End, int Direction)> Runs(int[] sides, int from)
    {
        var start = from;
        for (var i = from + 1; i <= sides.Length; i++)
        {
            if (i < sides.Length && sides[i] == sides[start])
            {
                continue;
            }

            if (start < sides.Length && sides[start] != 0)
            {
                yield return (start, i - 1, sides[start]);
            }

            start = i;
        }
    }

    private static void Mark(XmrSignals[] signals, int start, int end, XmrSignals signal)
    {
        for (var i = start; i <= end; i++)
        {
            signals[i] |= signal;
        }
    }

    /// <summary>Beyond the two-sigma line on <paramref name="direction"/>'s side, and not beyond the process limit.</summary>
    private static bool IsNearLimit(double x, XmrLines lines, int direction) => direction > 0
        ? lines is { UpperTwoSigma: { } u2, UpperLimit: { } upper } && Threshold.IsAbove(x, u2) && !Threshold.IsAbove(x, upper)
        : lines is { LowerTwoSigma: { } l2, LowerLimit: { } lower } && Threshold.IsBelow(x, l2) && !Threshold.IsBelow(x, lower);

    /// <summary>The colour: high-side signals are good news when higher is better; a point marked both ways is an improvement.</summary>
    private static Variation VariationOf(XmrSignals signals, Polarity polarity)
    {
        var high = (signals & XmrSignals.High) != 0;
        var low = (signals & XmrSignals.Low) != 0;
        return (high || low, polarity) switch
        {
            (false, _) => Variation.CommonCause,
            (true, Polarity.Neutral) => Variation.Neither,
            (true, Polarity.HigherIsBetter) => high ? Variation.Improvement : Variation.Concern,
            _ => low ? Variation.Improvement : Variation.Concern,
        };
    }

    private static VariationIcon VariationIconOf(XmrPoint last, Polarity polarity) => (last.Variation, polarity) switch
    {
        (Variation.CommonCause, _) => VariationIcon.CommonCause,
        (Variation.Improvement, Polarity.HigherIsBetter) => VariationIcon.ImprovementHigh,
        (Variation.Improvement, _) => VariationIcon.ImprovementLow,
        (Variation.Concern, Polarity.HigherIsBetter) => VariationIcon.ConcernLow,
        (Variation.Concern, _) => VariationIcon.ConcernHigh,

        // Neither: the side it is marked on; marked both ways (a trend and another rule), the side of its mean.
        _ when last.IsHighSide && !last.IsLowSide => VariationIcon.NeitherHigh,
        _ when last.IsLowSide && !last.IsHighSide => VariationIcon.NeitherLow,
        _ => Threshold.IsBelow(last.Value, last.Lines.Mean) ? VariationIcon.NeitherLow : VariationIcon.NeitherHigh,
    };

    /// <summary>
    /// Hit or miss when the target lies strictly between the limits; on a limit or beyond it, the
    /// process consistently passes or fails (as the NHS England SPC SQL query, v2.1 on, decides).
    /// </summary>
    private static AssuranceIcon AssuranceOf(double? target, XmrLines lines, Polarity polarity)
    {
        if (target is not { } t || polarity == Polarity.Neutral || lines is not { UpperLimit: { } upper, LowerLimit: { } lower })
        {
            return AssuranceIcon.None;
        }

        // In the query's order: a target on both limits (MR̄ = 0, every value equal) is met.
        var atOrAboveUpper = !Threshold.IsBelow(t, upper);
        var atOrBelowLower = !Threshold.IsAbove(t, lower);
        return polarity == Polarity.HigherIsBetter
            ? atOrBelowLower ? AssuranceIcon.Pass : atOrAboveUpper ? AssuranceIcon.Fail : AssuranceIcon.HitOrMiss
            : atOrAboveUpper ? AssuranceIcon.Pass : atOrBelowLower ? AssuranceIcon.Fail : AssuranceIcon.HitOrMiss;
    }
}

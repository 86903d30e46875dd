using System.Globalization;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Periods;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Rules;

/// <summary>
/// A "Making Data Count" XmR rule and its mirror (<c>spc-shift-high</c> / <c>spc-shift-low</c>):
/// fired when the rule marks the chart's last point (the reporting month's, or the last month
/// with a value before it) on that side. Not evaluated while the chart has fewer than
/// <see cref="SpcParameters.MinimumPoints"/> points. The chart is built once per measure
/// (<see cref="RuleContext.Xmr"/>) and shared by the four rules.
/// </summary>
public abstract class XmrRule : IRule
{
    private readonly XmrSignals _highSignal;
    private readonly XmrSignals _lowSignal;

    protected XmrRule(RuleDefinition high, RuleDefinition low, XmrSignals highSignal, XmrSignals lowSignal)
    {
        ArgumentNullException.ThrowIfNull(high);
        ArgumentNullException.ThrowIfNull(low);
        Definitions = [high, low];
        _highSignal = highSignal;
        _lowSignal = lowSignal;
    }

    public IReadOnlyList<RuleDefinition> Definitions { get; }

    /// <inheritdoc/>
    public virtual string KeyText(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.KeyText;
    }

    /// <inheritdoc/>
    public abstract string Meaning(RuleDefinition definition, RuleParameters parameters);

    /// <inheritdoc/>
    public abstract string Detail(RuleParameters parameters);

    /// <summary>True when the rule compares points with the process limits or the two-sigma lines (so needs an MR̄).</summary>
    protected virtual bool NeedsLimits => false;

    public IReadOnlyList<RuleOutcome> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chart = context.Xmr;
        var (high, low) = (Definitions[0], Definitions[1]);
        if (NotEvaluatedReason(chart) is { } reason)
        {
            var evidence = chart.Last is { } point ? Common(chart, point) : new Evidence(N: 0);
            return [RuleContext.NotEvaluated(high, reason, evidence), RuleContext.NotEvaluated(low, reason, evidence)];
        }

        var last = chart.Last!;
        var highFired = last.Has(_highSignal);
        var lowFired = last.Has(_lowSignal);
        return
        [
            context.Decide(high, highFired, EvidenceFor(chart, last, true, highFired)),
            context.Decide(low, lowFired, EvidenceFor(chart, last, false, lowFired)),
        ];
    }

    /// <summary>
    /// The rule's evidence for the last point on one side: the line it tests
    /// (<see cref="Evidence.Threshold"/>) and the points that decided it
    /// (<see cref="Evidence.Tested"/>: the run or points that mark it when fired).
    /// </summary>
    protected abstract Evidence EvidenceFor(XmrChart chart, XmrPoint last, bool high, bool fired);

    /// <summary>What every XmR rule's evidence holds: the last point's period lines and the months they came from.</summary>
    protected static Evidence Common(XmrChart chart, XmrPoint last)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(last);
        var period = chart.Periods[last.Period];
        return new Evidence(
            Window: period.Basis.ToString(),
            N: period.BasisCount,
            Mean: last.Lines.Mean,
            Value: last.Value,
            Lines: last.Lines);
    }

    /// <summary>The last <paramref name="count"/> points (fewer when the chart is shorter), earliest first.</summary>
    protected static IReadOnlyList<EvidencePoint> LastPoints(XmrChart chart, int count)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.Points.Skip(Math.Max(0, chart.Points.Count - count)).Select(Point).ToList();
    }

    /// <summary>The points of the run that ends at the last point: back while <paramref name="continues"/>(earlier, later) holds.</summary>
    protected static IReadOnlyList<EvidencePoint> RunToLast(XmrChart chart, Func<XmrPoint, XmrPoint, bool> continues)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(continues);
        var start = chart.Points.Count - 1;
        while (start > 0 && continues(chart.Points[start - 1], chart.Points[start]))
        {
            start--;
        }

        return chart.Points.Skip(start).Select(Point).ToList();
    }

    protected static EvidencePoint Point(XmrPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return new EvidencePoint(point.Month, point.Value);
    }

    private NotEvaluatedReason? NotEvaluatedReason(XmrChart chart)
    {
        if (chart.Last is not { } last)
        {
            return new(ReasonCodes.NoPoints, XmrReasons.NoPoints(chart.Month));
        }

        if (!chart.HasLimits)
        {
            return new(ReasonCodes.TooFewPoints, XmrReasons.TooFewPoints(chart.Points.Count, chart.Parameters.MinimumPoints), null, chart.Points.Count, chart.Parameters.MinimumPoints);
        }

        return NeedsLimits && !last.Lines.HasLimits
            ? new(ReasonCodes.NoMovingRange, XmrReasons.NoMovingRange(chart.Periods[last.Period]), null, chart.Periods[last.Period].BasisCount, 2)
            : null;
    }
}

/// <summary>Why the XmR rules were not evaluated: every reason text in one place.</summary>
public static class XmrReasons
{
    /// <summary>"no values up to September 2019".</summary>
    public static string NoPoints(YearMonth month) => $"no values up to {EnglishDates.Month(month)}";

    /// <summary>"12 points; process limits need at least 13".</summary>
    public static string TooFewPoints(int points, int minimum) =>
        string.Create(CultureInfo.InvariantCulture, $"{points} {(points == 1 ? "point" : "points")}; process limits need at least {minimum}");

    /// <summary>"the lines of the calculation period from September 2019 come from 1 point; process limits need at least 2".</summary>
    public static string NoMovingRange(XmrPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"the lines of the calculation period from {EnglishDates.Month(period.Months.First)} come from {period.BasisCount} point; process limits need at least 2");
    }
}

using System.Globalization;
using System.Text;
using NodaTime;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Spc;

namespace Scorecard.Rendering.Charts;

/// <summary>
/// A "Making Data Count" XmR chart on the same honest value axis and month axis as the other
/// monthly charts (<see cref="ChartFrame"/>): each point shaped and coloured by its variation (a
/// small grey dot for common cause, a large circle for improvement, a square for concern, a
/// triangle for neither, so that the kinds survive greyscale print), each calculation period's
/// mean (solid) and process limits (dashed), a labelled break where the limits were recalculated,
/// the baseline shaded, the target (dash-dot) when the measure has one. A month with no value
/// leaves a gap in the line. A chart with too few points for limits shows its points and mean.
/// </summary>
/// <param name="AxisTitle">The y-axis title with its unit.</param>
/// <param name="LowerBound">What the measure can never go below (0 for counts and times), or null.</param>
/// <param name="UpperBound">What it can never exceed (100 for a percentage), or null.</param>
internal sealed record XmrChartDrawing(
    string Id,
    string Title,
    string Description,
    XmrChart Chart,
    ValueFormat Format,
    string AxisTitle,
    double? LowerBound,
    double? UpperBound,
    int Height = 245)
{
    /// <summary>Each special cause signal in words, in the order a point's tooltip lists them.</summary>
    private static readonly (XmrSignals Signal, string Words)[] SignalWords =
    [
        (XmrSignals.SinglePointHigh, "above the upper limit"),
        (XmrSignals.SinglePointLow, "below the lower limit"),
        (XmrSignals.ShiftHigh, "in a run above the average"),
        (XmrSignals.ShiftLow, "in a run below the average"),
        (XmrSignals.TrendUp, "in a rising trend"),
        (XmrSignals.TrendDown, "in a falling trend"),
        (XmrSignals.TwoSigmaHigh, "close to the upper limit"),
        (XmrSignals.TwoSigmaLow, "close to the lower limit"),
    ];

    /// <returns>The chart, or null when its values cannot be placed on one axis.</returns>
    public ChartDrawing? Draw()
    {
        var points = Chart.Points;
        if (points.Count == 0)
        {
            var empty = Svg.Open(Id, ChartFrame.Width, Height, Title, Description);
            empty.Append(CultureInfo.InvariantCulture, $"<text x=\"{ChartFrame.Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\" class=\"axis-label\">No data to chart</text></svg>");
            return new ChartDrawing(empty.ToString(), []);
        }

        var notes = new List<string>();
        var lines = Chart.Periods.SelectMany(p => new[] { (double?)p.Lines.Mean, p.Lines.UpperLimit, p.Lines.LowerLimit }).OfType<double>();
        var everything = points.Select(p => p.Value).Concat(lines).Concat(Chart.Target is { } t ? [t] : []);
        var axis = ValueAxis.For(everything, Format.Style, LowerBound, UpperBound);
        if (axis is null)
        {
            return null;
        }

        var months = new MonthWindow(points[0].Month, points[^1].Month).Months().ToList();
        var left = ChartFrame.Left(axis);
        var lineLabels = LineLabels();
        var plotW = ChartFrame.Width - left - ChartFrame.RightFor(lineLabels.Select(l => l.Text));
        var plotH = Height - ChartFrame.Top - ChartFrame.Bottom;
        var half = months.Count == 1 ? plotW / 2.0 : plotW / (2.0 * (months.Count - 1));
        double X(int i) => left + (months.Count == 1 ? plotW / 2.0 : i * plotW / (double)(months.Count - 1));
        double XOf(YearMonth month) => X(Period.Between(months[0], month, PeriodUnits.Months).Months);
        double Y(double v) => ChartFrame.Top + plotH - ((v - axis.Min) / (axis.Max - axis.Min) * plotH);
        bool Inside(double v) => v >= axis.Min && v <= axis.Max;
        string Text(double v) => LineText(v, Format);

        var sb = Svg.Open(Id, ChartFrame.Width, Height, Title, Description);
        DrawBaseline(sb, XOf, half, left, plotW, plotH);
        ChartFrame.ValueAxis(sb, axis, left, plotW, plotH, Y, AxisTitle);
        ChartFrame.MonthAxis(sb, months, X, plotH, ChartFrame.LabelEvery(months.Count));

        // Each period's lines, from half a month before its first point to half a month after its last.
        for (var k = 0; k < Chart.Periods.Count; k++)
        {
            var period = Chart.Periods[k];
            var x1 = Math.Max(left, XOf(period.Months.First) - half);
            var x2 = Math.Min(left + plotW, XOf(period.Months.Last) + half);
            if (k > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<g class=\"xmr-break\"><title>{Svg.Text($"Limits recalculated from {EnglishDates.Month(period.Months.First)}")}</title><line x1=\"{Svg.N(x1)}\" x2=\"{Svg.N(x1)}\" y1=\"{ChartFrame.Top - 4}\" y2=\"{ChartFrame.Top + plotH}\"/>");
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(x1 + 3)}\" y=\"{ChartFrame.Top - 8}\">recalculated</text></g>");
            }

            Segment(sb, "xmr-mean", period.Lines.Mean, $"Average: {Text(period.Lines.Mean)}", x1, x2, Y, Inside);
            if (period.Lines.UpperLimit is { } upper)
            {
                Segment(sb, "xmr-limit", upper, $"Upper process limit: {Text(upper)}", x1, x2, Y, Inside);
            }

            if (period.Lines.LowerLimit is { } lower)
            {
                Segment(sb, "xmr-limit", lower, $"Lower process limit: {Text(lower)}", x1, x2, Y, Inside);
            }
        }

        if (Chart.Target is { } target && Inside(target))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"xmr-target\" x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{Svg.N(Y(target))}\" y2=\"{Svg.N(Y(target))}\"><title>Target: {Svg.Text(TargetText(target, Format))}</title></line>");
        }

        // The last period's lines are labelled at the right; one cut off by the axis is said in the caption.
        var labels = new List<(double Y, string Text, string Class)>();
        foreach (var (v, what, text, cls) in lineLabels)
        {
            if (Inside(v))
            {
                labels.Add((Y(v), text, cls));
            }
            else
            {
                var bound = v < (LowerBound ?? double.NegativeInfinity) ? LowerBound : UpperBound;
                notes.Add(bound is { } b
                    ? $"The {what} ({Text(v)}) is {(v < b ? "below" : "above")} {TargetText(b, Format)}, which the measure cannot {(v < b ? "go below" : "exceed")}, so it is not drawn"
                    : $"The {what} ({Text(v)}) is outside the chart");
            }
        }

        ChartFrame.RightLabels(sb, labels, left + plotW + 6);
        DrawPoints(sb, axis, XOf, Y);
        sb.Append("</svg>");
        return new ChartDrawing(sb.ToString(), notes);
    }

    /// <summary>
    /// The last period's lines, labelled at the right (the average first, then the target and the
    /// process limits), each with what the caption calls it when it is cut off by the axis.
    /// </summary>
    private List<(double Value, string What, string Text, string Class)> LineLabels()
    {
        var last = Chart.Periods[^1].Lines;
        var labels = new List<(double, string, string, string)> { (last.Mean, "average", "Average " + LineText(last.Mean, Format), "mean-label") };
        if (Chart.Target is { } target)
        {
            labels.Add((target, "target", "Target " + TargetText(target, Format), "target-label"));
        }

        if (last.UpperLimit is { } upper)
        {
            labels.Add((upper, "upper process limit", "Upper limit " + LineText(upper, Format), "band-label"));
        }

        if (last.LowerLimit is { } lower)
        {
            labels.Add((lower, "lower process limit", "Lower limit " + LineText(lower, Format), "band-label"));
        }

        return labels;
    }

    /// <summary>The baseline's months shaded, when a baseline fixed a period's lines before its last point.</summary>
    private void DrawBaseline(StringBuilder sb, Func<YearMonth, double> x, double half, int left, int plotW, int plotH)
    {
        foreach (var period in Chart.Periods.Where(p => p.IsBaseline && p.Basis.Last < p.Months.Last))
        {
            var x1 = Math.Max(left, x(period.Basis.First) - half);
            var x2 = Math.Min(left + plotW, x(period.Basis.Last) + half);
            var title = $"Baseline: the lines come from {EnglishDates.Month(period.Basis.First)} to {EnglishDates.Month(period.Basis.Last)}";
            sb.Append(CultureInfo.InvariantCulture, $"<g class=\"xmr-baseline\"><title>{Svg.Text(title)}</title><rect x=\"{Svg.N(x1)}\" y=\"{ChartFrame.Top}\" width=\"{Svg.N(x2 - x1)}\" height=\"{plotH}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(x1 + 3)}\" y=\"{ChartFrame.Top - 8}\">baseline</text></g>");
        }
    }

    private static void Segment(StringBuilder sb, string cls, double value, string title, double x1, double x2, Func<double, double> y, Func<double, bool> inside)
    {
        if (inside(value))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"{cls}\" x1=\"{Svg.N(x1)}\" x2=\"{Svg.N(x2)}\" y1=\"{Svg.N(y(value))}\" y2=\"{Svg.N(y(value))}\"><title>{Svg.Text(title)}</title></line>");
        }
    }

    private void DrawPoints(StringBuilder sb, ValueAxis axis, Func<YearMonth, double> x, Func<double, double> y)
    {
        // The line joins consecutive months only: a month with no value is a gap.
        var path = new StringBuilder();
        YearMonth? previous = null;
        foreach (var point in Chart.Points)
        {
            var joined = previous is { } p && p.PlusMonths(1) == point.Month;
            path.Append(joined ? " L" : (path.Length > 0 ? " M" : "M")).Append(Svg.N(x(point.Month))).Append(' ').Append(Svg.N(y(Math.Clamp(point.Value, axis.Min, axis.Max))));
            previous = point.Month;
        }

        sb.Append(CultureInfo.InvariantCulture, $"<path class=\"line xmr-line\" d=\"{path}\"/>");
        foreach (var point in Chart.Points)
        {
            var cx = x(point.Month);
            var cy = y(Math.Clamp(point.Value, axis.Min, axis.Max));
            var tip = Svg.Text($"{EnglishDates.Month(point.Month)}: {UkFormat.ValueShort(point.Value, Format)}: {VariationWords(point)}");
            var cls = $"xmr-point xmr-point--{SpcIcons.Sentiment(point.Variation)}";
            sb.Append(point.Variation switch
            {
                Variation.Improvement => string.Create(CultureInfo.InvariantCulture, $"<circle class=\"{cls}\" cx=\"{Svg.N(cx)}\" cy=\"{Svg.N(cy)}\" r=\"4.6\"><title>{tip}</title></circle>"),
                Variation.Concern => string.Create(CultureInfo.InvariantCulture, $"<rect class=\"{cls}\" x=\"{Svg.N(cx - 4.2)}\" y=\"{Svg.N(cy - 4.2)}\" width=\"8.4\" height=\"8.4\"><title>{tip}</title></rect>"),
                Variation.Neither => string.Create(CultureInfo.InvariantCulture, $"<path class=\"{cls}\" d=\"M{Svg.N(cx)} {Svg.N(cy - 5.2)} L{Svg.N(cx + 5)} {Svg.N(cy + 3.8)} L{Svg.N(cx - 5)} {Svg.N(cy + 3.8)} Z\"><title>{tip}</title></path>"),
                _ => string.Create(CultureInfo.InvariantCulture, $"<circle class=\"{cls}\" cx=\"{Svg.N(cx)}\" cy=\"{Svg.N(cy)}\" r=\"2.6\"><title>{tip}</title></circle>"),
            });
        }
    }

    /// <summary>A line (mean, limit, target) as the measure's sentences print it: a count one decimal finer ("287.3"), anything else in its own format.</summary>
    internal static string LineText(double value, ValueFormat format) => format.Style switch
    {
        ValueStyle.Count or ValueStyle.Decimal => UkFormat.Number(value, format.Decimals + 1),
        _ => UkFormat.ValueShort(value, format),
    };

    /// <summary>A target as the office set it: "280" (a whole count keeps no decimals), "92.5", "85%".</summary>
    internal static string TargetText(double value, ValueFormat format) =>
        format.Style is ValueStyle.Count or ValueStyle.Decimal && value % 1 == 0 ? UkFormat.Number(value, format.Decimals) : LineText(value, format);

    /// <summary>A point's variation in words, for its tooltip and the text alternative: "special cause, improvement (shift below the average)".</summary>
    internal static string VariationWords(XmrPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (point.Variation == Variation.CommonCause)
        {
            return "common cause";
        }

        var why = SignalWords.Where(w => point.Has(w.Signal)).Select(w => w.Words).ToList();
        var kind = point.Variation switch
        {
            Variation.Improvement => "special cause, improvement",
            Variation.Concern => "special cause, concern",
            _ => "special cause, neither improvement nor concern",
        };
        return why.Count == 0 ? kind : $"{kind} ({string.Join(", ", why)})";
    }
}

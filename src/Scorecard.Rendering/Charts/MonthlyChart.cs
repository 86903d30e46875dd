using System.Globalization;
using System.Text;
using NodaTime;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;

namespace Scorecard.Rendering.Charts;

/// <summary>A month marked on a chart because a rule fired on it.</summary>
internal sealed record ChartMark(YearMonth Month, string Label, string Sentiment);

/// <summary>A month the office marked with a known data issue (an outage, a change of method), drawn as a labelled line.</summary>
internal sealed record ChartAnnotation(YearMonth Month, string Label);

/// <summary>
/// The lines the rules compared the months with, so that the chart shows exactly what was tested:
/// the average of the shift and run tests' window with its ±k SD band (shaded), and the spike
/// test's lines (its own window's average ± k SD, dotted).
/// </summary>
/// <param name="Mean">The shift and run tests' average.</param>
/// <param name="Sd">The SD of the same window; the band is <paramref name="Mean"/> ± <paramref name="BandK"/>·SD.</param>
/// <param name="SpikeMean">The spike test's average (over the months before the tested month).</param>
/// <param name="SpikeSd">The spike test's SD; its lines are <paramref name="SpikeMean"/> ± <paramref name="SpikeK"/>·SD.</param>
internal sealed record ChartLines(double? Mean, double? Sd, double BandK, double? SpikeMean, double? SpikeSd, double SpikeK)
{
    public double? BandLow => Mean is { } m && Sd is { } s ? m - (BandK * s) : null;

    public double? BandHigh => Mean is { } m && Sd is { } s ? m + (BandK * s) : null;

    public double? SpikeLow => SpikeMean is { } m && SpikeSd is { } s ? m - (SpikeK * s) : null;

    public double? SpikeHigh => SpikeMean is { } m && SpikeSd is { } s ? m + (SpikeK * s) : null;

    public IEnumerable<double> All => new[] { Mean, BandLow, BandHigh, SpikeLow, SpikeHigh }.OfType<double>();
}

/// <summary>An SVG chart and what its caption must add (lines cut off at a bound, a widened scale).</summary>
internal sealed record ChartDrawing(string Svg, IReadOnlyList<string> Notes);

/// <summary>
/// A line chart of monthly values (or rolling 12-month values) on an honest value axis: never beyond
/// what the measure can take (<see cref="LowerBound"/>, <see cref="UpperBound"/>), round ticks, a
/// y-axis title with the unit; optionally the rules' lines (<see cref="ChartLines"/>), the months that
/// fired a rule, and the office's known data issues.
/// </summary>
/// <param name="AxisTitle">The y-axis title with its unit: "crimes per month", "per cent".</param>
/// <param name="MinimumRelativeSpan">When the values span less than half of this share of their level, the axis covers this share of the level, so that small drifts do not look like cliffs.</param>
internal sealed record MonthlyChart(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<(YearMonth Month, double? Value)> Points,
    ValueFormat Format,
    string AxisTitle,
    double? LowerBound,
    double? UpperBound,
    ChartLines? Lines = null,
    IReadOnlyList<ChartMark>? Marks = null,
    IReadOnlyList<ChartAnnotation>? Annotations = null,
    double? MinimumRelativeSpan = null,
    int Height = 225,
    string SeriesClass = "series-monthly")
{
    private const int Width = ChartFrame.Width;
    private const int Top = ChartFrame.Top;
    private const int Bottom = ChartFrame.Bottom;

    /// <returns>The chart, or null when its values cannot be placed on one axis (they span more than a double holds).</returns>
    public ChartDrawing? Draw()
    {
        var present = Points.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
        if (present.Count == 0 || Points.Count == 0)
        {
            var empty = Svg.Open(Id, Width, Height, Title, Description);
            empty.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\" class=\"axis-label\">No data to chart</text></svg>");
            return new ChartDrawing(empty.ToString(), []);
        }

        var notes = new List<string>();
        var level = Math.Abs(present[^1]);
        double? minimumSpan = null;
        if (MinimumRelativeSpan is { } share && level > 0 && present.Max() - present.Min() < share / 2 * level)
        {
            minimumSpan = share * level;
            notes.Add($"The changes are small (under {UkFormat.Number(share * 50)} per cent of the level), so the scale spans {UkFormat.Number(share * 100)} per cent of it rather than magnifying them");
        }

        var axis = ValueAxis.For(present.Concat(Lines?.All ?? []), Format.Style, LowerBound, UpperBound, minimumSpan);
        if (axis is null)
        {
            return null;
        }

        var left = ChartFrame.Left(axis);
        var plotW = Width - left - ChartFrame.RightFor(Lines?.Mean is { } m ? [AverageLabel(m)] : []);
        var plotH = Height - Top - Bottom;
        double X(int i) => left + (Points.Count == 1 ? plotW / 2.0 : i * plotW / (double)(Points.Count - 1));
        double Y(double v) => Top + plotH - ((v - axis.Min) / (axis.Max - axis.Min) * plotH);
        bool Inside(double v) => v >= axis.Min && v <= axis.Max;

        var sb = Svg.Open(Id, Width, Height, Title, Description);
        if (Lines is { } lines)
        {
            DrawLines(sb, lines, axis, left, plotW, Y, Inside, notes);
        }

        ChartFrame.ValueAxis(sb, axis, left, plotW, plotH, Y, AxisTitle);
        ChartFrame.MonthAxis(sb, Points.Select(p => p.Month).ToList(), X, plotH);

        foreach (var note in Annotations ?? [])
        {
            var i = Points.ToList().FindIndex(p => p.Month == note.Month);
            if (i < 0)
            {
                continue;
            }

            sb.Append(CultureInfo.InvariantCulture, $"<g class=\"annotation\"><title>{Svg.Text($"{EnglishDates.Month(note.Month)}: {note.Label}")}</title><line x1=\"{Svg.N(X(i))}\" x2=\"{Svg.N(X(i))}\" y1=\"{Top - 4}\" y2=\"{Top + plotH}\"/>");
            var anchor = X(i) > left + (plotW * 0.7) ? "end" : "start";
            var dx = anchor == "end" ? -4 : 4;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(X(i) + dx)}\" y=\"{Top - 8}\" text-anchor=\"{anchor}\">{Svg.Text(note.Label)}</text></g>");
        }

        DrawSeries(sb, axis, X, Y);
        sb.Append("</svg>");
        return new ChartDrawing(sb.ToString(), notes);
    }

    private void DrawLines(StringBuilder sb, ChartLines lines, ValueAxis axis, int left, int plotW, Func<double, double> y, Func<double, bool> inside, List<string> notes)
    {
        string Text(double v) => UkFormat.ValueShort(v, Format);
        var labels = new List<(double Y, string Text, string Class)>();
        if (lines.BandLow is { } bandLow && lines.BandHigh is { } bandHigh && bandHigh > bandLow)
        {
            var top = Math.Min(bandHigh, axis.Max);
            var bottom = Math.Max(bandLow, axis.Min);
            if (top > bottom)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"band-1sd\" x=\"{left}\" y=\"{Svg.N(y(top))}\" width=\"{plotW}\" height=\"{Svg.N(y(bottom) - y(top))}\"><title>{Svg.Text($"±{K(lines.BandK)} SD: {Text(bandLow)} to {Text(bandHigh)}")}</title></rect>");
            }

            AddLabel(labels, bandHigh, $"+{K(lines.BandK)} SD", y, inside, notes, Text);
            AddLabel(labels, bandLow, $"−{K(lines.BandK)} SD", y, inside, notes, Text);
        }

        foreach (var (value, sign) in new[] { (lines.SpikeHigh, "+"), (lines.SpikeLow, "−") })
        {
            if (value is not { } v)
            {
                continue;
            }

            if (inside(v))
            {
                sb.Append(CultureInfo.InvariantCulture, $"<line class=\"spike-line\" x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{Svg.N(y(v))}\" y2=\"{Svg.N(y(v))}\"><title>{Svg.Text($"{sign}{K(lines.SpikeK)} SD (spike test): {Text(v)}")}</title></line>");
            }

            AddLabel(labels, v, $"{sign}{K(lines.SpikeK)} SD", y, inside, notes, Text);
        }

        if (lines.Mean is { } mean)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"mean\" x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{Svg.N(y(mean))}\" y2=\"{Svg.N(y(mean))}\"><title>Average: {Svg.Text(Text(mean))}</title></line>");
            labels.Insert(0, (y(mean), AverageLabel(mean), "mean-label"));
        }

        // Labels at the right, the average first.
        ChartFrame.RightLabels(sb, labels, left + plotW + 6);
    }

    /// <summary>The average's label at the right, which also sets how wide the right margin is.</summary>
    private string AverageLabel(double mean) => "Average " + UkFormat.ValueShort(mean, Format);

    private void AddLabel(List<(double Y, string Text, string Class)> labels, double value, string text, Func<double, double> y, Func<double, bool> inside, List<string> notes, Func<double, string> format)
    {
        if (inside(value))
        {
            labels.Add((y(value), text, "band-label"));
            return;
        }

        var bound = value < (LowerBound ?? double.NegativeInfinity) ? LowerBound : value > (UpperBound ?? double.PositiveInfinity) ? UpperBound : null;
        notes.Add(bound is { } b
            ? $"The {text} line ({format(value)}) is {(value < b ? "below" : "above")} {format(b)}, which the measure cannot {(value < b ? "go below" : "exceed")}, so it is not drawn"
            : $"The {text} line ({format(value)}) is outside the chart");
    }

    private void DrawSeries(StringBuilder sb, ValueAxis axis, Func<int, double> x, Func<double, double> y)
    {
        // The line, broken at missing months.
        var path = new StringBuilder();
        var pen = false;
        for (var i = 0; i < Points.Count; i++)
        {
            if (Points[i].Value is { } v)
            {
                path.Append(pen ? " L" : "M").Append(Svg.N(x(i))).Append(' ').Append(Svg.N(y(Math.Clamp(v, axis.Min, axis.Max))));
                pen = true;
            }
            else
            {
                pen = false;
            }
        }

        sb.Append(CultureInfo.InvariantCulture, $"<path class=\"line {SeriesClass}\" d=\"{path}\"/>");

        var marks = Marks ?? [];
        for (var i = 0; i < Points.Count; i++)
        {
            var (month, value) = Points[i];
            if (value is not { } v)
            {
                continue;
            }

            var cy = y(Math.Clamp(v, axis.Min, axis.Max));
            var hits = marks.Where(mk => mk.Month == month).ToList();
            var here = hits.Select(mk => mk.Label).Distinct().ToList();
            var tip = $"{EnglishDates.Month(month)}: {UkFormat.ValueShort(v, Format)}";
            if (here.Count > 0)
            {
                tip += " — " + string.Join("; ", here);
                sb.Append(CultureInfo.InvariantCulture, $"<g class=\"flagged flagged--{hits[0].Sentiment}\"><title>{Svg.Text(tip)}</title><rect x=\"{Svg.N(x(i) - 5.5)}\" y=\"{Svg.N(cy - 5.5)}\" width=\"11\" height=\"11\" transform=\"rotate(45 {Svg.N(x(i))} {Svg.N(cy)})\"/></g>");
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"point {SeriesClass}\" cx=\"{Svg.N(x(i))}\" cy=\"{Svg.N(cy)}\" r=\"3\"><title>{Svg.Text(tip)}</title></circle>");
            }
        }
    }

    private static string K(double k) => UkFormat.Number(k, k % 1 == 0 ? 0 : 1);
}

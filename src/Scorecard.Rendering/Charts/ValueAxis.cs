using Scorecard.Core.Measures;

namespace Scorecard.Rendering.Charts;

/// <summary>
/// A chart's value axis: a range that never leaves what the measure can take (a percentage stays
/// within 0–100, a count or a time at or above 0), round ticks (steps of 1, 2 or 5 times a power of
/// ten; whole seconds, minutes or hours for times) and tick labels that are all different.
/// Built for any finite values, however large: the number of ticks is bounded and a step is never
/// smaller than the values' own precision.
/// </summary>
/// <param name="Min">The bottom of the axis (the first tick).</param>
/// <param name="Max">The top of the axis (the last tick).</param>
/// <param name="Ticks">The ticks, bottom to top, each a multiple of <see cref="Step"/>.</param>
/// <param name="Step">The distance between ticks.</param>
internal sealed record ValueAxis(double Min, double Max, IReadOnlyList<double> Ticks, double Step, ValueStyle Style)
{
    private const int MaxTicks = 10;

    /// <summary>Seconds between duration ticks: whole seconds, minutes and hours.</summary>
    private static readonly double[] DurationSteps =
        [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

    /// <summary>
    /// An axis covering <paramref name="values"/> within [<paramref name="lowerBound"/>, <paramref name="upperBound"/>];
    /// null when the values span more than a double can hold (nothing sensible can be drawn).
    /// </summary>
    /// <param name="values">Everything the chart must show (data and the lines it draws).</param>
    /// <param name="minimumSpan">When the values span less than this, the axis is widened to it, centred on them.</param>
    /// <param name="targetTicks">About how many ticks to draw.</param>
    public static ValueAxis? For(IEnumerable<double> values, ValueStyle style, double? lowerBound, double? upperBound, double? minimumSpan = null, int targetTicks = 5)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.Where(double.IsFinite).ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var lo = list.Min();
        var hi = list.Max();
        if (!double.IsFinite(hi - lo))
        {
            return null;
        }

        if (minimumSpan is { } wanted && double.IsFinite(wanted) && hi - lo < wanted)
        {
            var centre = (lo / 2) + (hi / 2);
            (lo, hi) = (centre - (wanted / 2), centre + (wanted / 2));
        }

        if (hi - lo <= 0)
        {
            var half = Math.Max(Math.Abs(lo) * 0.1, style == ValueStyle.Duration ? 5 : 1);
            (lo, hi) = (lo - half, hi + half);
        }

        var pad = (hi - lo) * 0.05;
        lo -= pad;
        hi += pad;
        if (lowerBound is { } floor)
        {
            lo = Math.Max(lo, floor);
        }

        if (upperBound is { } ceiling)
        {
            hi = Math.Min(hi, ceiling);
        }

        if (!(hi > lo) || !double.IsFinite(hi - lo))
        {
            return null;
        }

        // A step no finer than the values can be told apart at (1e17 + 1 == 1e17).
        var precision = Math.Max(Math.Abs(lo), Math.Abs(hi)) * 1e-12;
        var step = Math.Max(NiceStep((hi - lo) / Math.Max(1, targetTicks - 1), style), precision > 0 ? NiceStep(precision, style) : 0);
        for (var attempt = 0; attempt < 64; attempt++)
        {
            var first = Math.Floor(lo / step);
            var last = Math.Ceiling(hi / step);
            var count = last - first;
            if (count <= MaxTicks)
            {
                var ticks = new List<double>();
                for (var i = 0; i <= (int)count; i++)
                {
                    ticks.Add(Clean((first + i) * step, step));
                }

                return new ValueAxis(ticks[0], ticks[^1], ticks, step, style);
            }

            step = NextStep(step, style);
        }

        return null;
    }

    /// <summary>The tick label: "88%", "88.5%", "1,250", "2.5", "45 s", "12 min", "1 min 30 s".</summary>
    public string Label(double tick) => Style switch
    {
        ValueStyle.Duration => UkFormat.DurationShort(tick),
        ValueStyle.Percent => UkFormat.Number(tick, Decimals) + "%",
        _ => UkFormat.Number(tick, Decimals),
    };

    /// <summary>The decimals that keep every tick label different: 0 for whole steps, 1 for 0.5, 2 for 0.05.</summary>
    public int Decimals => Step >= 1 || Style == ValueStyle.Duration ? 0 : Math.Min(12, (int)Math.Ceiling(-Math.Log10(Step) - 1e-9));

    private static double Clean(double value, double step)
    {
        // Snap floating-point noise (0.30000000000000004) to the step's own decimals.
        var decimals = step >= 1 ? 0 : Math.Min(15, (int)Math.Ceiling(-Math.Log10(step)) + 1);
        var snapped = Math.Round(value, decimals);
        return snapped == 0 ? 0 : snapped;
    }

    private static double NiceStep(double raw, ValueStyle style)
    {
        if (!(raw > 0) || !double.IsFinite(raw))
        {
            return 1;
        }

        if (style == ValueStyle.Duration && raw <= DurationSteps[^1])
        {
            // The nearest whole-second, minute or hour step, but never a fraction of a second.
            return DurationSteps.MinBy(s => Math.Abs(Math.Log(s / Math.Max(raw, 0.5))));
        }

        var exponent = Math.Floor(Math.Log10(raw));
        var power = Math.Pow(10, exponent);
        var fraction = raw / power;
        var nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * power;
    }

    private static double NextStep(double step, ValueStyle style)
    {
        if (style == ValueStyle.Duration && step < DurationSteps[^1])
        {
            return DurationSteps.First(s => s > step);
        }

        return NiceStep(step * 1.5, style) is var next && next > step ? next : step * 2;
    }
}

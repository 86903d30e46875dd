using System.Globalization;
using System.Text;
using NodaTime;
using Scorecard.Core.Periods;

namespace Scorecard.Rendering.Charts;

/// <summary>
/// What every monthly chart shares: the page width and margins, the value axis with its grid,
/// tick labels and title, the month axis, and the line labels at the right that never overlap.
/// </summary>
internal static class ChartFrame
{
    public const int Width = 680;
    public const int Right = 96;
    public const int Top = 22;
    public const int Bottom = 34;
    private const double TickCharWidth = 6.1;

    /// <summary>A generous width of one character of a line label (10–10.5 px, the average's bold), so that a label is never cut off at the edge.</summary>
    private const double LabelCharWidth = 6.8;

    /// <summary>The left margin: room for the longest tick label and the axis title.</summary>
    public static int Left(ValueAxis axis)
    {
        ArgumentNullException.ThrowIfNull(axis);
        return 30 + (int)Math.Ceiling(axis.Ticks.Max(t => axis.Label(t).Length) * TickCharWidth);
    }

    /// <summary>The right margin: at least <see cref="Right"/>, wider when a line label needs it ("Average 14,906,002", "Upper limit 6,673.1").</summary>
    public static int RightFor(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var longest = labels.Select(l => l.Length).DefaultIfEmpty(0).Max();
        return Math.Max(Right, 8 + (int)Math.Ceiling(longest * LabelCharWidth));
    }

    /// <summary>The grid, the tick labels, the axis title up the left side and the base line.</summary>
    public static void ValueAxis(StringBuilder sb, ValueAxis axis, int left, int plotW, int plotH, Func<double, double> y, string title)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(axis);
        foreach (var t in axis.Ticks)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{Svg.N(y(t))}\" y2=\"{Svg.N(y(t))}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{left - 6}\" y=\"{Svg.N(y(t) + 4)}\" text-anchor=\"end\">{Svg.Text(axis.Label(t))}</text>");
        }

        var middle = Top + (plotH / 2.0);
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-title\" x=\"12\" y=\"{Svg.N(middle)}\" text-anchor=\"middle\" transform=\"rotate(-90 12 {Svg.N(middle)})\">{Svg.Text(title)}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{Top + plotH}\" y2=\"{Top + plotH}\"/>");
    }

    /// <summary>
    /// The month axis: a tick for every month, a label every <paramref name="every"/> months counted
    /// back from the last, which is always labelled.
    /// </summary>
    public static void MonthAxis(StringBuilder sb, IReadOnlyList<YearMonth> months, Func<int, double> x, int plotH, int every = 3)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(months);
        for (var i = 0; i < months.Count; i++)
        {
            var labelled = i == months.Count - 1 || (months.Count - 1 - i) % every == 0;
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Svg.N(x(i))}\" x2=\"{Svg.N(x(i))}\" y1=\"{Top + plotH}\" y2=\"{Top + plotH + (labelled ? 5 : 3)}\"/>");
            if (labelled)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Svg.N(x(i))}\" y=\"{Top + plotH + 18}\" text-anchor=\"middle\">{Svg.Text(EnglishDates.ShortMonth(months[i]))}</text>");
            }
        }
    }

    /// <summary>Labels every third month up to three years, then every sixth, then every twelfth, so that labels never collide.</summary>
    public static int LabelEvery(int months) => months <= 36 ? 3 : months <= 72 ? 6 : 12;

    /// <summary>Line labels at the right, in order of importance: one that would overlap a label already placed is left out (its line keeps its tooltip).</summary>
    public static void RightLabels(StringBuilder sb, IEnumerable<(double Y, string Text, string Class)> labels, double x)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(labels);
        var placed = new List<double>();
        foreach (var (ly, text, cls) in labels)
        {
            if (placed.Exists(p => Math.Abs(p - ly) < 11))
            {
                continue;
            }

            placed.Add(ly);
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"{cls}\" x=\"{Svg.N(x)}\" y=\"{Svg.N(ly + 4)}\">{Svg.Text(text)}</text>");
        }
    }
}

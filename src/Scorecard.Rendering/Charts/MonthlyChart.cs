using System.Globalization;
using System.Text;
using NodaTime;
using Scorecard.Core.Periods;

namespace Scorecard.Rendering.Charts;

/// <summary>A month marked on a chart because a rule fired on it.</summary>
internal sealed record ChartMark(YearMonth Month, string Label, string Sentiment);

/// <summary>
/// A line chart of monthly values: the monthly figures (or rolling 12-month figures), optionally
/// with their average and ±1 and ±2 standard deviation bands, and months that fired a rule marked.
/// </summary>
/// <param name="Format">Formats a value for axis labels and tooltips.</param>
internal sealed record MonthlyChart(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<(YearMonth Month, double? Value)> Points,
    Func<double, string> Format,
    double? Mean = null,
    double? Sd = null,
    IReadOnlyList<ChartMark>? Marks = null,
    int Height = 250,
    string SeriesClass = "series-monthly")
{
    private const int Width = 680;
    private const int Left = 64;
    private const int Right = 118;
    private const int Top = 14;
    private const int Bottom = 34;

    public string ToSvg()
    {
        var present = Points.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
        var sb = Svg.Open(Id, Width, Height, Title, Description);
        if (present.Count == 0 || Points.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\" class=\"axis-label\">No data to chart</text></svg>");
            return sb.ToString();
        }

        var lo = present.Min();
        var hi = present.Max();
        if (Mean is { } m && Sd is { } s)
        {
            lo = Math.Min(lo, m - (2 * s));
            hi = Math.Max(hi, m + (2 * s));
        }

        var pad = (hi - lo) * 0.05;
        var ticks = Svg.Ticks(lo - pad, hi + pad, 5);
        var y0 = ticks[0];
        var y1 = ticks[^1];
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        double X(int i) => Left + (Points.Count == 1 ? plotW / 2.0 : i * plotW / (double)(Points.Count - 1));
        double Y(double v) => Top + plotH - ((v - y0) / (y1 - y0) * plotH);

        // Bands and average.
        if (Mean is { } mean && Sd is { } sd)
        {
            Band(sb, Y, mean - (2 * sd), mean + (2 * sd), "band-2sd", y0, y1);
            Band(sb, Y, mean - sd, mean + sd, "band-1sd", y0, y1);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"mean\" x1=\"{Left}\" x2=\"{Left + plotW}\" y1=\"{Svg.N(Y(mean))}\" y2=\"{Svg.N(Y(mean))}\"><title>Average: {Svg.Text(Format(mean))}</title></line>");
            var labels = new List<(double Y, string Text, string Class)>
            {
                (Y(mean + (2 * sd)), "+2 SD", "band-label"),
                (Y(mean + sd), "+1 SD", "band-label"),
                (Y(mean), "Average " + Format(mean), "mean-label"),
                (Y(mean - sd), "−1 SD", "band-label"),
                (Y(mean - (2 * sd)), "−2 SD", "band-label"),
            };
            if (sd > 0)
            {
                foreach (var (ly, text, cls) in labels)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<text class=\"{cls}\" x=\"{Left + plotW + 6}\" y=\"{Svg.N(ly + 4)}\">{Svg.Text(text)}</text>");
                }
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text class=\"mean-label\" x=\"{Left + plotW + 6}\" y=\"{Svg.N(Y(mean) + 4)}\">{Svg.Text("Average " + Format(mean))}</text>");
            }
        }

        // Grid and y axis.
        foreach (var t in ticks)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Left + plotW}\" y1=\"{Svg.N(Y(t))}\" y2=\"{Svg.N(Y(t))}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Svg.N(Y(t) + 4)}\" text-anchor=\"end\">{Svg.Text(Format(t))}</text>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Left + plotW}\" y1=\"{Top + plotH}\" y2=\"{Top + plotH}\"/>");

        // X axis: every third month labelled, the last month always.
        for (var i = 0; i < Points.Count; i++)
        {
            var month = Points[i].Month;
            var last = i == Points.Count - 1;
            var labelled = last || (Points.Count - 1 - i) % 3 == 0;
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Svg.N(X(i))}\" x2=\"{Svg.N(X(i))}\" y1=\"{Top + plotH}\" y2=\"{Top + plotH + (labelled ? 5 : 3)}\"/>");
            if (labelled)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Svg.N(X(i))}\" y=\"{Top + plotH + 18}\" text-anchor=\"middle\">{Svg.Text(EnglishDates.ShortMonth(month))}</text>");
            }
        }

        // The line, broken at missing months.
        var path = new StringBuilder();
        var pen = false;
        for (var i = 0; i < Points.Count; i++)
        {
            if (Points[i].Value is { } v)
            {
                path.Append(pen ? " L" : "M").Append(Svg.N(X(i))).Append(' ').Append(Svg.N(Y(v)));
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

            var hits = marks.Where(mk => mk.Month == month).ToList();
            var here = hits.Select(mk => mk.Label).Distinct().ToList();
            var tip = $"{EnglishDates.Month(month)}: {Format(v)}";
            if (here.Count > 0)
            {
                tip += " — " + string.Join("; ", here);
                sb.Append(CultureInfo.InvariantCulture, $"<g class=\"flagged flagged--{hits[0].Sentiment}\"><title>{Svg.Text(tip)}</title><rect x=\"{Svg.N(X(i) - 5.5)}\" y=\"{Svg.N(Y(v) - 5.5)}\" width=\"11\" height=\"11\" transform=\"rotate(45 {Svg.N(X(i))} {Svg.N(Y(v))})\"/></g>");
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"point {SeriesClass}\" cx=\"{Svg.N(X(i))}\" cy=\"{Svg.N(Y(v))}\" r=\"3\"><title>{Svg.Text(tip)}</title></circle>");
            }
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void Band(StringBuilder sb, Func<double, double> y, double from, double to, string cls, double min, double max)
    {
        var a = Math.Clamp(to, min, max);
        var b = Math.Clamp(from, min, max);
        if (b >= a)
        {
            return;
        }

        sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"{cls}\" x=\"{Left}\" y=\"{Svg.N(y(a))}\" width=\"{Width - Left - Right}\" height=\"{Svg.N(y(b) - y(a))}\"/>");
    }
}

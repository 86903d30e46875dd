using System.Globalization;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;

namespace Scorecard.Rendering.Charts;

/// <summary>
/// Horizontal bars, one per force of the peer group, highest first; the force highlighted, the
/// group average marked with its ±k SD band. Force names are shown whole (wrapped onto a second
/// line when long; shortened with "…" only past two lines, the full name in the tooltip), and the
/// values sit in their own column at the right, so that no label meets a bar, the average line or
/// another label.
/// </summary>
/// <param name="AxisTitle">What the bars measure, with its unit: "crimes per 1,000 population".</param>
internal sealed record PeerChart(string Id, string Title, string Description, PeerComparison Peers, Func<double, string> Format, string AxisTitle, double K = 1, bool IsPercent = false)
{
    private const int Width = 680;
    private const int Top = 26;
    private const int Bottom = 52;
    private const int ValueColumn = 76;
    private const double NameCharWidth = 6.4;
    private const int LineChars = 30;

    public ChartDrawing? Draw()
    {
        var points = Peers.Points.OrderByDescending(p => p.Value).ThenBy(p => p.Force, StringComparer.Ordinal).ToList();
        var names = points.Select(p => Wrap(p.Force)).ToList();
        var rowHeights = names.Select(n => n.Count == 1 ? 20 : 30).ToList();
        var height = Top + rowHeights.Sum() + Bottom;
        var longest = names.SelectMany(n => n).DefaultIfEmpty(string.Empty).Max(l => l.Length);
        var left = Math.Clamp((int)Math.Ceiling((longest * NameCharWidth) + 16), 90, 240);

        var lo = Peers.GroupMean - (K * Peers.GroupSd);
        var hi = Peers.GroupMean + (K * Peers.GroupSd);
        var values = points.Select(p => p.Value).Append(Peers.GroupMean).Append(0.0).Append(hi);
        var axis = ValueAxis.For(values, ValueStyle.Decimal, points.All(p => p.Value >= 0) ? 0 : null, IsPercent && points.All(p => p.Value <= 100) ? 100 : null);
        if (axis is null)
        {
            return null;
        }

        var plotW = Width - left - ValueColumn - 8;
        double X(double v) => left + ((Math.Clamp(v, axis.Min, axis.Max) - axis.Min) / (axis.Max - axis.Min) * plotW);
        var plotBottom = Top + rowHeights.Sum();

        var sb = Svg.Open(Id, Width, height, Title, Description);
        sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"band-1sd\" x=\"{Svg.N(X(lo))}\" y=\"{Top}\" width=\"{Svg.N(X(hi) - X(lo))}\" height=\"{plotBottom - Top}\"><title>In line with peers: {Svg.Text(Format(lo))} to {Svg.Text(Format(hi))}</title></rect>");
        foreach (var t in axis.Ticks)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Svg.N(X(t))}\" x2=\"{Svg.N(X(t))}\" y1=\"{Top}\" y2=\"{plotBottom}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Svg.N(X(t))}\" y=\"{plotBottom + 16}\" text-anchor=\"middle\">{Svg.Text(axis.Label(t))}</text>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-title\" x=\"{Svg.N(left + (plotW / 2.0))}\" y=\"{plotBottom + 32}\" text-anchor=\"middle\">{Svg.Text(AxisTitle)}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"value-heading\" x=\"{Width - 4}\" y=\"{Top - 6}\" text-anchor=\"end\">{Svg.Text("Value")}</text>");

        var y = Top;
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var rowHeight = rowHeights[i];
            var name = names[i];
            var self = p.IsSelf ? " self" : string.Empty;
            var full = p.IsSelf ? p.Force + " (this force)" : p.Force;
            var barHeight = 13;
            var barY = y + ((rowHeight - barHeight) / 2.0);
            var baseline = y + (rowHeight / 2.0) + 4 - ((name.Count - 1) * 6.5);
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"bar-label{self}\" x=\"{left - 8}\" y=\"{Svg.N(baseline)}\" text-anchor=\"end\"><title>{Svg.Text(full)}</title>");
            for (var line = 0; line < name.Count; line++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{left - 8}\" dy=\"{(line == 0 ? 0 : 13)}\">{Svg.Text(name[line])}</tspan>");
            }

            sb.Append("</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar{(p.IsSelf ? " bar-self" : string.Empty)}\" x=\"{Svg.N(X(axis.Min))}\" y=\"{Svg.N(barY)}\" width=\"{Svg.N(X(p.Value) - X(axis.Min))}\" height=\"{barHeight}\"><title>{Svg.Text(full)}: {Svg.Text(Format(p.Value))}</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"bar-value{self}\" x=\"{Width - 4}\" y=\"{Svg.N(y + (rowHeight / 2.0) + 4)}\" text-anchor=\"end\">{Svg.Text(Format(p.Value))}</text>");
            y += rowHeight;
        }

        // The average's label sits above the plot, over its line, kept clear of the value column.
        var meanX = X(Peers.GroupMean);
        var label = "Average " + Format(Peers.GroupMean);
        var half = label.Length * 3.2;
        var labelX = Math.Clamp(meanX, left + half, left + plotW - half);
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"mean\" x1=\"{Svg.N(meanX)}\" x2=\"{Svg.N(meanX)}\" y1=\"{Top - 4}\" y2=\"{plotBottom + 4}\"><title>Group average: {Svg.Text(Format(Peers.GroupMean))}</title></line>");
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"mean-label\" x=\"{Svg.N(labelX)}\" y=\"{Top - 8}\" text-anchor=\"middle\">{Svg.Text(label)}</text>");
        sb.Append("</svg>");
        return new ChartDrawing(sb.ToString(), []);
    }

    /// <summary>A force name on one line, or two when long; past two lines the end is cut with "…" (the tooltip keeps it whole).</summary>
    internal static IReadOnlyList<string> Wrap(string name)
    {
        if (name.Length <= LineChars)
        {
            return [name];
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = string.Empty;
        var index = 0;
        while (index < words.Length && (first.Length == 0 ? words[index].Length : first.Length + 1 + words[index].Length) <= LineChars)
        {
            first = first.Length == 0 ? words[index] : first + " " + words[index];
            index++;
        }

        if (first.Length == 0)
        {
            first = name[..LineChars];
            var rest = name[LineChars..];
            return [first, Shorten(rest)];
        }

        return [first, Shorten(string.Join(' ', words.Skip(index)))];
    }

    private static string Shorten(string text) => text.Length <= LineChars ? text : text[..(LineChars - 1)].TrimEnd() + "…";
}

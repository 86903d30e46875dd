using System.Globalization;
using Scorecard.Core.Evaluation;

namespace Scorecard.Rendering.Charts;

/// <summary>
/// Horizontal bars, one per force of the peer group, highest first; the force highlighted, the
/// group average marked with its ±1 SD band.
/// </summary>
internal sealed record PeerChart(string Id, string Title, string Description, PeerComparison Peers, Func<double, string> Format, double K = 1)
{
    private const int Width = 680;
    private const int Left = 190;
    private const int Right = 70;
    private const int Top = 12;
    private const int Row = 22;
    private const int Bottom = 40;

    public string ToSvg()
    {
        var points = Peers.Points.OrderByDescending(p => p.Value).ThenBy(p => p.Force, StringComparer.Ordinal).ToList();
        var height = Top + (points.Count * Row) + Bottom;
        var sb = Svg.Open(Id, Width, height, Title, Description);
        var max = Math.Max(points.Count == 0 ? 1 : points.Max(p => p.Value), Peers.GroupMean + (K * Peers.GroupSd));
        var ticks = Svg.Ticks(0, max * 1.02, 5);
        var top = ticks[^1];
        var plotW = Width - Left - Right;
        double X(double v) => Left + (Math.Max(0, v) / top * plotW);
        var plotBottom = Top + (points.Count * Row);

        var lo = Peers.GroupMean - (K * Peers.GroupSd);
        var hi = Peers.GroupMean + (K * Peers.GroupSd);
        sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"band-1sd\" x=\"{Svg.N(X(lo))}\" y=\"{Top}\" width=\"{Svg.N(X(hi) - X(lo))}\" height=\"{points.Count * Row}\"><title>In line with peers: {Svg.Text(Format(lo))} to {Svg.Text(Format(hi))}</title></rect>");
        foreach (var t in ticks)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Svg.N(X(t))}\" x2=\"{Svg.N(X(t))}\" y1=\"{Top}\" y2=\"{plotBottom}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Svg.N(X(t))}\" y=\"{plotBottom + 16}\" text-anchor=\"middle\">{Svg.Text(Format(t))}</text>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"mean\" x1=\"{Svg.N(X(Peers.GroupMean))}\" x2=\"{Svg.N(X(Peers.GroupMean))}\" y1=\"{Top - 4}\" y2=\"{plotBottom + 4}\"><title>Group average: {Svg.Text(Format(Peers.GroupMean))}</title></line>");
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var y = Top + (i * Row);
            var cls = p.IsSelf ? "bar bar-self" : "bar";
            var name = p.IsSelf ? p.Force + " (this force)" : p.Force;
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"bar-label{(p.IsSelf ? " self" : string.Empty)}\" x=\"{Left - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{Svg.Text(p.Force)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"{cls}\" x=\"{Left}\" y=\"{y + 4}\" width=\"{Svg.N(X(p.Value) - Left)}\" height=\"{Row - 8}\"><title>{Svg.Text(name)}: {Svg.Text(Format(p.Value))}</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"bar-value{(p.IsSelf ? " self" : string.Empty)}\" paint-order=\"stroke\" x=\"{Svg.N(X(p.Value) + 4)}\" y=\"{y + 15}\">{Svg.Text(Format(p.Value))}</text>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"mean-label\" x=\"{Svg.N(X(Peers.GroupMean))}\" y=\"{plotBottom + 32}\" text-anchor=\"middle\">Group average {Svg.Text(Format(Peers.GroupMean))}</text>");
        sb.Append("</svg>");
        return sb.ToString();
    }
}

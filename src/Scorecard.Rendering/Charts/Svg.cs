using System.Globalization;
using System.Net;
using System.Text;

namespace Scorecard.Rendering.Charts;

/// <summary>Small helpers for writing deterministic SVG: invariant numbers, escaped text.</summary>
internal static class Svg
{
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Text(string text) => WebUtility.HtmlEncode(text);

    /// <summary>"Nice" axis ticks covering [min, max], about <paramref name="count"/> of them.</summary>
    public static IReadOnlyList<double> Ticks(double min, double max, int count = 5)
    {
        if (max <= min)
        {
            max = min + 1;
        }

        var span = NiceNumber(max - min, round: false);
        var step = NiceNumber(span / Math.Max(1, count - 1), round: true);
        var first = Math.Floor(min / step) * step;
        var last = Math.Ceiling(max / step) * step;
        var ticks = new List<double>();
        for (var v = first; v <= last + (step / 2); v += step)
        {
            ticks.Add(Math.Round(v, 10));
        }

        return ticks;
    }

    private static double NiceNumber(double range, bool round)
    {
        var exponent = Math.Floor(Math.Log10(range));
        var fraction = range / Math.Pow(10, exponent);
        double nice = round
            ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * Math.Pow(10, exponent);
    }

    public static StringBuilder Open(string id, int width, int height, string title, string description)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart-svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{Text(title)}</title><desc id=\"{id}-d\">{Text(description)}</desc>");
        return sb;
    }
}

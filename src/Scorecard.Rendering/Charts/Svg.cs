using System.Globalization;
using System.Net;
using System.Text;

namespace Scorecard.Rendering.Charts;

/// <summary>Small helpers for writing deterministic SVG: invariant numbers, escaped text.</summary>
internal static class Svg
{
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Text(string text) => WebUtility.HtmlEncode(text);

    public static StringBuilder Open(string id, int width, int height, string title, string description)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart-svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{Text(title)}</title><desc id=\"{id}-d\">{Text(description)}</desc>");
        return sb;
    }
}

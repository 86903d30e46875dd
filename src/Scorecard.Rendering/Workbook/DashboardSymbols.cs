namespace Scorecard.Rendering.Workbook;

/// <summary>
/// The symbol the workbook prints for each flag of the dashboard key. The reference report's
/// symbols were images; these are plain Unicode that print in any font Excel or LibreOffice
/// falls back to, and that differ in shape so that they read without colour: triangles for the
/// peers, single arrows for one month, double arrows for several months, diagonal arrows for
/// trends, a circle for no data.
/// </summary>
public static class DashboardSymbols
{
    private static readonly Dictionary<string, string> ByRule = new(StringComparer.Ordinal)
    {
        ["peers-above"] = "▲",
        ["peers-in-line-above"] = "△",
        ["peers-in-line-below"] = "▽",
        ["peers-below"] = "▼",
        ["spike-high"] = "↑",
        ["shift-high"] = "⇈",
        ["run-above"] = "⇑",
        ["trend-up"] = "↗",
        ["rolling-trend-up"] = "⬈",
        ["spike-low"] = "↓",
        ["shift-low"] = "⇊",
        ["run-below"] = "⇓",
        ["trend-down"] = "↘",
        ["rolling-trend-down"] = "⬊",
        ["peers-trend-differs"] = "≠",
        ["no-data"] = "○",
    };

    /// <summary>The symbol for a rule that the key above does not list.</summary>
    public const string Other = "■";

    /// <summary>The symbol for <paramref name="ruleId"/>, or <see cref="Other"/>.</summary>
    public static string For(string ruleId) => ByRule.GetValueOrDefault(ruleId, Other);
}

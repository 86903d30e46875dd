using System.Net;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Rules;

namespace Scorecard.Rendering;

/// <summary>One symbol of the dashboard key: its text glyph and the drawn icon that matches it.</summary>
/// <param name="Glyph">Plain Unicode for the Markdown report and the workbook (the Arrows and Geometric Shapes blocks, which every fallback font has).</param>
/// <param name="Shape">The SVG body of the 16×16 icon the HTML report draws: the same figure as <see cref="Glyph"/>.</param>
public sealed record DashboardSymbol(string RuleId, string Glyph, string Shape);

/// <summary>
/// The one table of the key's symbols, used by the HTML report (drawn icons), the Markdown report
/// and the workbook (glyphs), so that all three tell the same story. The reference report's
/// symbols were images; these differ in shape so that they read without colour (printed in
/// grey): triangles for the peers (filled beyond the band, hollow within it), a single arrow for
/// one month (spike), a pair of arrows for three months (shift), a double-stroke arrow for eight
/// (run), a diagonal arrow for a trend and a double-stroke diagonal for the rolling trend, up and
/// down arrows side by side for "does not trend with peers", an empty set for no data.
/// Short labels are the rules' own (<see cref="RuleDefinition.ShortLabel"/>, in Core).
/// </summary>
public static class DashboardSymbols
{
    private const string Stroke = "fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.7\" stroke-linecap=\"round\" stroke-linejoin=\"round\"";
    private const string Fill = "fill=\"currentColor\" stroke=\"currentColor\" stroke-width=\"1.2\" stroke-linejoin=\"round\"";

    /// <summary>Every symbol, in the key's order.</summary>
    public static IReadOnlyList<DashboardSymbol> All { get; } =
    [
        new(RuleIds.PeersAbove, "▲", $"<path d=\"M8 2.2l6.3 11.3H1.7z\" {Fill}/>"),
        new(RuleIds.PeersInLineAbove, "△", $"<path d=\"M8 2.2l6.3 11.3H1.7z\" {Stroke}/>"),
        new(RuleIds.PeersInLineBelow, "▽", $"<path d=\"M8 13.8l6.3-11.3H1.7z\" {Stroke}/>"),
        new(RuleIds.PeersBelow, "▼", $"<path d=\"M8 13.8l6.3-11.3H1.7z\" {Fill}/>"),
        new(RuleIds.SpikeHigh, "↑", $"<path d=\"M8 14.5V2M3.2 6.8L8 2l4.8 4.8\" {Stroke}/>"),
        new(RuleIds.ShiftHigh, "⇈", $"<path d=\"M4.5 14.5V2M1.5 5l3-3 3 3M11.5 14.5V2M8.5 5l3-3 3 3\" {Stroke}/>"),
        new(RuleIds.RunAbove, "⇑", $"<path d=\"M5.8 14.5V6.6M10.2 14.5V6.6M2.5 8.2L8 2.2l5.5 6\" {Stroke}/>"),
        new(RuleIds.TrendUp, "↗", $"<path d=\"M2.5 13.5L13 3M6.5 3H13v6.5\" {Stroke}/>"),
        new(RuleIds.RollingTrendUp, "⇗", $"<path d=\"M1.5 11.5L9.5 3.5M4.5 14.5L12.5 6.5M7.5 2h6.5v6.5\" {Stroke}/>"),
        new(RuleIds.SpikeLow, "↓", $"<path d=\"M8 1.5V14M3.2 9.2L8 14l4.8-4.8\" {Stroke}/>"),
        new(RuleIds.ShiftLow, "⇊", $"<path d=\"M4.5 1.5V14M1.5 11l3 3 3-3M11.5 1.5V14M8.5 11l3 3 3-3\" {Stroke}/>"),
        new(RuleIds.RunBelow, "⇓", $"<path d=\"M5.8 1.5v7.9M10.2 1.5v7.9M2.5 7.8L8 13.8l5.5-6\" {Stroke}/>"),
        new(RuleIds.TrendDown, "↘", $"<path d=\"M2.5 2.5L13 13M13 6.5V13H6.5\" {Stroke}/>"),
        new(RuleIds.RollingTrendDown, "⇘", $"<path d=\"M1.5 4.5L9.5 12.5M4.5 1.5L12.5 9.5M14 7.5V14H7.5\" {Stroke}/>"),
        new(RuleIds.PeersTrendDiffers, "⇅", $"<path d=\"M4.5 14V2.5M1.5 5.5l3-3 3 3M11.5 2v11.5M8.5 10.5l3 3 3-3\" {Stroke}/>"),
        new(RuleIds.NoData, "∅", $"<circle cx=\"8\" cy=\"8\" r=\"5.6\" {Stroke}/><path d=\"M3 13L13 3\" {Stroke}/>"),

        // "Making Data Count": points against the lines of an XmR chart (a dot beyond a limit, a row
        // of dots on one side of the mean, dots climbing or falling, two dots near a limit).
        new(RuleIds.SpcSinglePointHigh, "↥", $"<path d=\"M1.5 9.5H14.5\" {Stroke}/><circle cx=\"8\" cy=\"4.2\" r=\"2.6\" {Fill}/>"),
        new(RuleIds.SpcShiftHigh, "⇡", $"<path d=\"M1.5 12H14.5\" {Stroke}/><circle cx=\"3\" cy=\"6.5\" r=\"1.7\" {Fill}/><circle cx=\"8\" cy=\"6.5\" r=\"1.7\" {Fill}/><circle cx=\"13\" cy=\"6.5\" r=\"1.7\" {Fill}/>"),
        new(RuleIds.SpcTrendUp, "⤴", $"<path d=\"M3 12.5L8 8L13 3.5\" {Stroke}/><circle cx=\"3\" cy=\"12.5\" r=\"1.7\" {Fill}/><circle cx=\"8\" cy=\"8\" r=\"1.7\" {Fill}/><circle cx=\"13\" cy=\"3.5\" r=\"1.7\" {Fill}/>"),
        new(RuleIds.SpcTwoSigmaHigh, "⇧", $"<path d=\"M1.5 2.5H14.5\" {Stroke} stroke-dasharray=\"2 1.6\"/><circle cx=\"4.5\" cy=\"6.5\" r=\"1.9\" {Fill}/><circle cx=\"11.5\" cy=\"6.5\" r=\"1.9\" {Fill}/><path d=\"M1.5 13.5H14.5\" {Stroke}/>"),
        new(RuleIds.SpcSinglePointLow, "↧", $"<path d=\"M1.5 6.5H14.5\" {Stroke}/><circle cx=\"8\" cy=\"11.8\" r=\"2.6\" {Fill}/>"),
        new(RuleIds.SpcShiftLow, "⇣", $"<path d=\"M1.5 4H14.5\" {Stroke}/><circle cx=\"3\" cy=\"9.5\" r=\"1.7\" {Fill}/><circle cx=\"8\" cy=\"9.5\" r=\"1.7\" {Fill}/><circle cx=\"13\" cy=\"9.5\" r=\"1.7\" {Fill}/>"),
        new(RuleIds.SpcTrendDown, "⤵", $"<path d=\"M3 3.5L8 8L13 12.5\" {Stroke}/><circle cx=\"3\" cy=\"3.5\" r=\"1.7\" {Fill}/><circle cx=\"8\" cy=\"8\" r=\"1.7\" {Fill}/><circle cx=\"13\" cy=\"12.5\" r=\"1.7\" {Fill}/>"),
        new(RuleIds.SpcTwoSigmaLow, "⇩", $"<path d=\"M1.5 13.5H14.5\" {Stroke} stroke-dasharray=\"2 1.6\"/><circle cx=\"4.5\" cy=\"9.5\" r=\"1.9\" {Fill}/><circle cx=\"11.5\" cy=\"9.5\" r=\"1.9\" {Fill}/><path d=\"M1.5 2.5H14.5\" {Stroke}/>"),
    ];

    private static readonly Dictionary<string, DashboardSymbol> ById = All.ToDictionary(s => s.RuleId, StringComparer.Ordinal);

    /// <summary>True when the table draws <paramref name="ruleId"/>.</summary>
    public static bool Draws(string ruleId) => ById.ContainsKey(ruleId);

    /// <summary>
    /// The symbols of <paramref name="sets"/> the table does not draw: a rule set added to Core
    /// without its symbols here. The report refuses to start rather than draw a stand-in.
    /// </summary>
    public static IReadOnlyList<string> Undrawn(IEnumerable<RuleSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        return sets.SelectMany(s => s.Key).Select(d => d.Id).Where(id => !Draws(id)).Distinct().ToList();
    }

    /// <summary>The glyph for <paramref name="ruleId"/>.</summary>
    public static string For(string ruleId) => Symbol(ruleId).Glyph;

    private static DashboardSymbol Symbol(string ruleId) =>
        ById.TryGetValue(ruleId, out var s) ? s : throw new KeyNotFoundException($"No symbol is drawn for the rule {ruleId}: add it to DashboardSymbols.All.");

    /// <summary>"⇈ Shift above": the glyph and the rule's short label, as the workbook and the Markdown report print a flag.</summary>
    public static string Label(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return $"{For(rule.Id)} {rule.ShortLabel}";
    }

    /// <summary>The icon as inline SVG with a tooltip (<c>title</c>) and an accessible label.</summary>
    public static string Icon(string ruleId, string label, string cssClass)
    {
        var shape = Symbol(ruleId).Shape;
        var text = WebUtility.HtmlEncode(label);
        return $"<svg class=\"{cssClass}\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" role=\"img\" aria-label=\"{text}\" focusable=\"false\"><title>{text}</title>{shape}</svg>";
    }
}

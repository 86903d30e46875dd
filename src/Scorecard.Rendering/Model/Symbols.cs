using System.Net;
using Scorecard.Core.Evaluation;

namespace Scorecard.Rendering.Model;

/// <summary>
/// The dashboard key's symbols drawn as small inline SVG icons (shape carries the meaning,
/// colour by sentiment is extra) and as plain text glyphs for Markdown.
/// </summary>
internal static class Symbols
{
    private const string Stroke = "fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.6\" stroke-linecap=\"round\" stroke-linejoin=\"round\"";

    private static readonly Dictionary<string, (string Glyph, string Shape)> ById = new(StringComparer.Ordinal)
    {
        ["peers-above"] = ("⊕", $"<circle cx=\"8\" cy=\"8\" r=\"6.6\" {Stroke}/><path d=\"M8 4.2l3.3 5.9H4.7z\" fill=\"currentColor\"/>"),
        ["peers-in-line-above"] = ("≈+", $"<circle cx=\"8\" cy=\"8\" r=\"6.6\" {Stroke}/><path d=\"M4.5 10.5h7\" {Stroke}/><path d=\"M8 4.6l2 3.2H6z\" fill=\"currentColor\"/>"),
        ["peers-in-line-below"] = ("≈−", $"<circle cx=\"8\" cy=\"8\" r=\"6.6\" {Stroke}/><path d=\"M4.5 5.5h7\" {Stroke}/><path d=\"M8 11.4l2-3.2H6z\" fill=\"currentColor\"/>"),
        ["peers-below"] = ("⊖", $"<circle cx=\"8\" cy=\"8\" r=\"6.6\" {Stroke}/><path d=\"M8 11.8l3.3-5.9H4.7z\" fill=\"currentColor\"/>"),
        ["spike-high"] = ("▲", $"<path d=\"M1 14h4.2L8 1.8l2.8 12.2H15\" {Stroke}/>"),
        ["spike-low"] = ("▼", $"<path d=\"M1 2h4.2L8 14.2 10.8 2H15\" {Stroke}/>"),
        ["shift-high"] = ("⇈", $"<path d=\"M1 12.5h14\" {Stroke}/><rect x=\"1.8\" y=\"3\" width=\"3.4\" height=\"6.5\" fill=\"currentColor\"/><rect x=\"6.3\" y=\"3\" width=\"3.4\" height=\"6.5\" fill=\"currentColor\"/><rect x=\"10.8\" y=\"3\" width=\"3.4\" height=\"6.5\" fill=\"currentColor\"/>"),
        ["shift-low"] = ("⇊", $"<path d=\"M1 3.5h14\" {Stroke}/><rect x=\"1.8\" y=\"6.5\" width=\"3.4\" height=\"6.5\" fill=\"currentColor\"/><rect x=\"6.3\" y=\"6.5\" width=\"3.4\" height=\"6.5\" fill=\"currentColor\"/><rect x=\"10.8\" y=\"6.5\" width=\"3.4\" height=\"6.5\" fill=\"currentColor\"/>"),
        ["run-above"] = ("↟", $"<path d=\"M1 12h14\" {Stroke}/><circle cx=\"2.6\" cy=\"7\" r=\"1.4\" fill=\"currentColor\"/><circle cx=\"6.2\" cy=\"7\" r=\"1.4\" fill=\"currentColor\"/><circle cx=\"9.8\" cy=\"7\" r=\"1.4\" fill=\"currentColor\"/><circle cx=\"13.4\" cy=\"7\" r=\"1.4\" fill=\"currentColor\"/>"),
        ["run-below"] = ("↡", $"<path d=\"M1 4h14\" {Stroke}/><circle cx=\"2.6\" cy=\"9\" r=\"1.4\" fill=\"currentColor\"/><circle cx=\"6.2\" cy=\"9\" r=\"1.4\" fill=\"currentColor\"/><circle cx=\"9.8\" cy=\"9\" r=\"1.4\" fill=\"currentColor\"/><circle cx=\"13.4\" cy=\"9\" r=\"1.4\" fill=\"currentColor\"/>"),
        ["trend-up"] = ("↗", $"<path d=\"M2.5 13.5L13 3M7 3h6v6\" {Stroke}/>"),
        ["trend-down"] = ("↘", $"<path d=\"M2.5 2.5L13 13M13 7v6H7\" {Stroke}/>"),
        ["rolling-trend-up"] = ("⇗", $"<path d=\"M1.5 11.5L9.5 3.5M4.5 14.5L12.5 6.5M8 2h6v6\" {Stroke}/>"),
        ["rolling-trend-down"] = ("⇘", $"<path d=\"M1.5 4.5L9.5 12.5M4.5 1.5L12.5 9.5M14 8v6H8\" {Stroke}/>"),
        ["peers-trend-differs"] = ("⇅", $"<path d=\"M5 14V2.5M2 5.5l3-3 3 3M11 2v11.5M8 10.5l3 3 3-3\" {Stroke}/>"),
        ["no-data"] = ("∅", $"<circle cx=\"8\" cy=\"8\" r=\"6.3\" {Stroke}/><path d=\"M3.5 12.5l9-9\" {Stroke}/>"),
    };

    private const string UnknownShape = "<rect x=\"2.5\" y=\"2.5\" width=\"11\" height=\"11\" rx=\"1.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.6\"/>";

    public static string Glyph(string ruleId) => ById.TryGetValue(ruleId, out var s) ? s.Glyph : "■";

    /// <summary>The icon as inline SVG with a tooltip (<c>title</c>) and an accessible label.</summary>
    public static string Icon(string ruleId, string label, string cssClass)
    {
        var shape = ById.TryGetValue(ruleId, out var s) ? s.Shape : UnknownShape;
        var text = WebUtility.HtmlEncode(label);
        return $"<svg class=\"{cssClass}\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" role=\"img\" aria-label=\"{text}\" focusable=\"false\"><title>{text}</title>{shape}</svg>";
    }

    public static string SentimentId(Sentiment? sentiment) => sentiment switch
    {
        Sentiment.Improvement => "improvement",
        Sentiment.Concern => "concern",
        Sentiment.Neutral => "neutral",
        Sentiment.Attention => "attention",
        _ => "none",
    };

    public static string SentimentLabel(Sentiment? sentiment) => sentiment switch
    {
        Sentiment.Improvement => "Improvement",
        Sentiment.Concern => "Concern",
        Sentiment.Neutral => "Neutral",
        Sentiment.Attention => "Needs attention",
        _ => "Not fired",
    };
}

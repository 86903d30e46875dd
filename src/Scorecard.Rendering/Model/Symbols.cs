using Scorecard.Core.Evaluation;

namespace Scorecard.Rendering.Model;

/// <summary>
/// The dashboard key's symbols for the templates: icons and glyphs from <see cref="DashboardSymbols"/>
/// (shape carries the meaning, colour by sentiment is extra), and sentiment ids and labels.
/// </summary>
internal static class Symbols
{
    public static string Glyph(string ruleId) => DashboardSymbols.For(ruleId);

    /// <summary>The icon as inline SVG with a tooltip (<c>title</c>) and an accessible label.</summary>
    public static string Icon(string ruleId, string label, string cssClass) => DashboardSymbols.Icon(ruleId, label, cssClass);

    public static string SentimentId(Sentiment? sentiment) => sentiment switch
    {
        { } s => SentimentPalette.Id(s),
        null => "none",
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

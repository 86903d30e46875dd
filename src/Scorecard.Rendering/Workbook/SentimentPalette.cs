using Scorecard.Core.Evaluation;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// A sentiment's colours: the colour-blind-safe base colour (Okabe and Ito's palette, shared
/// with the HTML report), a light tint of it for cell fills, a dark shade for text on that fill
/// (readable when printed in grey), and what the colour means.
/// </summary>
public sealed record SentimentColour(Sentiment Sentiment, string Base, string Fill, string Text, string Meaning);

/// <summary>The four sentiments' colours, in the order the key lists them.</summary>
public static class SentimentPalette
{
    public static IReadOnlyList<SentimentColour> All { get; } =
    [
        new(Sentiment.Improvement, "#0072B2", "#CCE3F0", "#00466E",
            "Improvement: a high flag on a measure where higher is better, or a low flag where lower is better."),
        new(Sentiment.Concern, "#D55E00", "#F7DFCC", "#8A3D00",
            "Concern: a high flag on a measure where lower is better, or a low flag where higher is better."),
        new(Sentiment.Neutral, "#999999", "#EBEBEB", "#404040",
            "Neutral: a change on a measure where neither direction is good or bad in itself."),
        new(Sentiment.Attention, "#CC79A7", "#F5E4ED", "#6E2F55",
            "Attention: whatever the measure's direction (no data recorded; not trending with peers)."),
    ];

    public static SentimentColour For(Sentiment sentiment) => All.First(c => c.Sentiment == sentiment);

    /// <summary>Which sentiment colours a cell that holds several flags: concern first, then attention, improvement, neutral.</summary>
    public static Sentiment Strongest(IEnumerable<Sentiment> sentiments) =>
        sentiments.OrderBy(s => s switch
        {
            Sentiment.Concern => 0,
            Sentiment.Attention => 1,
            Sentiment.Improvement => 2,
            _ => 3,
        }).DefaultIfEmpty(Sentiment.Neutral).First();
}

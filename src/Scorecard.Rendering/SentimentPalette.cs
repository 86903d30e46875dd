using System.Globalization;
using System.Text;
using Scorecard.Core.Evaluation;

namespace Scorecard.Rendering;

/// <summary>
/// A sentiment's colours: the colour-blind-safe base colour (Okabe and Ito's palette), a light
/// tint of it for fills, a dark shade for text and icons (readable when printed in grey), and
/// what the colour means. The one palette of the workbook and the HTML report.
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

    /// <summary>The CSS id of a sentiment: "improvement", "concern", "neutral", "attention".</summary>
    public static string Id(Sentiment sentiment) => sentiment.ToString().ToLowerInvariant();

    /// <summary>
    /// The palette as CSS custom properties for the HTML report: <c>--improvement</c> (base),
    /// <c>--improvement-fill</c> and <c>--improvement-ink</c> (text and icons), and so on.
    /// </summary>
    public static string Css()
    {
        var sb = new StringBuilder(":root {");
        foreach (var c in All)
        {
            var id = Id(c.Sentiment);
            sb.Append(CultureInfo.InvariantCulture, $" --{id}: {c.Base}; --{id}-fill: {c.Fill}; --{id}-ink: {c.Text};");
        }

        return sb.Append(" }").ToString();
    }

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

using System.Globalization;
using System.Text;
using Scorecard.Core.Evaluation;
using Scorecard.Rendering.Palette;

namespace Scorecard.Rendering;

/// <summary>
/// A sentiment's colours: the base colour (swatches, chart markers), a light tint of it for
/// fills, a dark shade for text and icons (readable when printed in grey), and what the colour
/// means. Colours are "#RRGGBB".
/// </summary>
public sealed record SentimentColour(Sentiment Sentiment, string Base, string Fill, string Text, string Meaning);

/// <summary>
/// The four sentiments' colours, in the order the key lists them: the one palette of the HTML
/// report, its charts (through the CSS custom properties <see cref="Css"/> writes) and the
/// workbook. <see cref="Default"/> is Okabe and Ito's colour-blind-safe palette; an office sets
/// its own with the configuration's <c>palette</c>.
/// </summary>
public sealed class SentimentPalette
{
    private static readonly Sentiment[] Order = [Sentiment.Improvement, Sentiment.Concern, Sentiment.Neutral, Sentiment.Attention];

    private SentimentPalette(IReadOnlyList<SentimentColour> colours)
    {
        All = colours;
    }

    /// <summary>
    /// Okabe and Ito's blue, vermilion and reddish purple, and a mid grey dark enough to stand
    /// apart from the purple for readers with deuteranopia (the palette's own grey, #999999, does
    /// not: ΔE2000 6.2) and to show on white (4.5:1).
    /// </summary>
    public static SentimentPalette Default { get; } = new(
    [
        new(Sentiment.Improvement, "#0072B2", "#CCE3F0", "#00466E",
            "Improvement: a high flag on a measure where higher is better, or a low flag where lower is better."),
        new(Sentiment.Concern, "#D55E00", "#F7DFCC", "#8A3D00",
            "Concern: a high flag on a measure where lower is better, or a low flag where higher is better."),
        new(Sentiment.Neutral, "#767676", "#EBEBEB", "#404040",
            "Neutral: a change on a measure where neither direction is good or bad in itself."),
        new(Sentiment.Attention, "#CC79A7", "#F5E4ED", "#6E2F55",
            "Attention: whatever the measure's direction (no data recorded; not trending with peers)."),
    ]);

    /// <summary>The colours in the key's order: improvement, concern, neutral, attention.</summary>
    public IReadOnlyList<SentimentColour> All { get; }

    /// <summary>
    /// This palette with one sentiment's colours replaced. A null <paramref name="fill"/> is a
    /// light tint of <paramref name="baseColour"/> (a fifth of it on white, as the defaults are);
    /// a null <paramref name="text"/> is the base darkened until it reads on the fill at 7:1.
    /// </summary>
    public SentimentPalette With(Sentiment sentiment, string baseColour, string? fill = null, string? text = null)
    {
        var b = Rgb.Parse(baseColour) ?? throw new ArgumentException($"\"{baseColour}\" is not a colour #RRGGBB.", nameof(baseColour));
        var f = fill is null ? b.Tint(0.2) : Rgb.Parse(fill) ?? throw new ArgumentException($"\"{fill}\" is not a colour #RRGGBB.", nameof(fill));
        var t = text is null ? b.DarkenUntilContrast(f, 7.0) : Rgb.Parse(text) ?? throw new ArgumentException($"\"{text}\" is not a colour #RRGGBB.", nameof(text));
        var colours = All.Select(c => c.Sentiment == sentiment ? c with { Base = b.ToHex(), Fill = f.ToHex(), Text = t.ToHex() } : c).ToList();
        return new SentimentPalette(colours);
    }

    /// <summary>The CSS id of a sentiment: "improvement", "concern", "neutral", "attention".</summary>
    public static string Id(Sentiment sentiment) => sentiment.ToString().ToLowerInvariant();

    /// <summary>
    /// The palette as CSS custom properties for the HTML report: <c>--improvement</c> (base),
    /// <c>--improvement-fill</c> and <c>--improvement-ink</c> (text and icons), and so on.
    /// </summary>
    public string Css()
    {
        var sb = new StringBuilder(":root {");
        foreach (var c in All)
        {
            var id = Id(c.Sentiment);
            sb.Append(CultureInfo.InvariantCulture, $" --{id}: {c.Base}; --{id}-fill: {c.Fill}; --{id}-ink: {c.Text};");
        }

        return sb.Append(" }").ToString();
    }

    public SentimentColour For(Sentiment sentiment) => All.First(c => c.Sentiment == sentiment);

    /// <summary>
    /// Pairs of base colours that readers with a colour-vision deficiency (or anyone) may not
    /// tell apart, and text colours that do not read on their fill; empty for a good palette.
    /// See <see cref="ColourVision"/> for the method.
    /// </summary>
    public IReadOnlyList<PaletteProblem> Problems()
    {
        var problems = new List<PaletteProblem>();
        for (var i = 0; i < Order.Length; i++)
        {
            for (var j = i + 1; j < Order.Length; j++)
            {
                var a = For(Order[i]);
                var b = For(Order[j]);
                var closest = ColourVision.Closest(Rgb.Parse(a.Base)!.Value, Rgb.Parse(b.Base)!.Value);
                if (closest.Difference < ColourVision.MinimumDifference)
                {
                    problems.Add(new PaletteProblem(a.Sentiment, b.Sentiment, closest.Vision, closest.Difference, null));
                }
            }
        }

        foreach (var c in All)
        {
            var contrast = Rgb.Parse(c.Text)!.Value.Contrast(Rgb.Parse(c.Fill)!.Value);
            if (contrast < ColourVision.MinimumTextContrast)
            {
                problems.Add(new PaletteProblem(c.Sentiment, null, null, null, contrast));
            }
        }

        return problems;
    }

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

/// <summary>
/// A weakness of a palette: two sentiments' base colours too close under <see cref="Vision"/>
/// (<see cref="Other"/> and <see cref="Difference"/> set), or a sentiment's text colour that
/// reads on its fill at only <see cref="Contrast"/>:1.
/// </summary>
public sealed record PaletteProblem(Sentiment Sentiment, Sentiment? Other, ColourVisionKind? Vision, double? Difference, double? Contrast);

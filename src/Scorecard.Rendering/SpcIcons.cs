using Scorecard.Core.Spc;
using Scorecard.Rendering.Model;
using Scorecard.Rendering.Safety;

namespace Scorecard.Rendering;

/// <summary>
/// The NHS "Making Data Count" summary icons of an XmR chart, drawn as SVG, with their names and a
/// plain sentence each. The MDC icons are coloured circles; these keep the circles and add what
/// survives greyscale print: a letter (H for a high special cause, L for a low one, P for a target
/// consistently passed, F for one consistently failed, ? for hit or miss) and a small run of dots
/// in the shape of the variation. They take the report's sentiment colours (improvement, concern,
/// neutral for "neither"), grey for common cause, so that the report keeps one palette.
/// </summary>
public static class SpcIcons
{
    private const string Ring = "fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.8\"";
    private const string Dot = "fill=\"currentColor\"";
    private const string Letter = "fill=\"currentColor\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-weight=\"700\" font-size=\"8.5\" text-anchor=\"middle\"";

    /// <summary>The variation icon's name in words: "Special cause variation of concerning nature (high values)".</summary>
    public static string Name(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => "Common cause variation",
        VariationIcon.ImprovementHigh => "Special cause variation of improving nature (high values)",
        VariationIcon.ImprovementLow => "Special cause variation of improving nature (low values)",
        VariationIcon.ConcernHigh => "Special cause variation of concerning nature (high values)",
        VariationIcon.ConcernLow => "Special cause variation of concerning nature (low values)",
        VariationIcon.NeitherHigh => "Special cause variation, neither improving nor concerning (high values)",
        VariationIcon.NeitherLow => "Special cause variation, neither improving nor concerning (low values)",
        _ => "No variation icon",
    };

    /// <summary>The assurance icon's name in words: "Target consistently met".</summary>
    public static string Name(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.Pass => "Target consistently met",
        AssuranceIcon.Fail => "Target consistently missed",
        AssuranceIcon.HitOrMiss => "Target hit or miss",
        _ => "No assurance icon",
    };

    /// <summary>One plain sentence on what the variation icon tells a reader.</summary>
    public static string Meaning(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => "The latest month is within the range the figures vary by chance: nothing has changed that needs explaining.",
        VariationIcon.ImprovementHigh => "The latest month is part of an unusual pattern of high figures, and higher is better: good news that is unlikely to be chance.",
        VariationIcon.ImprovementLow => "The latest month is part of an unusual pattern of low figures, and lower is better: good news that is unlikely to be chance.",
        VariationIcon.ConcernHigh => "The latest month is part of an unusual pattern of high figures, and lower is better: bad news that is unlikely to be chance.",
        VariationIcon.ConcernLow => "The latest month is part of an unusual pattern of low figures, and higher is better: bad news that is unlikely to be chance.",
        VariationIcon.NeitherHigh => "The latest month is part of an unusual pattern of high figures, for a measure with no good or bad direction.",
        VariationIcon.NeitherLow => "The latest month is part of an unusual pattern of low figures, for a measure with no good or bad direction.",
        _ => "The chart has too few points for process limits, so it gives no icon.",
    };

    /// <summary>One plain sentence on what the assurance icon tells a reader.</summary>
    public static string Meaning(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.Pass => "Both process limits are on the good side of the target: if nothing changes, the target will be met every month.",
        AssuranceIcon.Fail => "Both process limits are on the bad side of the target: if nothing changes, the target will be missed every month.",
        AssuranceIcon.HitOrMiss => "The target lies between the process limits: if nothing changes, it will be met in some months and missed in others.",
        _ => "The measure has no target, or its chart has too few points for process limits.",
    };

    /// <summary>The sentiment colour the icon takes: "improvement", "concern", "neutral" (neither), "none" (grey).</summary>
    public static string Sentiment(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow => "improvement",
        VariationIcon.ConcernHigh or VariationIcon.ConcernLow => "concern",
        VariationIcon.NeitherHigh or VariationIcon.NeitherLow => "neutral",
        _ => "none",
    };

    /// <summary>The sentiment colour the assurance icon takes.</summary>
    public static string Sentiment(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.Pass => "improvement",
        AssuranceIcon.Fail => "concern",
        _ => "none",
    };

    /// <summary>The sentiment colour a point of <paramref name="variation"/> takes on the chart.</summary>
    public static string Sentiment(Variation variation) => variation switch
    {
        Variation.Improvement => "improvement",
        Variation.Concern => "concern",
        Variation.Neither => "neutral",
        _ => "none",
    };

    /// <summary>The variation icon as inline SVG, its name as title and accessible label; empty for <see cref="VariationIcon.None"/>.</summary>
    public static string Svg(VariationIcon icon, string cssClass = "spc-icon")
    {
        if (icon == VariationIcon.None)
        {
            return string.Empty;
        }

        // A run of five dots inside the ring: level for common cause, the last two up (or down) for special cause.
        var (letter, ys) = icon switch
        {
            VariationIcon.ImprovementHigh or VariationIcon.ConcernHigh or VariationIcon.NeitherHigh => ("H", new[] { 15.5, 15.5, 15.5, 12.5, 10.5 }),
            VariationIcon.ImprovementLow or VariationIcon.ConcernLow or VariationIcon.NeitherLow => ("L", new[] { 12.5, 12.5, 12.5, 15.5, 17.5 }),
            _ => (string.Empty, new[] { 13.5, 12, 14.5, 12.5, 13.5 }),
        };
        var dots = string.Concat(ys.Select((y, i) => $"<circle cx=\"{6 + (i * 3)}\" cy=\"{Charts.Svg.N(y)}\" r=\"1.25\" {Dot}/>"));
        var label = letter.Length > 0 ? $"<text x=\"12\" y=\"9.6\" {Letter}>{letter}</text>" : "<path d=\"M5 8.5h14\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1\" stroke-dasharray=\"1.5 1.2\"/>";
        return Wrap(Name(icon), $"{cssClass} sym--{Sentiment(icon)}", $"<circle cx=\"12\" cy=\"12\" r=\"10.2\" {Ring}/>{label}{dots}");
    }

    /// <summary>The assurance icon as inline SVG, its name as title and accessible label; empty for <see cref="AssuranceIcon.None"/>.</summary>
    public static string Svg(AssuranceIcon icon, string cssClass = "spc-icon")
    {
        if (icon == AssuranceIcon.None)
        {
            return string.Empty;
        }

        // A square ring (the variation icons are round) around the letter, over the target line the limits sit against.
        var letter = icon switch
        {
            AssuranceIcon.Pass => "P",
            AssuranceIcon.Fail => "F",
            _ => "?",
        };
        var body = $"<rect x=\"2\" y=\"2\" width=\"20\" height=\"20\" rx=\"3\" {Ring}/>"
            + $"<text x=\"12\" y=\"12.2\" {Letter}>{letter}</text>"
            + "<path d=\"M5 16.5h14\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.2\" stroke-dasharray=\"2 1.4\"/>";
        return Wrap(Name(icon), $"{cssClass} sym--{Sentiment(icon)}", body);
    }

    /// <summary>Every icon with its words, for the key: the variation icons, then the assurance icons.</summary>
    public static IReadOnlyList<IconModel> Key()
    {
        var variation = Enum.GetValues<VariationIcon>().Where(i => i != VariationIcon.None).Select(Model);
        var assurance = Enum.GetValues<AssuranceIcon>().Where(i => i != AssuranceIcon.None).Select(Model);
        return variation.Concat(assurance).ToList();
    }

    /// <summary>The variation icon with its words, for the template model.</summary>
    public static IconModel Model(VariationIcon icon) =>
        new(SpcNames.Of(icon), "variation", Name(icon), Meaning(icon), new Markup(Svg(icon)), Sentiment(icon));

    /// <summary>The assurance icon with its words, for the template model.</summary>
    public static IconModel Model(AssuranceIcon icon) =>
        new(SpcNames.Of(icon), "assurance", Name(icon), Meaning(icon), new Markup(Svg(icon)), Sentiment(icon));

    private static string Wrap(string name, string cssClass, string body)
    {
        var text = Charts.Svg.Text(name);
        return $"<svg class=\"{cssClass}\" viewBox=\"0 0 24 24\" width=\"24\" height=\"24\" role=\"img\" aria-label=\"{text}\" focusable=\"false\"><title>{text}</title>{body}</svg>";
    }
}

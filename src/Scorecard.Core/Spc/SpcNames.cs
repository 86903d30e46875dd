namespace Scorecard.Core.Spc;

/// <summary>
/// The names the JSON contract gives the variations and icons ("common-cause",
/// "improvement-high", "hit-or-miss", ...), in one place, and back.
/// </summary>
public static class SpcNames
{
    private static readonly Dictionary<Variation, string> Variations = new()
    {
        [Variation.CommonCause] = "common-cause",
        [Variation.Improvement] = "improvement",
        [Variation.Concern] = "concern",
        [Variation.Neither] = "neither",
    };

    private static readonly Dictionary<VariationIcon, string> VariationIcons = new()
    {
        [VariationIcon.None] = "none",
        [VariationIcon.CommonCause] = "common-cause",
        [VariationIcon.ImprovementHigh] = "improvement-high",
        [VariationIcon.ImprovementLow] = "improvement-low",
        [VariationIcon.ConcernHigh] = "concern-high",
        [VariationIcon.ConcernLow] = "concern-low",
        [VariationIcon.NeitherHigh] = "neither-high",
        [VariationIcon.NeitherLow] = "neither-low",
    };

    private static readonly Dictionary<AssuranceIcon, string> AssuranceIcons = new()
    {
        [AssuranceIcon.None] = "none",
        [AssuranceIcon.Pass] = "pass",
        [AssuranceIcon.Fail] = "fail",
        [AssuranceIcon.HitOrMiss] = "hit-or-miss",
    };

    public static string Of(Variation variation) => Variations[variation];

    public static string Of(VariationIcon icon) => VariationIcons[icon];

    public static string Of(AssuranceIcon icon) => AssuranceIcons[icon];

    /// <summary>The variation named <paramref name="name"/> ("concern"), or null.</summary>
    public static Variation? ParseVariation(string name) => Parse(Variations, name);

    /// <summary>The variation icon named <paramref name="name"/> ("improvement-high"), or null.</summary>
    public static VariationIcon? ParseVariationIcon(string name) => Parse(VariationIcons, name);

    /// <summary>The assurance icon named <paramref name="name"/> ("hit-or-miss"), or null.</summary>
    public static AssuranceIcon? ParseAssuranceIcon(string name) => Parse(AssuranceIcons, name);

    private static T? Parse<T>(Dictionary<T, string> names, string name)
        where T : struct, Enum
    {
        foreach (var (value, text) in names)
        {
            if (string.Equals(text, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}

using Scorecard.Core.Series;

namespace Scorecard.Excel;

/// <summary>The parts of a monthly observation and the names they go by in the input layouts.</summary>
internal enum SeriesPart
{
    Value,
    Numerator,
    Denominator,
    Volume,
    Margin,
}

/// <summary>One part: its wide-layout suffix (<c>id.numerator</c>; null for the value) and long-layout column.</summary>
internal sealed record SeriesPartInfo(SeriesPart Part, string? Suffix, string Column, Func<MonthlyObservation, double?> Get);

internal static class SeriesParts
{
    /// <summary>Every part, in the order the layouts list them.</summary>
    public static IReadOnlyList<SeriesPartInfo> All { get; } =
    [
        new(SeriesPart.Value, null, "value", o => o.Value),
        new(SeriesPart.Numerator, "numerator", "numerator", o => o.Numerator),
        new(SeriesPart.Denominator, "denominator", "denominator", o => o.Denominator),
        new(SeriesPart.Volume, "volume", "volume", o => o.Volume),
        new(SeriesPart.Margin, "margin", "margin", o => o.Margin),
    ];

    public static SeriesPartInfo Of(SeriesPart part) => All[(int)part];

    /// <summary>The part a wide-layout suffix names ("numerator", "value"), case-insensitive.</summary>
    public static SeriesPart? FromSuffix(string suffix)
    {
        foreach (var info in All)
        {
            if (string.Equals(info.Column, suffix, StringComparison.OrdinalIgnoreCase))
            {
                return info.Part;
            }
        }

        return null;
    }
}

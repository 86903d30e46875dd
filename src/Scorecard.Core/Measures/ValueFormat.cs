namespace Scorecard.Core.Measures;

/// <summary>How a measure's values are printed.</summary>
public enum ValueStyle
{
    /// <summary>"11,856".</summary>
    Count,

    /// <summary>"16.5 per cent" in prose, "16.5%" in tables. Values are percentages (16.5 means 16.5 %).</summary>
    Percent,

    /// <summary>"12 minutes 47 seconds" in prose, "12 min 47 s" in tables. Values are seconds.</summary>
    Duration,

    /// <summary>"14.8".</summary>
    Decimal,
}

/// <summary>A value style with the number of decimal places to show.</summary>
public sealed record ValueFormat(ValueStyle Style, int Decimals)
{
    public static ValueFormat Count { get; } = new(ValueStyle.Count, 0);

    public static ValueFormat Percent { get; } = new(ValueStyle.Percent, 1);

    public static ValueFormat Duration { get; } = new(ValueStyle.Duration, 0);

    public static ValueFormat Decimal { get; } = new(ValueStyle.Decimal, 1);

    /// <summary>The format a measure of this kind gets when the configuration names none.</summary>
    public static ValueFormat DefaultFor(MeasureKind kind) => kind switch
    {
        MeasureKind.Count => Count,
        MeasureKind.Ratio => Percent,
        MeasureKind.Mean => Decimal,
        MeasureKind.Level => Decimal,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

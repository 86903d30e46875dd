namespace Scorecard.Core.Tests;

/// <summary>Small builders for series, measures and contexts.</summary>
internal static class Build
{
    public static readonly YearMonth September2019 = new(2019, 9);

    /// <summary>A series whose first value is for <paramref name="first"/>; a null is a missing month.</summary>
    public static MonthlySeries Series(YearMonth first, IEnumerable<double?> values, string id = "m") =>
        new(id, values.Select((v, i) => (v, i)).Where(p => p.v is not null).Select(p => new MonthlyObservation(first.PlusMonths(p.i), p.v)));

    public static MonthlySeries Series(YearMonth first, params double?[] values) => Series(first, values.AsEnumerable());

    /// <summary>A series whose last value is for <paramref name="last"/>.</summary>
    public static MonthlySeries Ending(YearMonth last, params double?[] values) => Series(last.PlusMonths(-(values.Length - 1)), values);

    public static Measure Measure(
        MeasureKind kind = MeasureKind.Count,
        Polarity polarity = Polarity.Neutral,
        RuleParameters? rules = null,
        string? peerKey = null,
        string id = "m") =>
        new(id, id, kind, polarity, ValueFormat.DefaultFor(kind), null, peerKey, rules ?? RuleParameters.Default);

    public static RuleContext Context(MonthlySeries series, YearMonth? month = null, Measure? measure = null) =>
        new(measure ?? Measure(), series, month ?? September2019);

    public static RuleOutcome Outcome(this IReadOnlyList<RuleOutcome> outcomes, string id) => outcomes.Single(o => o.Id == id);

    public static IEnumerable<double?> Repeat(double value, int count) => Enumerable.Repeat<double?>(value, count);

    /// <summary>100, 110, 100, 110, ...: mean 105 and, over 24 months, sd √(600/23).</summary>
    public static IEnumerable<double?> Alternating(int count, double low = 100, double high = 110) =>
        Enumerable.Range(0, count).Select(i => (double?)(i % 2 == 0 ? low : high));
}

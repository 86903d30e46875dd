using Scorecard.Core.Series;

namespace Scorecard.ExampleGenerator;

/// <summary>One measure's generated months (indices 0..65; null = no value that month).</summary>
internal sealed record GeneratedSeries(
    string Id,
    double?[] Value,
    double?[] Numerator,
    double?[] Denominator,
    double?[] Volume,
    double?[] Margin)
{
    public static GeneratedSeries Count(string id, int[] counts, int lastIndex) =>
        new(id, Upto(counts.Select(c => (double)c), lastIndex), Empty(), Empty(), Empty(), Empty());

    public static GeneratedSeries Ratio(string id, int[] numerators, int[] denominators, int lastIndex) =>
        new(id, Empty(), Upto(numerators.Select(c => (double)c), lastIndex), Upto(denominators.Select(c => (double)c), lastIndex), Empty(), Empty());

    public static GeneratedSeries Mean(string id, double[] means, int[] volumes, int lastIndex) =>
        new(id, Upto(means, lastIndex), Empty(), Empty(), Upto(volumes.Select(c => (double)c), lastIndex), Empty());

    public static GeneratedSeries Level(string id, double[] values, double[]? margins, int lastIndex) =>
        new(id, Upto(values, lastIndex), Empty(), Empty(), Empty(), margins is null ? Empty() : Upto(margins, lastIndex));

    public bool HasRatioParts => Numerator.Any(v => v is not null);

    public bool HasVolume => Volume.Any(v => v is not null);

    public bool HasMargin => Margin.Any(v => v is not null);

    public MonthlySeries ToMonthlySeries()
    {
        var observations = new List<MonthlyObservation>();
        for (var i = 0; i < Months.Count; i++)
        {
            if (Value[i] is null && Numerator[i] is null)
            {
                continue;
            }

            observations.Add(new MonthlyObservation(Months.At(i), Value[i], Numerator[i], Denominator[i], Volume[i], Margin[i]));
        }

        return new MonthlySeries(Id, observations);
    }

    private static double?[] Empty() => new double?[Months.Count];

    private static double?[] Upto(IEnumerable<double> values, int lastIndex) =>
        values.Select((v, i) => i <= lastIndex ? v : (double?)null).ToArray();
}

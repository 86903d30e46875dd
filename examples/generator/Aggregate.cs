using NodaTime;
using Scorecard.Core.Series;

namespace Scorecard.ExampleGenerator;

/// <summary>
/// The dashboard key's aggregation rules (spec "Aggregation"), written out again here so the
/// calibration check does not trust the code that made the data.
/// </summary>
internal static class Aggregate
{
    /// <summary>Count: the sum of the months; null when a month is missing.</summary>
    public static double? Sum(MonthlySeries series, YearMonth from, YearMonth to)
    {
        var total = 0.0;
        for (var m = from; m <= to; m = m.PlusMonths(1))
        {
            if (series[m]?.Value is not { } v)
            {
                return null;
            }

            total += v;
        }

        return total;
    }

    /// <summary>Ratio: Σ numerators ÷ Σ denominators × 100, with the sums.</summary>
    public static (double Percent, double Numerator, double Denominator)? Ratio(MonthlySeries series, YearMonth from, YearMonth to)
    {
        double numerator = 0, denominator = 0;
        for (var m = from; m <= to; m = m.PlusMonths(1))
        {
            if (series[m] is not { Numerator: { } n, Denominator: { } d })
            {
                return null;
            }

            numerator += n;
            denominator += d;
        }

        return (100.0 * numerator / denominator, numerator, denominator);
    }

    /// <summary>Mean: the volume-weighted mean of the monthly means, with the total volume.</summary>
    public static (double Mean, double Volume)? Mean(MonthlySeries series, YearMonth from, YearMonth to)
    {
        double weighted = 0, volume = 0;
        for (var m = from; m <= to; m = m.PlusMonths(1))
        {
            if (series[m] is not { Value: { } v, Volume: { } w })
            {
                return null;
            }

            weighted += v * w;
            volume += w;
        }

        return (weighted / volume, volume);
    }

    /// <summary>Level: the value of the last month.</summary>
    public static double? Level(MonthlySeries series, YearMonth month) => series[month]?.Value;

    /// <summary>The 12 months ending <paramref name="end"/>.</summary>
    public static (YearMonth From, YearMonth To) Year(int year, int month)
    {
        var end = new YearMonth(year, month);
        return (end.PlusMonths(-11), end);
    }

    /// <summary>Quarter <paramref name="number"/> of the financial year starting April <paramref name="startYear"/>.</summary>
    public static (YearMonth From, YearMonth To) Quarter(int startYear, int number)
    {
        var first = new YearMonth(startYear, 4).PlusMonths(3 * (number - 1));
        return (first, first.PlusMonths(2));
    }
}

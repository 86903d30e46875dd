using System.Globalization;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Rules;

/// <summary>
/// The present values of one window W(a..b) and their mean and sample SD, computed once and
/// shared by every rule (spec, "Terms"). Mean and SD use the two-pass formula; when every
/// present value is equal the mean is that value and the SD is exactly 0.
/// </summary>
/// <param name="Points">Every month of the window, in order, with its value or null.</param>
/// <param name="N">Present values.</param>
/// <param name="Mean">Mean of the present values; null when there are none.</param>
/// <param name="Sd">Sample SD (n − 1) of the present values; null when fewer than 2.</param>
public sealed record WindowStatistics(MonthWindow Window, IReadOnlyList<EvidencePoint> Points, int N, double? Mean, double? Sd)
{
    /// <summary>The statistics of <paramref name="window"/> with month values from <paramref name="valueAt"/>.</summary>
    public static WindowStatistics Of(MonthWindow window, Func<YearMonth, double?> valueAt)
    {
        ArgumentNullException.ThrowIfNull(valueAt);
        var points = window.Months().Select(m => new EvidencePoint(m, valueAt(m))).ToList();
        var present = points.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
        var (mean, sd) = MeanAndSd(present);
        return new WindowStatistics(window, points, present.Count, mean, sd);
    }

    /// <summary>Mean and sample SD by the two-pass formula (null when there are too few values).</summary>
    public static (double? Mean, double? Sd) MeanAndSd(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return (null, null);
        }

        if (values.All(v => v.Equals(values[0])))
        {
            return (values[0], values.Count > 1 ? 0.0 : null);
        }

        var mean = values.Sum() / values.Count;
        if (values.Count < 2)
        {
            return (mean, null);
        }

        var sumOfSquares = values.Sum(v => (v - mean) * (v - mean));
        return (mean, Math.Sqrt(sumOfSquares / (values.Count - 1)));
    }

    /// <summary>The present values with their months, in month order.</summary>
    public IReadOnlyList<(YearMonth Month, double Value)> Present =>
        Points.Where(p => p.Value is not null).Select(p => (p.Month, p.Value!.Value)).ToList();

    /// <summary>True when the window has at least ceil(coverage × length) present values.</summary>
    public bool IsUsable(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return N >= parameters.MinimumPresent(Window.Length) && N > 0;
    }

    /// <summary>"14 of 24 months present": the reason an unusable window gives.</summary>
    public string CoverageReason => CoverageReasonOf("months");

    /// <summary>"7 of 12 rolling 12-month values present": the coverage reason with its own noun.</summary>
    public string CoverageReasonOf(string noun) => string.Create(CultureInfo.InvariantCulture, $"{N} of {Window.Length} {noun} present");

    /// <summary>
    /// "August 2019 missing", "July and August 2019 missing", "February to September 2019 missing",
    /// "December 2018 to February 2019 and May 2019 missing": consecutive months as one range.
    /// </summary>
    public static string MissingReason(IReadOnlyList<YearMonth> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        ArgumentOutOfRangeException.ThrowIfZero(missing.Count);
        var runs = new List<(YearMonth First, YearMonth Last)>();
        foreach (var month in missing.Order())
        {
            if (runs.Count > 0 && runs[^1].Last.PlusMonths(1) == month)
            {
                runs[^1] = (runs[^1].First, month);
            }
            else
            {
                runs.Add((month, month));
            }
        }

        var names = runs.Select(r => Range(r.First, r.Last)).ToList();
        var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
        return $"{list} missing";
    }

    private static string Range(YearMonth first, YearMonth last)
    {
        if (first == last)
        {
            return EnglishDates.Month(first);
        }

        var joiner = first.PlusMonths(1) == last ? " and " : " to ";
        return first.Year == last.Year
            ? $"{EnglishDates.MonthName(first.Month)}{joiner}{EnglishDates.Month(last)}"
            : $"{EnglishDates.Month(first)}{joiner}{EnglishDates.Month(last)}";
    }
}

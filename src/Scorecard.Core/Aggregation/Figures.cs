using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Series;

namespace Scorecard.Core.Aggregation;

/// <summary>A measure's headline figures at the reporting month T (spec, "Aggregation").</summary>
public static class Figures
{
    /// <summary>
    /// The figures at <paramref name="month"/>: the quarter is the three months ending T (the
    /// financial quarter when T is its last month), the previous quarter the three before them,
    /// r(T) and r(T−12) the rolling 12 months to T and to T−12. Months after T are ignored.
    /// </summary>
    public static MeasureFigures For(Measure measure, MonthlySeries? series, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var data = series?.Through(month) ?? new MonthlySeries(measure.Id, []);

        // After a change of method the earlier 12 months are not comparable: no change is computed
        // across it (the figures of the periods themselves are facts and stay).
        var comparable = data.From(measure.ComparableFrom);
        var quarter = PeriodAggregate.Over(measure.Kind, data, MonthWindow.Ending(month, 3));
        var previousQuarter = PeriodAggregate.Over(measure.Kind, data, MonthWindow.Ending(month.PlusMonths(-3), 3));
        var sameQuarterLastYear = PeriodAggregate.Over(measure.Kind, data, MonthWindow.Ending(month.PlusMonths(-12), 3));
        var rolling = PeriodAggregate.Rolling12(measure.Kind, data, month);
        var previousRolling = PeriodAggregate.Rolling12(measure.Kind, comparable, month.PlusMonths(-12));
        var (change, changePercent) = Change(rolling.Value, previousRolling.Value);
        var previousQuarterRolling = PeriodAggregate.Rolling12(measure.Kind, data, previousQuarter.Window.Last);
        var latest = data[month];
        return new MeasureFigures(
            quarter.Value,
            previousQuarter.Value,
            rolling.Value,
            previousRolling.Value,
            change,
            changePercent,
            Margin: measure.Kind == MeasureKind.Level ? latest?.Margin : null,
            LatestMonthValue: latest?.RuleValue,
            QuarterNumerator: quarter.Numerator,
            QuarterDenominator: quarter.Denominator,
            Rolling12Numerator: rolling.Numerator,
            Rolling12Denominator: rolling.Denominator,
            QuarterVolume: quarter.Volume,
            Rolling12Volume: rolling.Volume,
            QuarterMonths: quarter.Window,
            PreviousQuarterMonths: previousQuarter.Window,
            PreviousQuarterRolling12: previousQuarterRolling.Value,
            Latest: Latest(measure.Kind, data, comparable),
            SameQuarterLastYear: sameQuarterLastYear.Value);
    }

    /// <summary>
    /// The 12-month figures at L, the last month of <paramref name="data"/> (already cut at T): a
    /// month with an observation, so a ratio's 0/0 month counts as recorded. Null for an empty series.
    /// </summary>
    /// <param name="comparable">The months the change may be computed over (after a change of method); <paramref name="data"/> when null.</param>
    public static LatestFigures? Latest(MeasureKind kind, MonthlySeries data, MonthlySeries? comparable = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.LastMonth is not { } last)
        {
            return null;
        }

        var rolling = PeriodAggregate.Rolling12(kind, data, last);
        var previous = PeriodAggregate.Rolling12(kind, comparable ?? data, last.PlusMonths(-12));
        var (change, percent) = Change(rolling.Value, previous.Value);
        return new LatestFigures(
            last,
            rolling.Value,
            previous.Value,
            change,
            percent,
            kind == MeasureKind.Level ? rolling.Margin : null,
            rolling.Numerator,
            rolling.Denominator);
    }

    /// <summary>now − before, and that as a percentage of before (null when before is 0).</summary>
    public static (double? Absolute, double? Percent) Change(double? now, double? before)
    {
        var change = now - before;
        return (change, change is { } c && before is { } b && b != 0 ? c / b * 100.0 : null);
    }
}

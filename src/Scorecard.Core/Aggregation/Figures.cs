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
        var quarter = PeriodAggregate.Over(measure.Kind, data, MonthWindow.Ending(month, 3));
        var previousQuarter = PeriodAggregate.Over(measure.Kind, data, MonthWindow.Ending(month.PlusMonths(-3), 3));
        var rolling = PeriodAggregate.Rolling12(measure.Kind, data, month);
        var previousRolling = PeriodAggregate.Rolling12(measure.Kind, data, month.PlusMonths(-12));
        var change = rolling.Value - previousRolling.Value;
        var changePercent = change is { } c && previousRolling.Value is { } before && before != 0 ? c / before * 100.0 : (double?)null;
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
            PreviousQuarterMonths: previousQuarter.Window);
    }
}

using Scorecard.Core.Aggregation;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Tests;

public sealed class AggregationTests
{
    private static readonly YearMonth Start = new(2017, 10);

    [Fact]
    public void A_counts_quarter_is_the_sum_of_its_three_months_and_its_change_compares_rolling_years()
    {
        // 24 months: the first 12 are 100 each, the last 12 are 110 each, except the last quarter 120.
        var values = Build.Repeat(100, 12).Concat(Build.Repeat(110, 9)).Concat(Build.Repeat(120, 3));
        var figures = Figures.For(Build.Measure(), Build.Series(Start, values), Build.September2019);

        figures.Quarter.ShouldBe(360);
        figures.PreviousQuarter.ShouldBe(330);
        figures.Rolling12.ShouldBe(1350);
        figures.PreviousRolling12.ShouldBe(1200);
        figures.ChangeAbsolute.ShouldBe(150);
        figures.ChangePercent!.Value.ShouldBe(12.5, 1e-12);
        figures.LatestMonthValue.ShouldBe(120);
        figures.QuarterMonths.ShouldBe(new MonthWindow(new FinancialQuarter(2019, 2).FirstMonth, Build.September2019));
        figures.SameQuarterLastYear.ShouldBe(300);
    }

    [Fact]
    public void The_same_quarter_last_year_uses_the_measures_own_aggregation()
    {
        var first = new YearMonth(2018, 7);
        var series = new MonthlySeries("r", Enumerable.Range(0, 15).Select(i =>
            new MonthlyObservation(first.PlusMonths(i), Numerator: i < 3 ? 10 : 30, Denominator: i < 3 ? 50 : 100)));

        Figures.For(Build.Measure(MeasureKind.Ratio), series, Build.September2019).SameQuarterLastYear.ShouldBe(20);
        Figures.For(Build.Measure(), Build.Ending(Build.September2019, 1, 2, 3), Build.September2019).SameQuarterLastYear.ShouldBeNull();
    }

    [Fact]
    public void A_quarter_with_a_missing_month_has_no_value()
    {
        var figures = Figures.For(Build.Measure(), Build.Ending(Build.September2019, 1, null, 3), Build.September2019);

        figures.Quarter.ShouldBeNull();
        figures.Rolling12.ShouldBeNull();
        figures.ChangePercent.ShouldBeNull();
    }

    [Fact]
    public void A_reporting_month_inside_a_quarter_takes_the_three_months_ending_there()
    {
        var figures = Figures.For(Build.Measure(), Build.Ending(Build.September2019, 1, 2, 4, 8, 16, 32), new YearMonth(2019, 8));

        figures.Quarter.ShouldBe(28);
        figures.QuarterMonths.ToString().ShouldBe("2019-06..2019-08");
        figures.PreviousQuarterMonths.ToString().ShouldBe("2019-03..2019-05");
    }

    [Fact]
    public void A_ratios_quarter_divides_the_summed_numerators_by_the_summed_denominators_zeros_included()
    {
        var series = new MonthlySeries("r",
        [
            new MonthlyObservation(new YearMonth(2019, 7), Numerator: 10, Denominator: 40),
            new MonthlyObservation(new YearMonth(2019, 8), Numerator: 0, Denominator: 0),
            new MonthlyObservation(new YearMonth(2019, 9), Numerator: 30, Denominator: 60),
        ]);
        var figures = Figures.For(Build.Measure(MeasureKind.Ratio), series, Build.September2019);

        figures.Quarter.ShouldBe(40.0);
        figures.QuarterNumerator.ShouldBe(40);
        figures.QuarterDenominator.ShouldBe(100);
        series.ValueAt(new YearMonth(2019, 8)).ShouldBeNull();
    }

    [Fact]
    public void A_ratio_recorded_as_percentages_only_averages_them_unweighted()
    {
        var figures = Figures.For(Build.Measure(MeasureKind.Ratio), Build.Ending(Build.September2019, 10, 20, 60), Build.September2019);

        figures.Quarter.ShouldBe(30);
        figures.QuarterNumerator.ShouldBeNull();
    }

    [Fact]
    public void A_means_quarter_is_weighted_by_volume_when_every_month_has_one()
    {
        var weighted = new MonthlySeries("t",
        [
            new MonthlyObservation(new YearMonth(2019, 7), 600, Volume: 100),
            new MonthlyObservation(new YearMonth(2019, 8), 900, Volume: 300),
            new MonthlyObservation(new YearMonth(2019, 9), 700, Volume: 100),
        ]);
        var figures = Figures.For(Build.Measure(MeasureKind.Mean), weighted, Build.September2019);
        figures.Quarter.ShouldBe(((600 * 100) + (900 * 300) + (700 * 100)) / 500.0);
        figures.QuarterVolume.ShouldBe(500);

        var partly = new MonthlySeries("t",
        [
            new MonthlyObservation(new YearMonth(2019, 7), 600, Volume: 100),
            new MonthlyObservation(new YearMonth(2019, 8), 900),
            new MonthlyObservation(new YearMonth(2019, 9), 600, Volume: 100),
        ]);
        Figures.For(Build.Measure(MeasureKind.Mean), partly, Build.September2019).Quarter.ShouldBe(700);
    }

    [Fact]
    public void A_levels_value_is_its_last_months_with_the_margin_carried()
    {
        var series = new MonthlySeries("c",
        [
            new MonthlyObservation(new YearMonth(2018, 9), 75.0, Margin: 3.0),
            new MonthlyObservation(new YearMonth(2019, 6), 76.0, Margin: 3.4),
            new MonthlyObservation(new YearMonth(2019, 9), 77.7, Margin: 3.5),
        ]);
        var figures = Figures.For(Build.Measure(MeasureKind.Level), series, Build.September2019);

        figures.Quarter.ShouldBe(77.7);
        figures.PreviousQuarter.ShouldBe(76.0);
        figures.Rolling12.ShouldBe(77.7);
        figures.PreviousRolling12.ShouldBe(75.0);
        figures.ChangeAbsolute!.Value.ShouldBe(2.7, 1e-9);
        figures.Margin.ShouldBe(3.5);
    }

    [Fact]
    public void A_count_ending_before_the_reporting_month_gives_its_latest_12_months_and_leaves_the_figures_at_T_null()
    {
        // 24 months to June 2019: 10 a month for the first year, 12 a month for the second.
        var series = Build.Ending(new YearMonth(2019, 6), Build.Repeat(10, 12).Concat(Build.Repeat(12, 12)).ToArray());
        var figures = Figures.For(Build.Measure(), series, Build.September2019);

        figures.Rolling12.ShouldBeNull();
        figures.ChangeAbsolute.ShouldBeNull();
        figures.Lags(Build.September2019).ShouldBeTrue();
        var latest = figures.Latest.ShouldNotBeNull();
        latest.Month.ShouldBe(new YearMonth(2019, 6));
        latest.Rolling12.ShouldBe(144);
        latest.PreviousRolling12.ShouldBe(120);
        latest.ChangeAbsolute.ShouldBe(24);
        latest.ChangePercent!.Value.ShouldBe(20.0, 1e-12);
    }

    [Fact]
    public void A_level_ending_before_the_reporting_month_carries_its_latest_value_and_margin()
    {
        var series = new MonthlySeries("c",
        [
            new MonthlyObservation(new YearMonth(2018, 6), 75.0, Margin: 3.0),
            new MonthlyObservation(new YearMonth(2019, 6), 77.7, Margin: 3.5),
        ]);
        var figures = Figures.For(Build.Measure(MeasureKind.Level), series, Build.September2019);

        figures.Rolling12.ShouldBeNull();
        figures.Margin.ShouldBeNull();
        var latest = figures.Latest.ShouldNotBeNull();
        latest.Month.ShouldBe(new YearMonth(2019, 6));
        latest.Rolling12.ShouldBe(77.7);
        latest.PreviousRolling12.ShouldBe(75.0);
        latest.ChangeAbsolute!.Value.ShouldBe(2.7, 1e-9);
        latest.Margin.ShouldBe(3.5);
    }

    [Fact]
    public void The_latest_figures_equal_the_figures_at_T_when_the_data_reach_T_and_ignore_later_months()
    {
        var values = Build.Repeat(100, 12).Concat(Build.Repeat(110, 12)).Concat(Build.Repeat(999, 2));
        var figures = Figures.For(Build.Measure(), Build.Series(Start, values), Build.September2019);

        figures.Lags(Build.September2019).ShouldBeFalse();
        var latest = figures.Latest.ShouldNotBeNull();
        latest.Month.ShouldBe(Build.September2019);
        latest.Rolling12.ShouldBe(figures.Rolling12);
        latest.PreviousRolling12.ShouldBe(figures.PreviousRolling12);
        latest.ChangeAbsolute.ShouldBe(figures.ChangeAbsolute);
        latest.ChangePercent.ShouldBe(figures.ChangePercent);
    }

    [Fact]
    public void An_empty_series_has_no_latest_figures()
    {
        Figures.For(Build.Measure(), null, Build.September2019).Latest.ShouldBeNull();
    }

    [Fact]
    public void The_previous_quarters_rolling_12_months_end_at_the_previous_quarters_last_month()
    {
        // 10 a month to June 2019, then 20 a month: r(June 2019) = 120, r(September 2019) = 150.
        var values = Build.Repeat(10, 21).Concat(Build.Repeat(20, 3));
        var figures = Figures.For(Build.Measure(), Build.Series(Start, values), Build.September2019);

        figures.PreviousQuarterRolling12.ShouldBe(120);
        figures.Rolling12.ShouldBe(150);
    }
}

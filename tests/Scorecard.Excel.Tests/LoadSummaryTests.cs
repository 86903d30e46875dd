using NodaTime;
using Scorecard.Core.Series;
using static Scorecard.Excel.Tests.Months;

namespace Scorecard.Excel.Tests;

public sealed class LoadSummaryTests
{
    private static MonthlySeries Counts(string id, YearMonth first, params double?[] values) =>
        new(id, values.Select((v, i) => (v, i)).Where(x => x.v is not null).Select(x => new MonthlyObservation(first.PlusMonths(x.i), Value: x.v)));

    [Fact]
    public void Says_how_many_measures_and_months_and_that_there_are_no_gaps()
    {
        var data = new MeasureData([Counts("crime-volume", Ym(2014, 4), 1, 2, 3), Counts("arrests", Ym(2014, 5), 1, 2, 3)]);

        SeriesLoader.Summarise(data).ShouldBe("2 measures, 4 months (April 2014 to July 2014), no gaps");
    }

    [Fact]
    public void Lists_the_gaps_of_each_measure_counting_a_zero_over_zero_ratio_month_as_one()
    {
        var data = new MeasureData(
        [
            Counts("crime-volume", Ym(2016, 4), 1, null, 3),
            new MonthlySeries("outcome-rate",
            [
                new MonthlyObservation(Ym(2016, 4), Numerator: 1, Denominator: 2),
                new MonthlyObservation(Ym(2016, 5), Numerator: 0, Denominator: 0),
                new MonthlyObservation(Ym(2016, 7), Numerator: 1, Denominator: 2),
            ]),
        ]);

        SeriesLoader.Summarise(data).ShouldBe("2 measures, 4 months (April 2016 to July 2016), 3 gaps (crime-volume: May 2016; outcome-rate: May 2016, June 2016)");
        LoadSummary.Of(data).GapCount.ShouldBe(3);
    }

    [Fact]
    public void Says_so_when_there_is_nothing()
    {
        SeriesLoader.Summarise(MeasureData.Empty).ShouldBe("0 measures, no months");
    }
}

using Scorecard.Core.Series;
using static Scorecard.Excel.Tests.Months;

namespace Scorecard.Excel.Tests;

public sealed class FixtureTests
{
    [Fact]
    public void Loads_a_wide_workbook_written_by_libreoffice_with_formulas_text_numbers_and_percentages()
    {
        var data = SeriesLoader.Load(Fixtures.Path("libreoffice-wide.xlsx")).Loaded();

        data.Series.Select(s => s.MeasureId).ShouldBe(["crime-volume", "arrests", "confidence"]);
        data.Find("crime-volume")!.Observations.Select(o => (o.Month, o.Value))
            .ShouldBe([(Ym(2019, 4), 1200.0), (Ym(2019, 5), 1234.0), (Ym(2019, 6), 1210.0), (Ym(2019, 7), 1250.5)]);
        data.Find("arrests")!.Observations.Select(o => (o.Month, o.Value))
            .ShouldBe([(Ym(2019, 4), 12.0), (Ym(2019, 5), 10.0), (Ym(2019, 7), 22.0)]);
        data.Find("confidence")!.ValueAt(Ym(2019, 4))!.Value.ShouldBe(77.7, tolerance: 1e-9);
        data.Find("confidence")!.ValueAt(Ym(2019, 5)).ShouldBe(78);
    }

    [Fact]
    public void Loads_a_long_workbook_that_libreoffice_converted_from_csv()
    {
        var data = SeriesLoader.Load(Fixtures.Path("libreoffice-long.xlsx"), new SeriesLoadOptions("libreoffice-long")).Loaded();

        data.Find("crime-volume")!.Observations.Select(o => o.Value).ShouldBe([1200, 1234]);
        data.Find("outcome-rate")![Ym(2019, 5)].ShouldBe(new MonthlyObservation(Ym(2019, 5), Numerator: 0, Denominator: 0));
        data.Find("outcome-rate")!.ValueAt(Ym(2019, 4)).ShouldBe(12);
    }

    [Fact]
    public void Loads_the_real_metropolitan_police_monthly_crime_totals()
    {
        var data = SeriesLoader.Load(Fixtures.Path("mps-long.csv")).Loaded();

        data.Series.Count.ShouldBe(7);
        data.Series.ShouldAllBe(s => s.FirstMonth == new NodaTime.YearMonth(2010, 4) && s.LastMonth == new NodaTime.YearMonth(2022, 1) && s.Count == 142);
        data.Find("total-notifiable-offences-mps-all-boroughs")!.ValueAt(Ym(2010, 4)).ShouldBe(68536);
        SeriesLoader.Summarise(data).ShouldBe("7 measures, 142 months (April 2010 to January 2022), no gaps");
    }
}

using Scorecard.Core.Series;
using static Scorecard.Excel.Tests.Months;

namespace Scorecard.Excel.Tests;

public sealed class EquivalenceTests
{
    /// <summary>Every part of every observation, for comparing two loads.</summary>
    internal static IEnumerable<string> Flatten(MeasureData data) =>
        data.Series.SelectMany(s => s.Observations.Select(o => $"{s.MeasureId} {o}")).Order(StringComparer.Ordinal);

    [Fact]
    public void Gives_the_same_series_from_a_wide_workbook_a_wide_csv_and_a_long_csv()
    {
        using var folder = new TempFolder();
        var xlsx = TestWorkbook.Wide(FromApril2019(3),
            ["crime-volume", 1200, null, "1,300"],
            ["outcome-rate.numerator", 12, 0, 7],
            ["outcome-rate.denominator", 100, 0, 70],
            ["answer-time", 12.5, 13, 14],
            ["answer-time.volume", 400, 410, 420]).SaveTo(folder);
        var wideCsv = folder.WriteText("wide.csv",
            "Measure,2019-04,2019-05,2019-06\n" +
            "crime-volume,1200,,\"1,300\"\n" +
            "outcome-rate.numerator,12,0,7\n" +
            "outcome-rate.denominator,100,0,70\n" +
            "answer-time,12.5,13,14\n" +
            "answer-time.volume,400,410,420\n");
        var longCsv = folder.WriteText("long.csv",
            "measure,month,value,numerator,denominator,volume\n" +
            "crime-volume,2019-04,1200,,,\n" +
            "crime-volume,2019-06,1300,,,\n" +
            "outcome-rate,2019-04,,12,100,\n" +
            "outcome-rate,2019-05,,0,0,\n" +
            "outcome-rate,2019-06,,7,70,\n" +
            "answer-time,2019-04,12.5,,,400\n" +
            "answer-time,2019-05,13,,,410\n" +
            "answer-time,2019-06,14,,,420\n");

        var fromXlsx = Flatten(SeriesLoader.Load(xlsx).Loaded()).ToList();

        fromXlsx.Count.ShouldBe(8);
        Flatten(SeriesLoader.Load(wideCsv).Loaded()).ShouldBe(fromXlsx);
        Flatten(SeriesLoader.Load(longCsv).Loaded()).ShouldBe(fromXlsx);
    }

    [Fact]
    public void Reads_back_what_the_writer_wrote_in_both_layouts()
    {
        using var folder = new TempFolder();
        var data = SeriesWriterTests.Sample();
        var expected = Flatten(data).ToList();

        SeriesWriter.WriteWide(data, folder.File("round.xlsx"));
        SeriesWriter.WriteLong(data, folder.File("round.csv"));

        var wide = SeriesLoader.Load(folder.File("round.xlsx")).Loaded();
        Flatten(wide).ShouldBe(expected);
        wide.Series.Select(s => s.MeasureId).ShouldBe(data.Series.Select(s => s.MeasureId));
        Flatten(SeriesLoader.Load(folder.File("round.csv")).Loaded()).ShouldBe(expected);
    }

    [Fact]
    public void Round_trips_the_real_metropolitan_police_data_through_both_writers()
    {
        using var folder = new TempFolder();
        var data = SeriesLoader.Load(Fixtures.Path("mps-long.csv")).Loaded();

        SeriesWriter.WriteWide(data, folder.File("mps.xlsx"), "Data");
        SeriesWriter.WriteLong(data, folder.File("mps.csv"));

        Flatten(SeriesLoader.Load(folder.File("mps.xlsx"), new SeriesLoadOptions("Data")).Loaded()).ShouldBe(Flatten(data));
        File.ReadAllText(folder.File("mps.csv")).Replace(",,,,", string.Empty, StringComparison.Ordinal)
            .ShouldBe(File.ReadAllText(Fixtures.Path("mps-long.csv")).Replace("\r\n", "\n", StringComparison.Ordinal)
                .Replace("measure,month,value", "measure,month,value,numerator,denominator,volume,margin", StringComparison.Ordinal));
    }
}

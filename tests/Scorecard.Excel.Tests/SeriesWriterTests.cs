using ClosedXML.Excel;
using NodaTime;
using Scorecard.Core.Series;

namespace Scorecard.Excel.Tests;

public sealed class SeriesWriterTests
{
    internal static MeasureData Sample() => new(
    [
        new MonthlySeries("crime-volume",
        [
            new MonthlyObservation(new YearMonth(2019, 4), Value: 1234),
            new MonthlyObservation(new YearMonth(2019, 5), Value: 1200.5),
            new MonthlyObservation(new YearMonth(2019, 7), Value: 0),
        ]),
        new MonthlySeries("outcome-rate",
        [
            new MonthlyObservation(new YearMonth(2019, 4), Numerator: 12, Denominator: 100),
            new MonthlyObservation(new YearMonth(2019, 5), Numerator: 0, Denominator: 0),
            new MonthlyObservation(new YearMonth(2019, 6), Numerator: 1.0 / 3.0, Denominator: 7),
        ]),
        new MonthlySeries("answer-time",
        [
            new MonthlyObservation(new YearMonth(2019, 5), Value: 12.25, Volume: 480),
            new MonthlyObservation(new YearMonth(2019, 6), Value: 0.1 + 0.2, Volume: 501),
        ]),
        new MonthlySeries("confidence",
        [
            new MonthlyObservation(new YearMonth(2019, 6), Value: 77.7, Margin: 3.5),
        ]),
    ]);

    [Fact]
    public void Writes_the_wide_layout_with_months_as_real_dates_and_a_bold_frozen_header()
    {
        using var folder = new TempFolder();
        var path = folder.File("monthly.xlsx");

        SeriesWriter.WriteWide(Sample(), path);

        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet("Monthly");
        sheet.Cell("A1").GetString().ShouldBe("Measure");
        sheet.Cell("B1").DataType.ShouldBe(XLDataType.DateTime);
        sheet.Cell("B1").GetDateTime().ShouldBe(new DateTime(2019, 4, 1));
        sheet.Cell("B1").Style.NumberFormat.Format.ShouldBe("mmm-yy");
        sheet.Cell("E1").GetDateTime().ShouldBe(new DateTime(2019, 7, 1));
        sheet.Cell("A1").Style.Font.Bold.ShouldBeTrue();
        sheet.SheetView.SplitRow.ShouldBe(1);
        Enumerable.Range(2, 7).Select(r => sheet.Cell(r, 1).GetString()).ShouldBe(
        [
            "crime-volume", "outcome-rate.numerator", "outcome-rate.denominator",
            "answer-time", "answer-time.volume", "confidence", "confidence.margin",
        ]);
        sheet.Cell("D2").IsEmpty().ShouldBeTrue();
        sheet.Cell("E2").GetDouble().ShouldBe(0);
    }

    [Fact]
    public void Writes_the_long_layout_as_csv_with_iso_months_and_round_trip_numbers()
    {
        using var folder = new TempFolder();
        var path = folder.File("monthly.csv");

        SeriesWriter.WriteLong(Sample(), path);

        var lines = File.ReadAllText(path).Split('\n');
        lines[0].ShouldBe("measure,month,value,numerator,denominator,volume,margin");
        lines[1].ShouldBe("crime-volume,2019-04,1234,,,,");
        lines[2].ShouldBe("crime-volume,2019-05,1200.5,,,,");
        lines.ShouldContain("outcome-rate,2019-06,,0.3333333333333333,7,,");
        lines.ShouldContain("answer-time,2019-06,0.30000000000000004,,,501,");
        lines.ShouldContain("confidence,2019-06,77.7,,,,3.5");
        File.ReadAllBytes(path)[0].ShouldBe((byte)'m');
    }

    [Fact]
    public void Replaces_an_existing_file_and_leaves_no_temporary_file_behind()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "old content");

        SeriesWriter.WriteLong(Sample(), path);
        SeriesWriter.WriteWide(Sample(), folder.File("monthly.xlsx"));

        File.ReadAllText(path).ShouldStartWith("measure,");
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order().ShouldBe(["monthly.csv", "monthly.xlsx"]);
    }
}

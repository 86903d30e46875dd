using ClosedXML.Excel;
using NodaTime;
using Scorecard.Core.Series;
using static Scorecard.Excel.Tests.Months;

namespace Scorecard.Excel.Tests;

public sealed class WideWorkbookTests
{
    [Fact]
    public void Loads_one_series_per_row_with_months_as_real_dates()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(3),
            ["crime-volume", 100, 110, 120],
            ["arrests", 5, null, 7]).SaveTo(folder);

        var data = SeriesLoader.Load(path).Loaded();

        data.Series.Select(s => s.MeasureId).ShouldBe(["crime-volume", "arrests"]);
        data.Find("crime-volume")!.ValueAt(Ym(2019, 6)).ShouldBe(120);
        data.Find("arrests")!.Count.ShouldBe(2);
        data.Find("arrests")![Ym(2019, 5)].ShouldBeNull();
    }

    [Fact]
    public void Reads_month_headers_written_as_text_in_the_common_forms()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly",
            ["Measure", "2019-04", "May-19", "Jun 2019", "July 2019", "Sept 2019", " 2019/10 ", "01/11/2019"],
            ["crime-volume", 1, 2, 3, 4, 5, 6, 7]).SaveTo(folder);

        var series = SeriesLoader.Load(path).Loaded().Find("crime-volume")!;

        series.Observations.Select(o => o.Month).ShouldBe(
            [Ym(2019, 4), Ym(2019, 5), Ym(2019, 6), Ym(2019, 7), Ym(2019, 9), Ym(2019, 10), Ym(2019, 11)]);
    }

    [Fact]
    public void Reads_a_month_header_that_is_a_serial_number_formatted_as_a_date_or_a_date_on_any_day()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly",
                ["Measure", 43556, new DateTime(2019, 5, 17)],
                ["crime-volume", 1, 2])
            .With(w => w.Worksheet("Monthly").Cell("B1").Style.NumberFormat.Format = "mmm-yy")
            .With(w =>
            {
                var sheet = w.Worksheet("Monthly");
                sheet.Cell("D1").Value = 43647;
                sheet.Cell("D1").Style.NumberFormat.NumberFormatId = 17;
                sheet.Cell("D2").Value = 3;
            })
            .SaveTo(folder);

        var series = SeriesLoader.Load(path).Loaded().Find("crime-volume")!;

        series.Observations.Select(o => o.Month).ShouldBe([Ym(2019, 4), Ym(2019, 5), Ym(2019, 7)]);
    }

    [Fact]
    public void Reads_numbers_stored_as_text_with_thousands_commas_spaces_and_percent_signs()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(4),
            ["crime-volume", "1,234", " 12.5 ", "45%", "-3"]).SaveTo(folder);

        var series = SeriesLoader.Load(path).Loaded().Find("crime-volume")!;

        series.Observations.Select(o => o.Value).ShouldBe([1234, 12.5, 45, -3]);
    }

    [Fact]
    public void Reads_a_number_formatted_as_a_percentage_as_the_percentage_shown()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(1), ["confidence", 0.777])
            .With(w => w.Worksheet("Monthly").Cell("B2").Style.NumberFormat.NumberFormatId = 10)
            .SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Find("confidence")!.ValueAt(Ym(2019, 4))!.Value.ShouldBe(77.7, tolerance: 1e-9);
    }

    [Fact]
    public void Loads_the_cached_value_of_a_formula_without_evaluating_it()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(2), ["crime-volume", 10])
            .RawCell("Monthly", "C2", "<c r=\"C2\"><f>NOSUCHFUNCTION(B2)*2</f><v>42</v></c>")
            .SaveTo(folder);

        var series = SeriesLoader.Load(path).Loaded().Find("crime-volume")!;

        series.ValueAt(Ym(2019, 5)).ShouldBe(42);
    }

    [Fact]
    public void Ignores_trailing_blank_rows_and_columns_even_when_styled()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(2), ["crime-volume", 1, 2], [null], [null, null, null])
            .With(w =>
            {
                var sheet = w.Worksheet("Monthly");
                sheet.Range("A1:H20").Style.Fill.BackgroundColor = XLColor.LightYellow;
                sheet.Cell("F1").Value = "   ";
                sheet.Cell("A9").Value = string.Empty;
            })
            .SaveTo(folder);

        var data = SeriesLoader.Load(path).Loaded();

        data.Series.Count.ShouldBe(1);
        data.Find("crime-volume")!.Count.ShouldBe(2);
    }

    [Fact]
    public void Reads_merged_and_styled_header_cells_and_skips_blank_rows_between_series()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(2), [null], ["crime-volume", 1, 2], [null], ["arrests", 3, 4])
            .With(w =>
            {
                var sheet = w.Worksheet("Monthly");
                sheet.Range("A1:A2").Merge();
                sheet.Row(1).Style.Font.Bold = true;
                sheet.Row(1).Style.Fill.BackgroundColor = XLColor.DarkBlue;
                sheet.Row(1).Style.Font.FontColor = XLColor.White;
            })
            .SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Series.Select(s => s.MeasureId).ShouldBe(["crime-volume", "arrests"]);
    }

    [Fact]
    public void Reads_a_hidden_sheet_found_by_name_ignoring_case()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook()
            .Sheet("Cover", ["Quarterly data"])
            .Sheet("monthly ", ["Measure", "2019-04"], ["crime-volume", 1])
            .With(w => w.Worksheet("monthly ").Visibility = XLWorksheetVisibility.Hidden)
            .SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Find("crime-volume")!.Count.ShouldBe(1);
    }

    [Fact]
    public void Reads_another_sheet_when_the_options_name_it()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Data", ["Measure", "2019-04"], ["crime-volume", 1]).SaveTo(folder);

        SeriesLoader.Load(path, new SeriesLoadOptions("Data")).Loaded().Series.Count.ShouldBe(1);
    }

    [Fact]
    public void Puts_months_given_out_of_order_into_month_order()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly",
            ["Measure", "2019-06", "2019-04", "2019-05"],
            ["crime-volume", 6, 4, 5]).SaveTo(folder);

        var series = SeriesLoader.Load(path).Loaded().Find("crime-volume")!;

        series.Observations.Select(o => (o.Month, o.Value)).ShouldBe([(Ym(2019, 4), 4.0), (Ym(2019, 5), 5.0), (Ym(2019, 6), 6.0)]);
    }

    [Fact]
    public void Reads_ratio_mean_and_margin_rows_into_the_parts_of_each_month()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(2),
            ["outcome-rate.numerator", 12, 0],
            ["outcome-rate.denominator", 100, 0],
            ["answer-time", 12.5, 13],
            ["answer-time.volume", 400, 410],
            ["confidence.value", 77.7, null],
            ["confidence.margin", 3.5, null]).SaveTo(folder);

        var data = SeriesLoader.Load(path).Loaded();

        data.Find("outcome-rate")![Ym(2019, 4)].ShouldBe(new MonthlyObservation(Ym(2019, 4), Numerator: 12, Denominator: 100));
        data.Find("outcome-rate")![Ym(2019, 5)].ShouldBe(new MonthlyObservation(Ym(2019, 5), Numerator: 0, Denominator: 0));
        data.Find("outcome-rate")!.ValueAt(Ym(2019, 5)).ShouldBeNull();
        data.Find("answer-time")![Ym(2019, 5)].ShouldBe(new MonthlyObservation(Ym(2019, 5), Value: 13, Volume: 410));
        data.Find("confidence")![Ym(2019, 4)].ShouldBe(new MonthlyObservation(Ym(2019, 4), Value: 77.7, Margin: 3.5));
        data.Find("confidence")!.Count.ShouldBe(1);
    }

    [Fact]
    public void Reads_the_long_layout_from_a_sheet()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly",
            ["Month", "Value", "Measure"],
            [new DateTime(2019, 4, 1), 10, "crime-volume"],
            ["2019-05", "11", "crime-volume"]).SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Find("crime-volume")!.Observations.Select(o => o.Value).ShouldBe([10, 11]);
    }

    [Fact]
    public void Loads_a_macro_enabled_workbook()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(1), ["crime-volume", 1]).SaveTo(folder, "monthly.xlsm");

        SeriesLoader.Load(path).Loaded().Series.Count.ShouldBe(1);
    }

    [Fact]
    public void Loads_from_a_stream_named_by_its_display_name()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(1), ["crime-volume", 1]).SaveTo(folder);
        using var stream = new MemoryStream(File.ReadAllBytes(path));

        SeriesLoader.Load(stream, "upload.xlsx").Loaded().Series.Count.ShouldBe(1);
    }

    [Fact]
    public void Reads_a_workbook_another_program_has_open_for_writing_and_leaves_it_unchanged()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(1), ["crime-volume", 1]).SaveTo(folder);
        var before = File.ReadAllBytes(path);
        var written = File.GetLastWriteTimeUtc(path);

        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            SeriesLoader.Load(path).Loaded().Series.Count.ShouldBe(1);
        }

        File.ReadAllBytes(path).ShouldBe(before);
        File.GetLastWriteTimeUtc(path).ShouldBe(written);
    }
}

using System.Text;
using Scorecard.Core.Series;
using static Scorecard.Excel.Tests.Months;

namespace Scorecard.Excel.Tests;

public sealed class CsvTests
{
    [Fact]
    public void Loads_the_long_layout_with_columns_in_any_order_and_any_case()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv",
            "Value,MONTH,Measure,Numerator,Denominator\n" +
            "1200,2019-04,crime-volume,,\n" +
            ",2019-04,outcome-rate,12,100\n" +
            "1300,2019-05,crime-volume,,\n");

        var data = SeriesLoader.Load(path).Loaded();

        data.Find("crime-volume")!.Observations.Select(o => o.Value).ShouldBe([1200, 1300]);
        data.Find("outcome-rate")![Ym(2019, 4)].ShouldBe(new MonthlyObservation(Ym(2019, 4), Numerator: 12, Denominator: 100));
    }

    [Fact]
    public void Loads_the_wide_layout_with_a_byte_order_mark_crlf_line_endings_and_quoted_numbers()
    {
        using var folder = new TempFolder();
        var path = folder.File("monthly.csv");
        File.WriteAllText(path,
            "Measure,Apr-19,May-19,Jun-19,,\r\n" +
            "crime-volume,\"1,234\", 12.5 ,45%,,\r\n" +
            ",,,,,\r\n" +
            "\r\n",
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var series = SeriesLoader.Load(path).Loaded().Find("crime-volume")!;

        series.Observations.Select(o => (o.Month, o.Value)).ShouldBe([(Ym(2019, 4), 1234.0), (Ym(2019, 5), 12.5), (Ym(2019, 6), 45.0)]);
    }

    [Fact]
    public void Skips_the_separator_hint_line_excel_may_write_first()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "sep=,\nmeasure,month,value\ncrime-volume,2019-04,n/a\n");

        SeriesLoader.Load(path).Error("SC0102").AtLine(3, 3);
    }

    [Fact]
    public void Reports_text_in_a_value_field_with_its_line_and_column()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv",
            "measure,month,value\n" +
            "crime-volume,2019-04,1\n" +
            "\n" +
            "crime-volume,2019-05,n/a\n");

        var error = SeriesLoader.Load(path).Error("SC0102").AtLine(4, 3);

        error.ToString().ShouldBe($"error SC0102 {path} line 4, column 3: expected a number for crime-volume, May 2019 (column value); found \"n/a\". Type the number (1234, 1,234.5 or 45%), or clear the cell if there is no figure.");
    }

    [Fact]
    public void Reports_a_measure_and_month_given_twice()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "measure,month,value\ncrime-volume,2019-04,1\ncrime-volume,Apr-19,2\n");

        SeriesLoader.Load(path).Error("SC0106").AtLine(3, 1).Saying("crime-volume, April 2019 appears already (at line 2)");
    }

    [Fact]
    public void Reports_an_unreadable_month_and_a_bad_measure_id()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "measure,month,value\ncrime-volume,Q1,1\nCrime,2019-04,2\n");

        var result = SeriesLoader.Load(path);

        result.Error("SC0104").AtLine(2, 2);
        result.Error("SC0107").AtLine(3, 1);
    }

    [Fact]
    public void Reports_a_missing_value_column()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "measure,month,count\ncrime-volume,2019-04,1\n");

        var result = SeriesLoader.Load(path);

        result.Error("SC0113").AtLine(1).Saying("expected a column named value");
        result.Diagnostics.ShouldContain(d => d.Code == "SC0115" && !d.IsError);
    }

    [Fact]
    public void Still_loads_when_more_than_two_hundred_warnings_are_cut_short()
    {
        using var folder = new TempFolder();
        var extra = string.Join(",", Enumerable.Range(1, 250).Select(i => "x" + i));
        var path = folder.WriteText("monthly.csv", $"measure,month,value,{extra}\ncrime-volume,2019-04,1\n");

        var result = SeriesLoader.Load(path);

        result.Loaded().Series.Count.ShouldBe(1);
        result.Diagnostics.Count.ShouldBe(201);
        result.Diagnostics[^1].Code.ShouldBe("SC0199");
        result.Diagnostics.ShouldAllBe(d => !d.IsError);
    }

    [Fact]
    public void Reports_a_numerator_column_without_a_denominator_column()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "measure,month,numerator\noutcome-rate,2019-04,1\n");

        SeriesLoader.Load(path).Error("SC0123").AtLine(1, 3);
    }

    [Fact]
    public void Reports_a_ratio_month_with_a_numerator_but_no_denominator_and_a_zero_denominator()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv",
            "measure,month,numerator,denominator\noutcome-rate,2019-04,1,\noutcome-rate,2019-05,1,0\noutcome-rate,2019-06,0,0\n");

        var result = SeriesLoader.Load(path);

        result.Error("SC0124").AtLine(2, 4);
        result.Error("SC0125").AtLine(3, 4);
    }

    [Fact]
    public void Reports_a_duplicated_column()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "measure,month,value,Value\ncrime-volume,2019-04,1,2\n");

        SeriesLoader.Load(path).Error("SC0114").AtLine(1, 4);
    }

    [Fact]
    public void Reports_a_semicolon_separated_file_with_a_hint()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "measure;month;value\ncrime-volume;2019-04;1\n");

        SeriesLoader.Load(path).Error("SC0112").Saying("semicolons");
    }

    [Fact]
    public void Reports_a_workbook_saved_with_the_extension_csv()
    {
        using var folder = new TempFolder();
        var workbook = TestWorkbook.Wide(FromApril2019(1), ["crime-volume", 1]).SaveTo(folder);
        var path = folder.File("monthly.csv");
        File.Copy(workbook, path);

        SeriesLoader.Load(path).Error("SC0108").Saying("Rename it to .xlsx");
    }
}

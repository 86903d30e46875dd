using static Scorecard.Excel.Tests.Months;

namespace Scorecard.Excel.Tests;

public sealed class TitleBlockTests
{
    [Fact]
    public void Finds_the_wide_header_below_a_title_and_a_blank_row()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly",
            ["Wiltshire Police – monthly performance"],
            [],
            ["Measure", new DateTime(2019, 4, 1), new DateTime(2019, 5, 1)],
            ["crime-volume", 10, "n/a"]).SaveTo(folder);

        var result = SeriesLoader.Load(path);

        result.Error("SC0102").At("Monthly", "C4");
    }

    [Fact]
    public void Finds_the_long_header_below_title_rows_in_a_csv()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv",
            "Wiltshire Police – monthly performance,,\n" +
            "Extracted 3 October 2019,,\n" +
            "\n" +
            "measure,month,value\n" +
            "crime-volume,2019-04,10\n");

        SeriesLoader.Load(path).Loaded().Find("crime-volume")![Ym(2019, 4)]!.Value.ShouldBe(10);
    }

    [Fact]
    public void Reads_a_wide_table_that_starts_right_of_column_a_naming_the_original_cells()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly",
            ["Performance pack"],
            [null, "Measure\u00A0 ", "Apr-19", "May-19"],
            [null, "crime-volume", 10, 11],
            [null, "arrests", 3, "n/a"]).SaveTo(folder);

        var result = SeriesLoader.Load(path);

        result.Error("SC0102").At("Monthly", "D4").Saying("arrests, May 2019");
    }

    [Fact]
    public void Reads_the_libreoffice_workbook_with_merged_title_cells()
    {
        var data = SeriesLoader.Load(Fixtures.Path("libreoffice-title.xlsx")).Loaded();

        data.Find("crime-volume")!.Observations.Select(o => (o.Month, o.Value)).ShouldBe([(Ym(2019, 7), 3710.0), (Ym(2019, 8), 3655.0), (Ym(2019, 9), 3521.0)]);
        data.Find("arrests")!.Observations.Select(o => o.Month).ShouldBe([Ym(2019, 7), Ym(2019, 9)]);
    }

    [Fact]
    public void Reads_the_libreoffice_workbook_that_counts_dates_from_1904()
    {
        var data = SeriesLoader.Load(Fixtures.Path("libreoffice-1904.xlsx")).Loaded();

        data.Find("crime-volume")!.Observations.Select(o => o.Month).ShouldBe([Ym(2019, 7), Ym(2019, 8), Ym(2019, 9)]);
    }

    [Fact]
    public void Still_refuses_a_sheet_with_no_recognisable_header_saying_title_rows_may_come_first()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly", ["Wiltshire Police"], [], ["Indicator", "Apr-19"], ["crime-volume", 1]).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0112").At("Monthly", "A1").Saying("in the first 20 rows (title rows above it are skipped); found \"Wiltshire Police\"");
    }

    [Fact]
    public void Does_not_look_for_the_header_below_the_first_20_rows()
    {
        using var folder = new TempFolder();
        var rows = Enumerable.Range(1, 20).Select(i => new object?[] { "note " + i }).Append(["Measure", "Apr-19"]).Append(["crime-volume", 1]).ToArray();
        var path = new TestWorkbook().Sheet("Monthly", rows).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0112");
    }

    [Fact]
    public void Reports_a_header_with_only_a_title_above_it_and_no_rows()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly", ["Wiltshire Police"], ["Measure", "Apr-19"]).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0117").At("Monthly", "A2");
    }
}

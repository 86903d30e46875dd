using Scorecard.Core.Diagnostics;
using static Scorecard.Excel.Tests.Months;

namespace Scorecard.Excel.Tests;

/// <summary>Workbooks as analysts keep them (issue 9): any sheet name, label and total columns, formulas never calculated.</summary>
public sealed class AnalystWorkbookTests
{
    [Fact]
    public void Refuses_the_formulas_openpyxl_wrote_without_results_at_their_cells()
    {
        var result = SeriesLoader.Load(Fixtures.Path("openpyxl-formulas.xlsx"));

        var errors = result.Diagnostics.Where(d => d.Code == "SC0103").ToList();
        errors.Select(d => (d.Location.Sheet, d.Location.Cell)).ShouldBe([("Sheet", "D2"), ("Sheet", "D3")]);
        errors[0].Saying("crime-volume, June 2019", "a formula (=B2+C2-3844) with no saved result", "open the workbook in Excel or LibreOffice and save it");
        result.Value.ShouldBeNull();
    }

    [Fact]
    public void Reads_the_same_formulas_by_the_results_libreoffice_calculated_and_saved()
    {
        var data = SeriesLoader.Load(Fixtures.Path("libreoffice-formulas.xlsx")).Loaded();

        // LibreOffice Calc 7.4 calculated D2 = 3710 + 3655 - 3844 and D3 = ROUND(AVERAGE(410, 398), 0).
        data.Find("crime-volume")!.ValueAt(Ym(2019, 6)).ShouldBe(3521);
        data.Find("arrests")!.ValueAt(Ym(2019, 6)).ShouldBe(404);
    }

    [Fact]
    public void Reads_the_only_sheet_of_a_workbook_whatever_it_is_called()
    {
        // LibreOffice names the only sheet of a CSV saved as .xlsx after the file.
        var data = SeriesLoader.Load(Fixtures.Path("monthly-export.xlsx")).Loaded();

        data.Find("crime-volume")!.Observations.Select(o => o.Value).ShouldBe([3710, 3655, 3521]);
        data.Find("arrests")!.Count.ShouldBe(2);
    }

    [Fact]
    public void Reads_the_sheet_whose_header_fits_skipping_a_label_column_and_total_and_notes_columns_with_notes()
    {
        var result = SeriesLoader.Load(Fixtures.Path("openpyxl-habits.xlsx"));

        var data = result.Loaded();
        data.Series.Select(s => s.MeasureId).ShouldBe(["crime-volume", "arrests", "answer-999"]);
        data.Find("crime-volume")!.Observations.Select(o => (o.Month, o.Value)).ShouldBe([(Ym(2019, 4), 3710.0), (Ym(2019, 5), 3655.0), (Ym(2019, 6), 3521.0)]);
        data.Find("arrests")![Ym(2019, 5)].ShouldBeNull();

        result.Diagnostics.ShouldAllBe(d => d.Severity == Severity.Info);
        result.Diagnostics.Select(d => d.Code + " " + d.Location).ShouldBe([
            "SC0128 " + Fixtures.Path("openpyxl-habits.xlsx") + " sheet 'Performance data'",
            "SC0127 " + Fixtures.Path("openpyxl-habits.xlsx") + " 'Performance data'!A1",
            "SC0127 " + Fixtures.Path("openpyxl-habits.xlsx") + " 'Performance data'!F1",
        ]);
        result.Diagnostics[0].Saying("there is no sheet named \"Monthly\"", "data.sheet");
        result.Diagnostics[1].Saying("\"Priority\" left of Measure");
        result.Diagnostics[2].Saying("\"Total\", \"YTD\", \"Notes\" after the months are not months");
        result.Diagnostics[2].ToString().ShouldStartWith("info SC0127 ");
    }

    [Fact]
    public void Lists_the_sheets_and_names_the_setting_when_no_sheet_fits()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Cover", ["Quarterly pack"]).Sheet("Figures", ["Indicator", "Apr-19"], ["crime-volume", 1]).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0110").Saying("none of its sheets ('Cover', 'Figures') has a header row that fits", "the setting data.sheet");
    }

    [Fact]
    public void Refuses_to_guess_between_several_sheets_that_fit()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook()
            .Sheet("2018-19", ["Measure", "Apr-18"], ["crime-volume", 1])
            .Sheet("2019-20", ["Measure", "Apr-19"], ["crime-volume", 2])
            .SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0110").Saying("several of its sheets could hold the data ('2018-19', '2019-20')", "data.sheet");
    }

    [Fact]
    public void Still_refuses_an_unknown_heading_among_the_months_and_says_how_to_skip_it()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly", ["Measure", "Apr-19", "May-19", "Q1 total"], ["crime-volume", 1, 2, 3]).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0104").At("Monthly", "D1").Saying("found \"Q1 total\"", "data.ignoreColumns");
    }

    [Fact]
    public void Skips_the_columns_an_office_names_in_the_options()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly", ["Measure", "Apr-19", "May-19", " q1 TOTAL ", "Direction"], ["crime-volume", 1, 2, 3, "up"]).SaveTo(folder);

        var result = SeriesLoader.Load(path, new SeriesLoadOptions(IgnoreColumns: ["Q1 total", "Direction"]));

        result.Loaded().Find("crime-volume")!.Observations.Select(o => o.Value).ShouldBe([1, 2]);
        result.Diagnostics.ShouldHaveSingleItem().Saying("\"q1 TOTAL\", \"Direction\" after the months");
    }

    [Fact]
    public void Reads_a_label_column_left_of_measure_in_a_csv_with_a_note()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "Priority,Measure,2019-04,2019-05,YTD\nProtect,crime-volume,1,2,3\n,arrests,4,5,9\n");

        var result = SeriesLoader.Load(path);

        result.Loaded().Series.Select(s => s.MeasureId).ShouldBe(["crime-volume", "arrests"]);
        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).ShouldBe([("SC0127", (int?)1, (int?)1), ("SC0127", 1, 5)]);
    }

    [Fact]
    public void Turns_the_warning_about_an_unknown_long_column_into_a_note_when_the_office_names_it()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "measure,month,value,source\ncrime-volume,2019-04,1,Niche\n");

        SeriesLoader.Load(path).Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Warning);
        SeriesLoader.Load(path, new SeriesLoadOptions(IgnoreColumns: ["Source"])).Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
    }
}

using System.IO.Compression;
using Scorecard.Core.Diagnostics;
using static Scorecard.Excel.Tests.Months;

namespace Scorecard.Excel.Tests;

public sealed class WorkbookProblemTests
{
    [Fact]
    public void Reports_text_in_a_value_cell_with_its_sheet_and_cell()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(6), ["crime-volume", 1, 2, 3, 4, "n/a", 6]).SaveTo(folder);

        var result = SeriesLoader.Load(path);

        var error = result.Error("SC0102").At("Monthly", "F2").Saying("expected a number for crime-volume, August 2019; found \"n/a\"");
        error.ToString().ShouldBe($"error SC0102 {path} 'Monthly'!F2: {error.Message}");
    }

    [Fact]
    public void Names_the_file_as_the_caller_gave_it()
    {
        using var folder = new TempFolder();
        TestWorkbook.Wide(FromApril2019(1), ["crime-volume", "n/a"]).SaveTo(folder);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder.File("monthly.xlsx"));

        SeriesLoader.Load(relative).Error("SC0102").Location.File.ShouldBe(relative);
    }

    [Fact]
    public void Reports_error_cells_whether_stored_as_errors_or_as_text()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(3), ["crime-volume", 1, null, "#DIV/0!"])
            .RawCell("Monthly", "C2", "<c r=\"C2\" t=\"e\"><f>NA()</f><v>#N/A</v></c>")
            .SaveTo(folder);

        var result = SeriesLoader.Load(path);

        var errors = result.Diagnostics.Where(d => d.Code == "SC0103").ToList();
        errors.Select(d => d.Location.Cell).ShouldBe(["C2", "D2"]);
        errors[0].Saying("found the error #N/A");
        errors[1].Saying("found the error #DIV/0!");
    }

    [Fact]
    public void Reports_an_error_stored_in_a_cell_without_a_formula()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(2), ["crime-volume", 1])
            .RawCell("Monthly", "C2", "<c r=\"C2\" t=\"e\"><v>#DIV/0!</v></c>")
            .SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0103").At("Monthly", "C2").Saying("found the error #DIV/0!");
    }

    [Fact]
    public void Reports_a_formula_with_no_saved_result_instead_of_reading_it_as_a_missing_month()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(2), ["crime-volume", 1])
            .RawCell("Monthly", "C2", "<c r=\"C2\"><f>B2*2</f></c>")
            .SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0103").At("Monthly", "C2").Saying("found a formula (=B2*2) with no saved result");
    }

    [Fact]
    public void Reads_a_formula_whose_saved_result_is_empty_text_as_a_missing_month()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(2), ["crime-volume", 1])
            .RawCell("Monthly", "C2", "<c r=\"C2\" t=\"str\"><f>IF(B2=1,\"\",B2)</f><v></v></c>")
            .SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Find("crime-volume")!.Count.ShouldBe(1);
    }

    [Fact]
    public void Reports_a_date_or_a_true_false_value_in_a_value_cell()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(2), ["crime-volume", new DateTime(2019, 4, 1), null])
            .With(w => w.Worksheet("Monthly").Cell("C2").Value = true)
            .SaveTo(folder);

        var errors = SeriesLoader.Load(path).Diagnostics.Where(d => d.Code == "SC0102").ToList();

        errors.Select(d => d.Location.Cell).ShouldBe(["B2", "C2"]);
        errors[0].Saying("found the date 1 April 2019");
    }

    [Fact]
    public void Refuses_a_decimal_comma_rather_than_misreading_it()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(1), ["answer-time", "12,5"]).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0102").At("Monthly", "B2");
    }

    [Fact]
    public void Reports_a_month_given_twice_at_the_second_heading()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly",
            ["Measure", "2019-04", "2019-05", "May 2019"],
            ["crime-volume", 1, 2, 3]).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0105").At("Monthly", "D1").Saying("May 2019 has a column already (at C1)");
    }

    [Fact]
    public void Reports_a_measure_given_twice_including_as_its_value_row()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(1), ["crime-volume", 1], ["arrests", 2], ["crime-volume.value", 3]).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0106").At("Monthly", "A4").Saying("(at A2)");
    }

    [Fact]
    public void Reports_an_unreadable_month_heading()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly",
            ["Measure", "2019-04", "Q2 2019", "2019-13"],
            ["crime-volume", 1, 2, 3]).SaveTo(folder);

        var errors = SeriesLoader.Load(path).Diagnostics.Where(d => d.Code == "SC0104").ToList();

        errors.Select(d => d.Location.Cell).ShouldBe(["C1", "D1"]);
        errors[0].Saying("expected a month heading; found \"Q2 2019\"");
    }

    [Fact]
    public void Reports_a_number_heading_without_a_date_format()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly", ["Measure", 43556], ["crime-volume", 1]).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0104").At("Monthly", "B1").Saying("found the number 43556");
    }

    [Fact]
    public void Reports_a_ratio_with_a_numerator_row_but_no_denominator_row_once()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(3), ["outcome-rate.numerator", 1, 2, 3]).SaveTo(folder);

        var result = SeriesLoader.Load(path);

        result.Error("SC0123").At("Monthly", "A2").Saying("the row outcome-rate.numerator but no row outcome-rate.denominator");
        result.Diagnostics.Count.ShouldBe(1);
    }

    [Fact]
    public void Reports_a_month_with_a_numerator_but_no_denominator_at_the_empty_cell()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(3),
            ["outcome-rate.numerator", 1, 2, null],
            ["outcome-rate.denominator", 10, null, 30]).SaveTo(folder);

        var errors = SeriesLoader.Load(path).Diagnostics.Where(d => d.Code == "SC0124").ToList();

        errors.Select(d => d.Location.Cell).ShouldBe(["D2", "C3"]);
        errors[0].Saying("outcome-rate, June 2019 has a denominator but no numerator");
        errors[1].Saying("outcome-rate, May 2019 has a numerator but no denominator");
    }

    [Fact]
    public void Reports_a_zero_denominator_with_a_non_zero_numerator_but_accepts_zero_over_zero()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(2),
            ["outcome-rate.numerator", 0, 5],
            ["outcome-rate.denominator", 0, 0]).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0125").At("Monthly", "C3").Saying("denominator of 0 but a numerator of 5");
    }

    [Fact]
    public void Reports_a_sheet_named_in_the_options_that_is_missing_and_lists_the_sheets_there_are()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Data", ["Measure"]).Sheet("Old", ["x"])
            .With(w => w.Worksheet("Old").Visibility = ClosedXML.Excel.XLWorksheetVisibility.Hidden)
            .SaveTo(folder);

        var error = SeriesLoader.Load(path, new SeriesLoadOptions("Monthly")).Error("SC0110");

        error.Location.Sheet.ShouldBe("Monthly");
        error.Saying("no sheet named \"Monthly\"; its sheets are 'Data', 'Old' (hidden)", "the setting data.sheet");
    }

    [Fact]
    public void Reports_an_empty_sheet()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly").SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0111").Location.Sheet.ShouldBe("Monthly");
    }

    [Fact]
    public void Reports_a_header_with_no_rows_below_it()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(3)).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0117").At("Monthly", "A1");
    }

    [Fact]
    public void Reports_a_header_that_is_neither_layout()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly", ["Crime", "Apr-19"], ["crime-volume", 1]).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0112").At("Monthly", "A1").Saying("found \"Crime\", \"Apr-19\"");
    }

    [Theory]
    [InlineData("Crime Volume", "Did you mean crime-volume?")]
    [InlineData("crime_volume", "Did you mean crime-volume?")]
    [InlineData("crime--volume", "crime--volume")]
    public void Reports_a_measure_id_that_is_not_kebab_case(string id, string fragment)
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(1), [id, 1]).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0107").At("Monthly", "A2").Saying(fragment);
    }

    [Fact]
    public void Reports_an_unknown_part_of_a_series()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(1), ["crime-volume.total", 1]).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0120").At("Monthly", "A2").Saying(".total");
    }

    [Fact]
    public void Reports_figures_without_a_measure_id_or_without_a_month_heading()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(2), ["crime-volume", 1, 2, 3], [null, 4, 5]).SaveTo(folder);

        var result = SeriesLoader.Load(path);

        result.Error("SC0121").At("Monthly", "A3");
        result.Error("SC0122").At("Monthly", "D1");
    }

    [Fact]
    public void Reports_every_problem_in_the_file_together()
    {
        using var folder = new TempFolder();
        var path = TestWorkbook.Wide(FromApril2019(3),
            ["crime-volume", "x", 2, "y"],
            ["Bad Id", 1, 2, 3],
            ["arrests", 1, "#N/A", 3]).SaveTo(folder);

        SeriesLoader.Load(path).Diagnostics.Select(d => d.Code + " " + d.Location.Cell)
            .ShouldBe(["SC0102 B2", "SC0102 D2", "SC0107 A3", "SC0103 C4"]);
    }

    [Fact]
    public void Stops_listing_problems_after_two_hundred_and_says_how_many_more()
    {
        using var folder = new TempFolder();
        var rows = Enumerable.Range(0, 30).Select(i => (object?[])["crime-" + i, .. Enumerable.Repeat<object?>("x", 10)]).ToArray();
        var path = TestWorkbook.Wide(FromApril2019(10), rows).SaveTo(folder);

        var diagnostics = SeriesLoader.Load(path).Diagnostics;

        diagnostics.Count.ShouldBe(201);
        diagnostics[^1].Code.ShouldBe("SC0199");
        diagnostics[^1].Message.ShouldStartWith("and 100 more problems not shown");
    }

    [Fact]
    public void Reports_a_file_that_does_not_exist()
    {
        using var folder = new TempFolder();

        SeriesLoader.Load(folder.File("nope.xlsx")).Error("SC0100").Location.File.ShouldBe(folder.File("nope.xlsx"));
    }

    [Theory]
    [InlineData("monthly.xls", "save it as an Excel Workbook (.xlsx)")]
    [InlineData("monthly.ods", "save it as Excel 2007-365 (.xlsx)")]
    [InlineData("monthly.json", "Give an Excel Workbook")]
    public void Reports_an_unsupported_kind_of_file_and_how_to_convert_it(string name, string fragment)
    {
        using var folder = new TempFolder();
        var path = folder.WriteText(name, "whatever");

        SeriesLoader.Load(path).Error("SC0101").Saying(fragment);
    }

    [Fact]
    public void Reports_a_text_file_renamed_xlsx()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.xlsx", "measure,month,value\ncrime-volume,2019-04,1\n");

        SeriesLoader.Load(path).Error("SC0108").Saying("not a workbook at all", "\"measure,month,value");
    }

    [Fact]
    public void Reports_a_zip_file_that_is_not_a_workbook()
    {
        using var folder = new TempFolder();
        var path = folder.File("monthly.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        SeriesLoader.Load(path).Error("SC0108").Saying("not a readable workbook");
    }

    [Fact]
    public void Reports_an_old_style_or_password_protected_workbook()
    {
        using var folder = new TempFolder();
        var path = folder.File("monthly.xlsx");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);

        SeriesLoader.Load(path).Error("SC0108").Saying("password");
    }

    [Theory]
    [InlineData("monthly.xlsx")]
    [InlineData("monthly.csv")]
    public void Reports_an_empty_file(string name)
    {
        using var folder = new TempFolder();
        var path = folder.WriteText(name, string.Empty);

        SeriesLoader.Load(path).Error("SC0109").Location.ShouldBe(SourceLocation.InFile(path));
    }
}

using System.Globalization;
using ClosedXML.Excel;
using Scorecard.Rendering.Export;
using Scorecard.Rendering.Workbook;

namespace Scorecard.Rendering.Tests.Workbook;

/// <summary>The workbook and the CSV of a report that mixes the dashboard key and "Making Data Count" measures.</summary>
public sealed class MakingDataCountWorkbookTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private XLWorkbook WriteAndOpen()
    {
        var path = _folder.File("scorecard.xlsx");
        ScorecardWorkbook.Write(MakingDataCountReportTests.Mixed(), MakingDataCountReportTests.MixedData(), Sample.Info, Sample.Clock, path);
        return new XLWorkbook(path);
    }

    private static int RowOf(IXLWorksheet sheet, string measure) =>
        sheet.Column(2).CellsUsed().First(c => c.GetString() == measure).Address.RowNumber;

    [Fact]
    public void The_dashboard_gives_each_making_data_count_measure_its_icons_in_words_and_says_why_the_others_have_none()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet(DashboardSheet.Name);

        var headings = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        headings.IndexOf(DashboardSheet.VariationHeading).ShouldBe(headings.IndexOf(DashboardSheet.NotesHeading) - 2);
        headings.IndexOf(DashboardSheet.AssuranceHeading).ShouldBe(headings.IndexOf(DashboardSheet.NotesHeading) - 1);

        var burglary = RowOf(sheet, "Burglary");
        ScorecardWorkbookTests.CellUnder(sheet, DashboardSheet.VariationHeading, burglary).GetString().ShouldBe("Special cause variation of improving nature (low values)");
        ScorecardWorkbookTests.CellUnder(sheet, DashboardSheet.AssuranceHeading, burglary).GetString().ShouldBe("Target hit or miss");
        var satisfaction = RowOf(sheet, "Victim satisfaction");
        ScorecardWorkbookTests.CellUnder(sheet, DashboardSheet.VariationHeading, satisfaction).GetString().ShouldBe("No variation icon");
        var crime = RowOf(sheet, "Crime volume");
        ScorecardWorkbookTests.CellUnder(sheet, DashboardSheet.VariationHeading, crime).GetString().ShouldBe(DashboardSheet.NotSpc);
        ScorecardWorkbookTests.CellUnder(sheet, DashboardSheet.AssuranceHeading, crime).GetString().ShouldBe(DashboardSheet.NotSpc);
    }

    [Fact]
    public void A_sheet_lists_every_xmr_point_with_its_lines_variation_and_period()
    {
        using var workbook = WriteAndOpen();

        workbook.Worksheets.Select(s => s.Name).ShouldBe(["Dashboard", "Evidence", "Data issues", "Key", "Data", SpcPointsSheet.Name]);
        var sheet = workbook.Worksheet(SpcPointsSheet.Name);
        sheet.Row(1).CellsUsed().Select(c => c.GetString()).ShouldBe(SpcPointsSheet.Headings);

        // 31 burglary points, 10 satisfaction, 28 domestic abuse (30 months less 2 missing); none for the dashboard key's measures.
        var rows = sheet.RowsUsed().Skip(1).ToList();
        rows.Count.ShouldBe(31 + 10 + 28);
        rows.Select(r => r.Cell(1).GetString()).Distinct().ShouldBe(["Burglary", "Victim satisfaction", "Domestic abuse incidents"]);

        var last = rows[30];
        last.Cell(2).DataType.ShouldBe(XLDataType.DateTime);
        last.Cell(2).GetDateTime().ShouldBe(new DateTime(2019, 9, 1, 0, 0, 0, DateTimeKind.Unspecified));
        last.Cell(3).GetDouble().ShouldBe(248);
        last.Cell(4).GetDouble().ShouldBe(287.3, tolerance: 0.05);
        last.Cell(5).GetDouble().ShouldBe(320.5, tolerance: 0.05);
        last.Cell(6).GetDouble().ShouldBe(254.2, tolerance: 0.05);
        last.Cell(7).GetString().ShouldBe("improvement");
        last.Cell(8).GetDouble().ShouldBe(1);

        // Too few points: the limits are blank, not zero.
        var satisfaction = rows[31];
        satisfaction.Cell(5).IsEmpty().ShouldBeTrue();
        satisfaction.Cell(6).IsEmpty().ShouldBeTrue();
        satisfaction.Cell(7).GetString().ShouldBe("common-cause");

        // Domestic abuse: the limits are recalculated from April 2019, the second period.
        var april = rows.Single(r => r.Cell(1).GetString() == "Domestic abuse incidents" && r.Cell(2).GetDateTime() == new DateTime(2019, 4, 1, 0, 0, 0, DateTimeKind.Unspecified));
        april.Cell(8).GetDouble().ShouldBe(2);
        april.Cell(9).GetDateTime().ShouldBe(new DateTime(2019, 4, 1, 0, 0, 0, DateTimeKind.Unspecified));
    }

    [Fact]
    public void A_workbook_of_the_dashboard_key_alone_has_no_spc_columns_or_sheet()
    {
        var path = _folder.File("key-only.xlsx");
        var builder = Sample.Builder();
        ScorecardWorkbook.Write(builder.Build(), builder.Data(), Sample.Info, Sample.Clock, path);
        using var workbook = new XLWorkbook(path);

        workbook.Worksheets.Select(s => s.Name).ShouldNotContain(SpcPointsSheet.Name);
        workbook.Worksheet(DashboardSheet.Name).Row(1).CellsUsed().Select(c => c.GetString()).ShouldNotContain(DashboardSheet.VariationHeading);
    }

    [Fact]
    public void The_csv_carries_each_making_data_count_measures_icons_on_its_rows()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ScorecardCsv.Write(MakingDataCountReportTests.Mixed(), writer);
        var records = CsvText.Records(writer.ToString());

        var burglary = records.Where(r => r["measure_id"] == "burglary").ToList();
        burglary.ShouldNotBeEmpty();
        burglary.ShouldAllBe(r => r["variation_icon"] == "improvement-low" && r["assurance_icon"] == "hit-or-miss");
        records.Where(r => r["measure_id"] == "satisfaction").ShouldAllBe(r => r["variation_icon"] == "none" && r["assurance_icon"] == "none");
        records.Where(r => r["measure_id"] == "crime-volume").ShouldAllBe(r => r["variation_icon"] == string.Empty && r["assurance_icon"] == string.Empty);
    }
}

using static Scorecard.Excel.Tests.Months;
using static Scorecard.Excel.Tests.XlsxParts;

namespace Scorecard.Excel.Tests;

/// <summary>Workbooks as programs other than Excel for Windows write them, built part by part.</summary>
public sealed class OtherWriterTests
{
    [Fact]
    public void Reads_month_headers_in_the_1904_date_system_as_the_months_shown()
    {
        using var folder = new TempFolder();

        // In the 1904 system (Mac Excel), 1 April 2019 is 42094 (43556 - 1462).
        var path = new XlsxParts { WorkbookProperties = "date1904=\"1\"" }
            .Sheet("Monthly",
                Row(1, Inline("A1", "Measure"), Num("B1", 42094, style: 1), Num("C1", 42124, style: 1)) +
                Row(2, Inline("A2", "crime-volume"), Num("B2", 10), Num("C2", 11)))
            .SaveTo(folder);

        var series = SeriesLoader.Load(path).Loaded().Find("crime-volume")!;

        series.Observations.Select(o => (o.Month, o.Value)).ShouldBe([(Ym(2019, 4), 10.0), (Ym(2019, 5), 11.0)]);
    }

    [Fact]
    public void Reads_month_cells_in_the_1904_date_system_in_the_long_layout()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts { WorkbookProperties = "date1904=\"1\"" }
            .Sheet("Monthly",
                Row(1, Inline("A1", "measure"), Inline("B1", "month"), Inline("C1", "value")) +
                Row(2, Inline("A2", "crime-volume"), Num("B2", 42094, style: 1), Num("C2", 10)))
            .SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Find("crime-volume")!.Observations.Single().Month.ShouldBe(Ym(2019, 4));
    }

    [Fact]
    public void Reads_month_headers_made_by_formulas_in_the_1904_date_system()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts { WorkbookProperties = "date1904=\"1\"" }
            .Sheet("Monthly",
                Row(1, Inline("A1", "Measure"), "<c r=\"B1\" s=\"1\"><f>DATE(2019,4,1)</f><v>42094</v></c>", "<c r=\"C1\" s=\"1\"><f>EDATE(B1,1)</f><v>42124</v></c>") +
                Row(2, Inline("A2", "crime-volume"), Num("B2", 10), Num("C2", 11)))
            .SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Find("crime-volume")!.Observations.Select(o => o.Month).ShouldBe([Ym(2019, 4), Ym(2019, 5)]);
    }

    [Fact]
    public void Reads_inline_strings_boolean_cells_and_formula_strings()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts()
            .Sheet("Monthly",
                Row(1, Inline("A1", "Measure"), Inline("B1", "Apr-19"), Inline("C1", "May-19"), Inline("D1", "Jun-19")) +
                Row(2, Inline("A2", "crime-volume"), Inline("B2", "1,234"), "<c r=\"C2\" t=\"str\"><f>TEXT(5,\"0\")</f><v>5</v></c>", "<c r=\"D2\" t=\"b\"><v>1</v></c>"))
            .SaveTo(folder);

        var result = SeriesLoader.Load(path);

        result.Error("SC0102").At("Monthly", "D2").Saying("found the value TRUE");
    }

    [Fact]
    public void Reads_shared_strings_with_rich_text_runs_as_their_plain_text()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts
        {
            SharedStrings = "<si><r><rPr><b/></rPr><t>Mea</t></r><r><t>sure</t></r></si><si><t>Apr-19</t></si><si><r><t xml:space=\"preserve\">crime-</t></r><r><rPr><i/></rPr><t>volume</t></r></si>",
        }
            .Sheet("Monthly",
                Row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c>", "<c r=\"B1\" t=\"s\"><v>1</v></c>") +
                Row(2, "<c r=\"A2\" t=\"s\"><v>2</v></c>", Num("B2", 7)))
            .SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Find("crime-volume")![Ym(2019, 4)]!.Value.ShouldBe(7);
    }

    [Fact]
    public void Reads_a_sheet_without_a_dimension_or_row_numbers()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts()
            .Sheet("Monthly",
                "<row><c t=\"inlineStr\"><is><t>Measure</t></is></c><c t=\"inlineStr\"><is><t>2019-04</t></is></c></row>" +
                "<row><c t=\"inlineStr\"><is><t>crime-volume</t></is></c><c><v>3</v></c></row>")
            .SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Find("crime-volume")![Ym(2019, 4)]!.Value.ShouldBe(3);
    }

    [Fact]
    public void Finds_the_sheet_by_name_when_the_sheet_order_differs_from_the_relationship_order()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts()
            .Sheet("Notes", Row(1, Inline("A1", "notes")), relId: "rId7")
            .Sheet("Monthly",
                Row(1, Inline("A1", "Measure"), Inline("B1", "2019-04")) +
                Row(2, Inline("A2", "crime-volume"), "<c r=\"B2\"><v>0.1234567890123456789</v></c>"), relId: "rId2")
            .SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Find("crime-volume")![Ym(2019, 4)]!.Value.ShouldBe(0.1234567890123456789);
    }

    [Fact]
    public void Refuses_number_cells_that_store_nan_or_infinity()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts()
            .Sheet("Monthly",
                Row(1, Inline("A1", "Measure"), Inline("B1", "2019-04"), Inline("C1", "2019-05")) +
                Row(2, Inline("A2", "crime-volume"), "<c r=\"B2\"><v>NaN</v></c>", "<c r=\"C2\"><v>1e400</v></c>"))
            .SaveTo(folder);

        var result = SeriesLoader.Load(path);

        result.HasErrors.ShouldBeTrue();
        result.Value.ShouldBeNull();
        result.Diagnostics.Where(d => d.Code is "SC0102" or "SC0103").Select(d => d.Location.Cell).ShouldBe(["B2", "C2"], string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Refuses_a_strict_open_xml_workbook_with_advice()
    {
        using var folder = new TempFolder();
        var strict = new XlsxParts()
            .Sheet("Monthly", Row(1, Inline("A1", "Measure")))
            .Part("xl/workbook.xml",
                "<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\" conformance=\"strict\"><sheets><sheet name=\"Monthly\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
            .SaveTo(folder);

        SeriesLoader.Load(strict).Error("SC0108").Saying("Strict Open XML", "not as Strict Open XML");
    }

    [Fact]
    public void Reads_iso_date_cells_written_with_type_d_as_their_months()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts()
            .Sheet("Monthly",
                Row(1, Inline("A1", "Measure"), "<c r=\"B1\" t=\"d\" s=\"1\"><v>2019-04-01T00:00:00</v></c>", "<c r=\"C1\" t=\"d\"><v>2019-05-01</v></c>") +
                Row(2, Inline("A2", "crime-volume"), Num("B2", 4), Num("C2", 5)))
            .SaveTo(folder);

        // Some exporters write ISO dates (t="d"); once a known gap refused with a message, now read as the dates they are.
        SeriesLoader.Load(path).Loaded().Find("crime-volume")!.Observations.Select(o => (o.Month, o.Value)).ShouldBe([(Ym(2019, 4), 4.0), (Ym(2019, 5), 5.0)]);
    }

    [Fact]
    public void Refuses_an_iso_date_cell_that_is_not_a_date_at_its_cell()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts()
            .Sheet("Monthly",
                Row(1, Inline("A1", "Measure"), "<c r=\"B1\" t=\"d\"><v>not a date</v></c>") +
                Row(2, Inline("A2", "crime-volume"), Num("B2", 4)))
            .SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0104").At("Monthly", "B1").Saying("is not an ISO 8601 date");
    }

    [Fact]
    public void Reports_a_formula_whose_saved_result_is_an_error_string()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts()
            .Sheet("Monthly",
                Row(1, Inline("A1", "Measure"), Inline("B1", "2019-04")) +
                Row(2, Inline("A2", "crime-volume"), "<c r=\"B2\" t=\"str\"><f>IFERROR(X,\"#N/A\")</f><v>#N/A</v></c>"))
            .SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0103").At("Monthly", "B2").Saying("found the error #N/A");
    }

    [Fact]
    public void Refuses_sheet_names_differing_only_by_case_with_a_message()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts()
            .Sheet("MONTHLY", Row(1, Inline("A1", "Measure"), Inline("B1", "2019-04")) + Row(2, Inline("A2", "crime-volume"), Num("B2", 1)))
            .Sheet("Monthly", Row(1, Inline("A1", "Measure"), Inline("B1", "2019-04")) + Row(2, Inline("A2", "crime-volume"), Num("B2", 2)))
            .SaveTo(folder);

        // Excel forbids such names; ClosedXML refuses the workbook, and the message says so.
        SeriesLoader.Load(path).Error("SC0108").Saying("same name");
    }
}

using System.Diagnostics;
using System.Text;
using static Scorecard.Excel.Tests.Months;
using static Scorecard.Excel.Tests.XlsxParts;

namespace Scorecard.Excel.Tests;

/// <summary>The loader's cases from the hostile run of issue 11: each failed before its fix.</summary>
public sealed class LoaderReliabilityTests
{
    private static readonly string Header = Row(1, Inline("A1", "Measure"), Inline("B1", "2019-04"));
    private static readonly string Data = Row(2, Inline("A2", "crime-volume"), Num("B2", 5));

    /// <summary>A workbook whose sheet part is named sheet1.dat, with relationships and content types to match.</summary>
    private static XlsxParts SheetPartNamedDat(string sheetXml) =>
        new XlsxParts().Sheet("Monthly", Header + Data)
            .Part("xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.dat\"/></Relationships>")
            .Part("[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Default Extension=\"dat\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
            .Part("xl/worksheets/sheet1.dat", sheetXml);

    [Fact]
    public void Refuses_deep_nesting_in_a_sheet_part_whatever_its_name()
    {
        using var folder = new TempFolder();
        const int depth = 100_000;
        var nested = new StringBuilder().Insert(0, "<x>", depth).Insert(depth * 3, "</x>", depth).ToString();
        var path = SheetPartNamedDat(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + Header + Data + "<row r=\"3\"><c r=\"A3\">" + nested + "</c></row></sheetData></worksheet>").SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0118").Saying("xl/worksheets/sheet1.dat nests its XML more than 64 levels deep");
    }

    [Fact]
    public void Holds_a_sheet_part_of_any_name_to_the_cell_limit()
    {
        using var folder = new TempFolder();
        var rows = new StringBuilder(Header + Data);
        for (var r = 3; r < 3 + 20_000; r++)
        {
            rows.Append("<row r=\"").Append(r).Append("\"><c r=\"B").Append(r).Append("\"><v>1</v></c></row>");
        }

        var path = SheetPartNamedDat("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>").SaveTo(folder);

        SeriesLoader.Load(path, new SeriesLoadOptions(Limits: new LoadLimits(Cells: 10_000))).Error("SC0118").Saying("more than 10,000 cells with content");
    }

    [Fact]
    public void Reads_a_sheet_part_of_any_name_that_the_relationships_name()
    {
        using var folder = new TempFolder();
        var path = SheetPartNamedDat("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + Header + Data + "</sheetData></worksheet>").SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Find("crime-volume")![Ym(2019, 4)]!.Value.ShouldBe(5);
    }

    [Theory]
    [InlineData("<c r=\"C2\"><f>B2*2</f><v></v></c>")]
    [InlineData("<c r=\"C2\"><f>B2*2</f><v/></c>")]
    [InlineData("<c r=\"C2\" t=\"n\"><f>B2*2</f><v> </v></c>")]
    [InlineData("<c r=\"C2\" t=\"e\"><f>B2*2</f></c>")]
    [InlineData("<c r=\"C2\" t=\"b\"><f>B2*2</f><v></v></c>")]
    public void Refuses_a_formula_whose_saved_result_is_empty_at_its_cell_never_reading_it_as_blank(string cell)
    {
        using var folder = new TempFolder();
        var path = new XlsxParts()
            .Sheet("Monthly",
                Row(1, Inline("A1", "Measure"), Inline("B1", "2019-04"), Inline("C1", "2019-05")) +
                Row(2, Inline("A2", "crime-volume"), Num("B2", 5), cell))
            .SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0103").At("Monthly", "C2").Saying("found a formula (=B2*2) with no saved result");
    }

    [UnixFact]
    public void Refuses_a_named_pipe_given_as_the_data_file_without_waiting_for_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("monthly.csv");
        MakeFifo(path).ShouldBeTrue("mkfifo failed");

        var load = Task.Run(() => SeriesLoader.Load(path));
        load.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue("the load waited on the named pipe");

        load.Result.Error("SC0116").Saying("found a named pipe (FIFO)");
    }

    [UnixFact]
    public void Refuses_a_device_given_as_the_peer_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("peers.csv");
        File.CreateSymbolicLink(path, "/dev/zero");

        PeerLoader.Load(path).Error("SC0416").Saying("found a character device");
    }

    [Fact]
    public void Refuses_a_csv_line_of_two_megabytes_beyond_the_one_megabyte_line_limit()
    {
        var text = "measure,month,value\ncrime-volume,2019-04," + new string('9', 2 * 1024 * 1024) + "\ncrime-volume,2019-05,1\n";

        var result = SeriesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "long-line.csv");

        result.Error("SC0118").AtLine(2).Saying("longer than 1,024 KB");
    }

    [Fact]
    public void Refuses_a_quote_left_open_at_the_end_of_a_csv_at_its_line()
    {
        var text = "measure,month,value\ncrime-volume,2019-04,1\ncrime-volume,2019-05,\"2\n";

        var result = SeriesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "quote.csv");

        result.Error("SC0126").AtLine(3).Saying("opens a quotation mark that is never closed", "crime-volume,2019-05,\\\"2");
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Reads_a_utf_16_csv_without_a_byte_order_mark(string encoding)
    {
        var text = "measure,month,value\r\ncrime-volume,2019-04,12\r\ncrime-volume,2019-05,13\r\n";

        var result = SeriesLoader.Load(new MemoryStream(Encoding.GetEncoding(encoding).GetBytes(text)), "unicode.csv");

        result.Loaded().Find("crime-volume")!.Observations.Select(o => o.Value).ShouldBe([12, 13]);
    }

    [Fact]
    public void Refuses_nul_bytes_in_a_csv_as_not_text_naming_the_line_not_as_a_workbook()
    {
        var bytes = Encoding.UTF8.GetBytes("measure,month,value\ncrime-volume,2019-04,1\ncrime-volume,2019-05,\0\0\0\n");

        var error = SeriesLoader.Load(new MemoryStream(bytes), "nul.csv").Error("SC0108").AtLine(3);

        error.Saying("expected comma-separated text (.csv); found binary data (a NUL byte");
        error.Message.ShouldNotContain("Excel workbook");
    }

    [Fact]
    public void Refuses_a_month_heading_dated_in_the_year_9999_as_a_date_out_of_range_not_as_a_number()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly",
            ["Measure", new DateTime(2019, 4, 1), new DateTime(9999, 12, 1)],
            ["crime-volume", 1, 2]).SaveTo(folder);

        var error = SeriesLoader.Load(path).Error("SC0104").At("Monthly", "C1");

        error.Saying("found the date 1 December 9999, outside the years read as months (1900 to 2200)");
        error.Message.ShouldNotContain("2958");
    }

    private static bool MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}

/// <summary>A test that needs a named pipe (mkfifo) and /dev/zero: skipped, with the reason shown, where there are none (Windows).</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!File.Exists("/dev/zero") || !new[] { "/usr/bin/mkfifo", "/bin/mkfifo" }.Any(File.Exists))
        {
            Skip = "No /dev/zero or mkfifo here (they are Linux and macOS things), so no named pipe or device can be given.";
        }
    }
}

using System.IO.Compression;
using System.Text;
using static Scorecard.Excel.Tests.Months;
using static Scorecard.Excel.Tests.XlsxParts;

namespace Scorecard.Excel.Tests;

/// <summary>Files too large, or made to break readers: each is refused with a message, and the load returns.</summary>
public sealed class HostileInputTests
{
    private static readonly string Header = Row(1, Inline("A1", "Measure"), Inline("B1", "2019-04"));
    private static readonly string Data = Row(2, Inline("A2", "crime-volume"), Num("B2", 5));

    [Fact]
    public void Reads_a_sheet_whose_dimension_claims_the_whole_grid()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts { BeforeSheetData = "<dimension ref=\"A1:XFD1048576\"/>" }.Sheet("Monthly", Header + Data).SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Find("crime-volume")![Ym(2019, 4)]!.Value.ShouldBe(5);
    }

    [Fact]
    public void Reports_a_stray_value_far_from_the_table_as_figures_without_a_month()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts().Sheet("Monthly", Header + Data + Row(90000, Num("ZZ90000", 1))).SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0122").At("Monthly", "ZZ1");
    }

    [Fact]
    public void Refuses_content_beyond_the_row_and_column_limits_naming_the_cell()
    {
        using var folder = new TempFolder();
        var far = new XlsxParts().Sheet("Monthly", Header + Data + Row(1048576, Num("XFD1048576", 1))).SaveTo(folder, "far.xlsx");

        SeriesLoader.Load(far).Error("SC0118").At("Monthly", "XFD1048576").Saying("beyond row 1,048,576 or column BXX", "clear it");
    }

    [Fact]
    public void Refuses_a_zip_bomb_by_what_it_unpacks_to()
    {
        using var folder = new TempFolder();
        var path = folder.File("bomb.xlsx");
        using (var source = new ZipArchive(new MemoryStream(new XlsxParts().Sheet("Monthly", Header + Data).ToBytes())))
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != "xl/worksheets/sheet1.xml"))
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }

            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var spaces = Encoding.UTF8.GetBytes(new string(' ', 1024 * 1024));
            stream.Write(Encoding.UTF8.GetBytes("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
            for (var i = 0; i < 300; i++)
            {
                stream.Write(spaces);
            }

            stream.Write(Encoding.UTF8.GetBytes("</sheetData></worksheet>"));
        }

        new FileInfo(path).Length.ShouldBeLessThan(1024 * 1024);
        SeriesLoader.Load(path).Error("SC0118").Saying("unpacks to more than 256 MB", "xl/worksheets/sheet1.xml");
    }

    [Fact]
    public void Refuses_a_workbook_of_more_cells_than_the_limit_at_the_cell_that_passes_it()
    {
        using var folder = new TempFolder();
        var rows = new StringBuilder(Header + Data);
        for (var r = 3; r < 3 + 100_000; r++)
        {
            rows.Append("<row r=\"").Append(r).Append("\"><c r=\"B").Append(r).Append("\"><v>1</v></c><c r=\"C").Append(r).Append("\"><v>2</v></c></row>");
        }

        var path = new XlsxParts().Sheet("Monthly", rows.ToString()).SaveTo(folder);

        var result = SeriesLoader.Load(path, new SeriesLoadOptions(Limits: new LoadLimits(Cells: 150_000)));

        // 2 cells a row: the 150,001st is the second of row 74,999.
        result.Error("SC0118").At("Monthly", "C74999").Saying("more than 150,000 cells with content", "data.limits.cells");
    }

    [Fact]
    public void Counts_shared_strings_against_the_cell_limit()
    {
        using var folder = new TempFolder();
        var strings = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"<si><t>text {i}</t></si>"));
        var path = new XlsxParts { SharedStrings = strings }.Sheet("Monthly", Header + Data).SaveTo(folder);

        SeriesLoader.Load(path, new SeriesLoadOptions(Limits: new LoadLimits(Cells: 1_000))).Error("SC0118").Saying("more than 1,000 cells", "xl/sharedStrings.xml");
    }

    [Fact]
    public void Refuses_deeply_nested_xml()
    {
        using var folder = new TempFolder();
        const int depth = 100_000;
        var nested = new StringBuilder().Insert(0, "<x>", depth).Insert(depth * 3, "</x>", depth).ToString();
        var path = new XlsxParts().Sheet("Monthly", Header + Data + "<row r=\"3\"><c r=\"A3\"><extLst>" + nested + "</extLst></c></row>").SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0118").Saying("nests its XML more than 64 levels deep");
    }

    [Fact]
    public void Refuses_a_file_larger_than_the_file_limit_without_reading_it_all()
    {
        var stream = new EndlessStream();

        var result = SeriesLoader.Load(stream, "huge.csv");

        result.Error("SC0118").Saying("larger than 64 MB");
        stream.Position.ShouldBeLessThan(65L * 1024 * 1024);
    }

    [Fact]
    public void Refuses_a_csv_line_of_ten_megabytes()
    {
        var line = "measure,month,value\ncrime-volume,2019-04," + new string('9', 10 * 1024 * 1024) + "\n";

        var result = SeriesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(line)), "long-line.csv");

        result.Error("SC0118").AtLine(2).Saying("longer than 1,024 KB");
    }

    [Fact]
    public void Refuses_a_csv_line_of_ten_megabytes_of_fields()
    {
        var line = "Measure" + string.Concat(Enumerable.Repeat(",2019-04", 1_300_000)) + "\n";

        var result = SeriesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(line)), "wide-line.csv");

        result.HasErrors.ShouldBeTrue();
        result.Diagnostics.ShouldContain(d => d.Code == "SC0118");
    }

    [Fact]
    public void Refuses_a_csv_of_more_fields_than_the_limit_at_the_line_that_passes_it()
    {
        var text = new StringBuilder("measure,month,value\n");
        for (var i = 0; i < 200_000; i++)
        {
            text.Append("crime-volume,2019-04,1\n");
        }

        var result = SeriesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "many.csv", new SeriesLoadOptions(Limits: new LoadLimits(Cells: 300_000)));

        // 3 fields a line: the 300,001st field is on line 100,001.
        result.Error("SC0118").AtLine(100_001).Saying("more than 300,000 fields with content", "data.limits.cells");
    }

    [Fact]
    public void Loads_a_national_twenty_year_long_csv_that_the_old_row_limit_refused()
    {
        // 43 forces × 40 measures × 240 months = 412,800 rows, past the 300,000 lines once refused.
        var text = new StringBuilder("measure,month,value\n");
        for (var s = 0; s < 43 * 40; s++)
        {
            for (var m = 0; m < 240; m++)
            {
                text.Append("force-").Append(s / 40).Append("-measure-").Append(s % 40).Append(',')
                    .Append(2000 + (m / 12)).Append('-').Append(((m % 12) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append(',').Append(m).Append('\n');
            }
        }

        var data = SeriesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "national.csv").Loaded();

        data.Series.Count.ShouldBe(1_720);
        data.Series.ShouldAllBe(series => series.Count == 240);
    }

    [Fact]
    public void Refuses_an_unclosed_quote_that_would_swallow_the_rest_of_a_large_file()
    {
        var text = new StringBuilder("measure,month,value\ncrime-volume,2019-04,\"1\n");
        for (var i = 0; i < 60_000; i++)
        {
            text.Append("crime-volume,2019-05,1\n");
        }

        var result = SeriesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "quote.csv");

        result.Error("SC0118").AtLine(2).Saying("a quoted field that is never closed");
    }

    /// <summary>Zeros for ever, counting how many were read.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'1', offset, count);
            Position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

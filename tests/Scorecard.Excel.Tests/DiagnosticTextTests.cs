using System.Globalization;
using static Scorecard.Excel.Tests.Months;

namespace Scorecard.Excel.Tests;

/// <summary>The full text of the messages, kept in golden files so that changes to them are reviewed.</summary>
public sealed class DiagnosticTextTests
{
    private static string Text(Core.Diagnostics.Result<Core.Series.MeasureData> result) =>
        string.Join("\n", result.Diagnostics) + "\n";

    [Fact]
    public void Words_the_problems_of_a_messy_workbook_as_the_golden_file_says()
    {
        using var folder = new TempFolder();
        var path = new TestWorkbook().Sheet("Monthly",
                ["Measure", "2019-04", "2019-05", "May-19", "Q3", null, new DateTime(2019, 7, 1)],
                ["crime-volume", "n/a", 2, 3, 4, null, new DateTime(2019, 7, 1)],
                ["Crime Volume", 1, 2, 3, 4, null, 6],
                ["crime-volume.total", 1, 2, 3, 4, null, 6],
                ["crime-volume", 1, 2, 3, 4, null, 6],
                [null, 1, 2, 3, 4, 5, 6],
                ["outcome-rate.numerator", 1, 2, 3, 4, null, 6],
                ["outcome-rate.denominator", null, 0, 3, 4, null, 0],
                ["arrests.numerator", 1, 2, 3, 4, null, 6])
            .RawCell("Monthly", "C2", "<c r=\"C2\" t=\"e\"><f>NA()</f><v>#N/A</v></c>")
            .SaveTo(folder);
        using var stream = File.OpenRead(path);

        Text(SeriesLoader.Load(stream, "monthly.xlsx")).ShouldMatchGolden("messy-workbook.txt");
    }

    [Fact]
    public void Words_the_problems_of_a_messy_csv_file_as_the_golden_file_says()
    {
        var csv = "measure,month,value,numerator,denominator,comment\n" +
                  "crime-volume,2019-04,\"1,234\",,,\n" +
                  "crime-volume,Apr-19,1,,,\n" +
                  "crime-volume,2019-13,1,,,\n" +
                  ",2019-05,1,,,\n" +
                  "outcome-rate,2019-04,,5,,\n" +
                  "outcome-rate,2019-05,,5,0,\n" +
                  "outcome-rate,2019-06,,#DIV/0!,12.5.1,\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));

        Text(SeriesLoader.Load(stream, "monthly.csv")).ShouldMatchGolden("messy-csv.txt");
    }

    [Fact]
    public void Words_file_problems_as_the_golden_file_says()
    {
        var results = new[]
        {
            SeriesLoader.Load(new MemoryStream(), "monthly.xlsx"),
            SeriesLoader.Load(new MemoryStream([1, 2, 3]), "monthly.xls"),
            SeriesLoader.Load(new MemoryStream("not a workbook"u8.ToArray()), "monthly.xlsx"),
            SeriesLoader.Load(new MemoryStream("Crime;Apr-19\n"u8.ToArray()), "monthly.csv"),
            SeriesLoader.Load(new MemoryStream("Measure,Apr-19\n"u8.ToArray()), "monthly.csv"),
        };

        string.Concat(results.Select(Text)).ShouldMatchGolden("file-problems.txt");
    }

    [Fact]
    public void Reads_numbers_the_same_whatever_the_culture_of_the_machine()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "measure,month,value\ncrime-volume,2019-04,\"1,234.5\"\ncrime-volume,Apr-19 ,12.5\n".Replace("Apr-19 ", "2019-05", StringComparison.Ordinal));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            SeriesLoader.Load(path).Loaded().Find("crime-volume")!.Observations.Select(o => o.Value).ShouldBe([1234.5, 12.5]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}

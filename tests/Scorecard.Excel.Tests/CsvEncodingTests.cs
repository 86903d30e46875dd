using System.Text;
using static Scorecard.Excel.Tests.Months;

namespace Scorecard.Excel.Tests;

public sealed class CsvEncodingTests
{
    private const string Peers =
        "measure,force,month,value\n" +
        "crime-rate,Heddlu Dyfed-Powys – Dyfed-Powys Police,2019-06,55.1\n" +
        "crime-rate,Gendarmerie de Jèrri,2019-06,61.3\n";

    [Fact]
    public void Reads_a_csv_saved_by_excel_in_windows_1252_with_accents_and_dashes()
    {
        using var folder = new TempFolder();
        var path = folder.File("peers.csv");
        File.WriteAllBytes(path, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Peers));

        var forces = PeerLoader.Load(path).Loaded().Observations.Select(o => o.Force);

        forces.ShouldBe(["Heddlu Dyfed-Powys – Dyfed-Powys Police", "Gendarmerie de Jèrri"]);
    }

    [Fact]
    public void Reads_windows_1252_text_in_a_refusal_as_it_was_typed()
    {
        using var folder = new TempFolder();
        var path = folder.File("monthly.csv");
        File.WriteAllBytes(path, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("measure,month,value\ncrime-volume,2019-04,£1,234\n"));

        SeriesLoader.Load(path).Diagnostics.ShouldContain(d => d.Message.Contains("\"£1\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Reads_a_utf_16_csv_with_a_byte_order_mark(string encoding)
    {
        using var folder = new TempFolder();
        var path = folder.File("peers.csv");
        File.WriteAllText(path, Peers.Replace("\n", "\r\n", StringComparison.Ordinal), Encoding.GetEncoding(encoding));

        var data = PeerLoader.Load(path).Loaded();

        data.Observations.Select(o => (o.Force, o.Month)).ShouldBe(
            [("Heddlu Dyfed-Powys – Dyfed-Powys Police", Ym(2019, 6)), ("Gendarmerie de Jèrri", Ym(2019, 6))]);
    }

    [Fact]
    public void Still_refuses_a_binary_file_named_csv()
    {
        using var folder = new TempFolder();
        var path = folder.File("monthly.csv");
        File.WriteAllBytes(path, [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0xFF, 0xFF]);

        SeriesLoader.Load(path).Error("SC0108").Saying("binary data");
    }

    [Fact]
    public void Refuses_semicolons_with_decimal_commas_with_a_hint()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "measure;month;value\ncrime-volume;2019-04;12,5\n");

        SeriesLoader.Load(path).Error("SC0112").AtLine(1).Saying("semicolons between fields", "full stops in numbers");
    }

    [Fact]
    public void Reads_a_quoted_field_with_an_embedded_line_break_and_counts_lines_after_it()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("monthly.csv", "measure,month,value,note\ncrime-volume,2019-04,1,\"two\nlines\"\ncrime-volume,2019-05,n/a,\n");

        var result = SeriesLoader.Load(path);

        result.Diagnostics.Where(d => d.Code == "SC0115").ShouldHaveSingleItem();
        result.Error("SC0102").AtLine(4, 3);
    }
}

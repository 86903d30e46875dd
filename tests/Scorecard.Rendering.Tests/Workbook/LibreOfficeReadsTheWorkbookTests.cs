using System.Globalization;
using Scorecard.Core.Evaluation;
using Scorecard.Rendering.Workbook;

namespace Scorecard.Rendering.Tests.Workbook;

/// <summary>Another program than the one that wrote it opens the workbook: LibreOffice, headless.</summary>
public sealed class LibreOfficeReadsTheWorkbookTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteSample()
    {
        var path = _folder.File("scorecard.xlsx");
        ScorecardWorkbook.Write(Sample.Evaluation, Sample.Data, Sample.Info, Sample.Clock, path);
        return path;
    }

    [LibreOfficeFact]
    public void Shows_the_dashboard_figures_in_their_number_formats()
    {
        var files = LibreOffice.ConvertToCsv(WriteSample(), _folder.Path, asShown: true);
        var rows = CsvText.Parse(File.ReadAllText(files["Dashboard"]));

        rows[0][..8].ShouldBe(["Priority", "Measure", "Q1 2019-20", "Q2 2019-20", "12 months to Sep-18", "12 months to Sep-19", "Change", "Change %"]);
        rows[1].ShouldBe(["1. Prevent crime and keep people safe", "Crime volume", "10,952", "11,856", "43,082", "44,340", "+1,258", "+2.9%", "", "▼ Less than peers", "↗ Trend up", "", ""]);
        rows[2][2..8].ShouldBe(["15.9%", "16.5%", "17.3%", "16.1%", "-1.2 pp", "-6.9%"]);
        rows[3][2..8].ShouldBe(["13:20", "12:47", "12:25", "13:10", "+45 s", "+6.0%"]);
        rows[4][8].ShouldBe("±3.5");
        rows[5][^1].ShouldBe("∅ No data");
    }

    [LibreOfficeFact]
    public void Reads_the_same_numbers_on_every_sheet()
    {
        var files = LibreOffice.ConvertToCsv(WriteSample(), _folder.Path, asShown: false);

        files.Keys.Order().ShouldBe(["Dashboard", "Data", "Evidence", "Key"]);

        var dashboard = CsvText.Parse(File.ReadAllText(files["Dashboard"]));
        dashboard.Count.ShouldBe(1 + Sample.Evaluation.Measures.Count);
        Number(dashboard[1][3]).ShouldBe(11856);
        Number(dashboard[2][3]).ShouldBe(16.5);
        Number(dashboard[1][7]).ShouldBe(2.92);

        var evidence = CsvText.Records(File.ReadAllText(files["Evidence"]));
        var trend = evidence.Single(r => r["Measure id"] == "crime-volume" && r["Rule id"] == "trend-up");
        Number(trend["Slope"]).ShouldBe(Sample.TrendEvidence.Slope!.Value);
        Number(trend["t"]).ShouldBe(Sample.TrendEvidence.T!.Value);
        Number(trend["p"]).ShouldBe(Sample.TrendEvidence.P!.Value);
        trend["Mean"].ShouldBe(string.Empty);
        var spike = evidence.Single(r => r["Measure id"] == "outcome-rate" && r["Rule id"] == "spike-low");
        Number(spike["Threshold"]).ShouldBe(16.6);

        var data = CsvText.Parse(File.ReadAllText(files["Data"]));
        var crimes = data.Single(r => r[0] == "crime-volume");
        crimes.Skip(1).Select(Number).ShouldBe(Sample.Data.Find("crime-volume")!.Observations.Select(o => o.Value!.Value));
        var numerators = data.Single(r => r[0] == "outcome-rate.numerator");
        numerators[23].ShouldBe(string.Empty);

        var key = CsvText.Parse(File.ReadAllText(files["Key"]));
        key.Skip(1).Take(EvaluationBuilder.Key.Count).Select(r => r[1]).ShouldBe(EvaluationBuilder.Key.Select(r => r.Id));
    }

    [LibreOfficeFact]
    public void Shows_text_that_looks_like_a_formula_as_text()
    {
        var builder = new EvaluationBuilder()
            .Measure("hyperlink", "=HYPERLINK(\"http://x\",\"y\")", outcomes: [EvaluationBuilder.Fired("spike-high", Sentiment.Concern)])
            .Measure("sum", "@SUM(1)");
        var path = _folder.File("scorecard.xlsx");
        ScorecardWorkbook.Write(builder.Build(), builder.Data(), Sample.Info, Sample.Clock, path);

        var files = LibreOffice.ConvertToCsv(path, _folder.Path, asShown: true);
        var rows = CsvText.Parse(File.ReadAllText(files["Dashboard"]));

        rows[1][1].ShouldBe("=HYPERLINK(\"http://x\",\"y\")");
        rows[2][1].ShouldBe("@SUM(1)");
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

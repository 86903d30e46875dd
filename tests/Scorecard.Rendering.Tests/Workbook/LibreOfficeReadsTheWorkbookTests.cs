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
        rows[1].ShouldBe(
        [
            "1. Prevent crime and keep people safe", "Crime volume", "10,952", "11,856", "43,082", "44,340", "+1,258", "+2.9%", "",
            "▼ Less than peers (improvement)", "↗ Trend up (concern)", "", "", "",
        ]);
        rows[2][2..8].ShouldBe(["15.9%", "16.5%", "17.3%", "16.1%", "-1.2 pp", ""], "a percentage's change is in points only");
        rows[3][2..8].ShouldBe(["13 min 20 s", "12 min 47 s", "12 min 25 s", "13 min 10 s", "+45 s", "+6.0%"]);
        rows[4][8].ShouldBe("±3.5");
        rows[5][^2].ShouldBe("∅ No data (needs attention)");
    }

    [LibreOfficeFact]
    public void Reads_the_same_numbers_on_every_sheet()
    {
        var files = LibreOffice.ConvertToCsv(WriteSample(), _folder.Path, asShown: false);

        files.Keys.Order().ShouldBe(["Dashboard", "Data", "Data issues", "Evidence", "Key"]);

        var dashboard = CsvText.Parse(File.ReadAllText(files["Dashboard"]));
        dashboard.Count.ShouldBe(1 + Sample.Evaluation.Measures.Count);
        Number(dashboard[1][3]).ShouldBe(11856);
        Number(dashboard[2][3]).ShouldBe(16.5);
        Number(dashboard[1][7]).ShouldBe(2.92);

        var evidence = CsvText.Records(File.ReadAllText(files["Evidence"]));
        var trend = evidence.Single(r => r["Measure id"] == "crime-volume" && r["Rule id"] == "trend-up");
        Number(trend["Slope per month"]).ShouldBe(Sample.TrendEvidence.Slope!.Value);
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
        key.Skip(1).Take(EvaluationBuilder.Key.Count).Select(r => r[6]).ShouldBe(EvaluationBuilder.Key.Select(r => r.Id));
    }

    [LibreOfficeFact]
    public void Shows_the_evidence_rounded_in_the_measures_own_style()
    {
        var builder = new EvaluationBuilder()
            .Measure(
                "crime-volume",
                "Crime volume",
                outcomes:
                [
                    EvaluationBuilder.NotFired("spike-high", new Evidence(Window: "2017-09..2019-08", N: 24, Mean: 3632.541666666667, Sd: 276.3141, K: 2, Threshold: 4185.169866666667, Value: 3816)),
                    EvaluationBuilder.Fired("rolling-trend-up", Sentiment.Concern, new Evidence(Window: "2018-10..2019-09", N: 12, Slope: 82.83, P: 0.000402, Alpha: 0.05)),
                ])
            .Measure(
                "outcome-rate",
                "Positive outcome rate",
                Core.Measures.MeasureKind.Ratio,
                Core.Measures.Polarity.HigherIsBetter,
                outcomes: [EvaluationBuilder.Fired("trend-up", Sentiment.Improvement, new Evidence(Window: "2018-10..2019-09", N: 12, Sd: 0.51234, Slope: 0.42, P: 0.0503, Alpha: 0.05))])
            .Measure(
                "response",
                "Response time",
                Core.Measures.MeasureKind.Mean,
                format: Core.Measures.ValueFormat.Duration,
                outcomes: [EvaluationBuilder.Fired("spike-high", Sentiment.Concern, new Evidence(Window: "2017-09..2019-08", N: 24, Mean: 656.26, Sd: 6.64, K: 2, Threshold: 669.53, Value: 790))]);
        var path = _folder.File("scorecard.xlsx");
        ScorecardWorkbook.Write(builder.Build(), builder.Data(), Sample.Info, Sample.Clock, path);

        var evidence = CsvText.Records(File.ReadAllText(LibreOffice.ConvertToCsv(path, _folder.Path, asShown: true)["Evidence"]));
        Row(evidence, "crime-volume", "spike-high", "Mean", "SD", "Threshold", "Value").ShouldBe(["3,632.5", "276.3", "4,185.2", "3,816"]);
        Row(evidence, "crime-volume", "rolling-trend-up", "Slope per month", "p", "Status", "Sentiment").ShouldBe(["+82.8", "< 0.001", "fired", "concern"]);
        Row(evidence, "outcome-rate", "trend-up", "SD", "Slope per month", "p").ShouldBe(["0.51 pp", "+0.420 pp", "0.0503"]);
        Row(evidence, "response", "spike-high", "Mean", "SD", "Threshold", "Value").ShouldBe(["10 min 56.3 s", "6.6 s", "11 min 9.5 s", "13 min 10.0 s"]);
    }

    [LibreOfficeFact]
    public void Prints_the_evidence_one_page_wide_with_its_header_on_every_page()
    {
        var builder = new EvaluationBuilder();
        for (var i = 0; i < 6; i++)
        {
            builder.Measure($"measure-{i}", $"Measure number {i} with a name long enough to wrap onto a second line");
        }

        var path = _folder.File("scorecard.xlsx");
        ScorecardWorkbook.Write(builder.Build(), builder.Data(), Sample.Info, Sample.Clock, path);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(LibreOffice.ConvertToPdf(path, _folder.Path));
        var pages = pdf.GetPages().Select(p => p.GetWords().Select(w => w.Text).ToList()).Where(words => words.Contains("evidence")).ToList();

        pages.Count.ShouldBeGreaterThan(1, "six measures' 96 rows take more than one page");
        foreach (var words in pages)
        {
            string.Join(" ", words).ShouldContain("Measure Test Status Sentiment Reason Window", Case.Sensitive, "the header on every page");
            words.ShouldContain("Group", "the last printed column, \"Group change %\", on the same page: one page wide");
            words.ShouldNotContain("Key", "the columns on screen only (\"Key text\") are not printed");
        }
    }

    private static List<string> Row(List<Dictionary<string, string>> records, string measureId, string ruleId, params string[] headings)
    {
        var row = records.Single(r => r["Measure id"] == measureId && r["Rule id"] == ruleId);
        return headings.Select(h => row[h]).ToList();
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

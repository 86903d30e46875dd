using System.Globalization;
using System.Text.Json;
using Scorecard.Excel;

namespace Scorecard.Cli.Tests.Examples;

/// <summary>Runs the README's commands in-process on the bundled example, so the README cannot rot.</summary>
public sealed class BundledExampleTests(BundledExampleTests.Evaluated example) : IClassFixture<BundledExampleTests.Evaluated>
{
    /// <summary><c>scorecard evaluate --format json</c> on the bundled example, run once for the class.</summary>
    public sealed class Evaluated : IDisposable
    {
        public Evaluated()
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            ExitCode = ScorecardApp.Run(["evaluate", "--format", "json"], output, error, CliRun.Clock, RepositoryRoot.Path);
            Error = error.ToString();
            Json = JsonDocument.Parse(output.ToString());
        }

        public int ExitCode { get; }

        public string Error { get; }

        public JsonDocument Json { get; }

        public JsonElement Measure(string id) =>
            Json.RootElement.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetString() == id);

        public void Dispose() => Json.Dispose();
    }

    [Fact]
    public void Evaluate_reports_quarter_two_2019_20_for_every_configured_measure()
    {
        example.ExitCode.ShouldBe(0, example.Error);
        var quarter = example.Json.RootElement.GetProperty("quarter");
        quarter.GetProperty("label").GetString().ShouldBe("Quarter Two 2019-20");
        quarter.GetProperty("month").GetString().ShouldBe("2019-09");
        example.Json.RootElement.GetProperty("measures").GetArrayLength().ShouldBe(28);
    }

    /// <summary>Every quarter and 12-month count the reference report prints.</summary>
    [Theory]
    [InlineData("crime-volume", 10_952, 11_856, 44_340, 43_082)]
    [InlineData("cybercrime", 668, 726, 3_015, 2_385)]
    [InlineData("hate-crime", 163, 178, 619, 658)]
    [InlineData("asb-incidents", 4_424, 4_764, 16_792, 16_369)]
    [InlineData("s136-arrests", 70, 74, 285, 240)]
    [InlineData("cse-crimes", 33, 35, 146, 151)]
    [InlineData("domestic-abuse-crimes", 1_594, 1_735, 6_610, 5_989)]
    [InlineData("sexual-offences", 380, 425, 1_599, 1_703)]
    [InlineData("complaints", 180, 200, 739, 529)]
    public void Evaluate_gives_the_reference_reports_counts(string id, double previousQuarter, double quarter, double rolling12, double previousRolling12)
    {
        var m = example.Measure(id);
        m.GetProperty("previousQuarter").GetDouble().ShouldBe(previousQuarter);
        m.GetProperty("quarter").GetDouble().ShouldBe(quarter);
        m.GetProperty("rolling12").GetDouble().ShouldBe(rolling12);
        m.GetProperty("previousRolling12").GetDouble().ShouldBe(previousRolling12);
        m.GetProperty("change").GetProperty("absolute").GetDouble().ShouldBe(rolling12 - previousRolling12);
    }

    [Fact]
    public void Evaluate_gives_crime_volumes_change_as_the_report_words_it()
    {
        var change = example.Measure("crime-volume").GetProperty("change");
        change.GetProperty("absolute").GetDouble().ShouldBe(1_258);
        change.GetProperty("percent").GetDouble().ShouldBe(1_258.0 / 43_082 * 100, 1e-12);
        Math.Round(change.GetProperty("percent").GetDouble(), 1).ShouldBe(2.9);
    }

    /// <summary>The percentages and durations, as the report prints them (percentages to its decimals, durations to the second).</summary>
    [Theory]
    [InlineData("positive-outcome-ratio", "rolling12", 16.5, 1)]
    [InlineData("crime-recording-compliance", "previousQuarter", 88.1, 1)]
    [InlineData("crime-recording-compliance", "quarter", 91.3, 1)]
    [InlineData("cracked-ineffective-trials", "previousQuarter", 21.0, 1)]
    [InlineData("cracked-ineffective-trials", "quarter", 16.9, 1)]
    [InlineData("crib-abandonment", "previousQuarter", 3.4, 1)]
    [InlineData("crib-abandonment", "quarter", 5.7, 1)]
    [InlineData("crib-abandonment", "rolling12", 4.3, 1)]
    [InlineData("file-quality-errors", "previousQuarter", 2.5, 1)]
    [InlineData("file-quality-errors", "quarter", 0.5, 1)]
    [InlineData("complaints-recorded-in-10-days", "previousQuarter", 93, 0)]
    [InlineData("complaints-recorded-in-10-days", "quarter", 90, 0)]
    [InlineData("complaint-appeals-upheld", "quarter", 20, 0)]
    [InlineData("response-immediate", "previousQuarter", 10 * 60 + 26, 0)]
    [InlineData("response-immediate", "quarter", 12 * 60 + 47, 0)]
    [InlineData("response-priority", "previousQuarter", 53 * 60 + 26, 0)]
    [InlineData("response-priority", "quarter", 57 * 60 + 50, 0)]
    [InlineData("response-priority", "rolling12", 51 * 60 + 41, 0)]
    [InlineData("answer-999", "previousQuarter", 4, 0)]
    [InlineData("answer-999", "quarter", 5, 0)]
    [InlineData("answer-crib", "previousQuarter", 64, 0)]
    [InlineData("answer-crib", "quarter", 105, 0)]
    [InlineData("satisfaction-whole-experience", "rolling12", 76.9, 1)]
    public void Evaluate_gives_the_reference_reports_rates_and_times(string id, string field, double printed, int decimals)
    {
        var value = example.Measure(id).GetProperty(field).GetDouble();
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ShouldBe(printed, $"{id} {field} was {value.ToString(CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public void Evaluate_finds_crime_volume_below_its_most_similar_group_as_at_june_2019()
    {
        var crime = example.Measure("crime-volume");
        var peers = crime.GetProperty("peers");
        peers.GetProperty("comparisonMonth").GetString().ShouldBe("2019-06");
        Math.Round(peers.GetProperty("value").GetDouble(), 1).ShouldBe(61.2);
        Math.Round(peers.GetProperty("groupMean").GetDouble(), 1).ShouldBe(73.0);
        crime.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("id").GetString())
            .ShouldContain(id => id == "peers-below" || id == "peers-in-line-below");
    }

    [Fact]
    public void The_evaluate_table_gives_lagging_measures_their_latest_12_months_and_says_to_when()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        ScorecardApp.Run(["evaluate"], output, error, CliRun.Clock, RepositoryRoot.Path).ShouldBe(0);

        var ksi = output.ToString().Split('\n').Single(line => line.Contains("Killed and seriously injured", StringComparison.Ordinal));
        ksi.ShouldContain("273 (to Jun-19)");
        ksi.ShouldContain("+13 (+5.0%)");
    }

    [Fact]
    public void Evaluate_as_csv_prints_one_row_per_measure_and_rule()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        ScorecardApp.Run(["evaluate", "--format", "csv"], output, error, CliRun.Clock, RepositoryRoot.Path).ShouldBe(0);

        var lines = output.ToString().TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(1 + (28 * 16), "a header, then 16 rules for each of 28 measures");
        lines[0].ShouldContain("measure_id");
        lines.Count(l => l.Contains("crime-volume,", StringComparison.Ordinal)).ShouldBe(16);
    }

    [Fact]
    public void Validate_finds_the_bundled_example_clean()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = ScorecardApp.Run(["validate"], output, error, CliRun.Clock, RepositoryRoot.Path);

        error.ToString().ShouldBeEmpty();
        code.ShouldBe(0);
        output.ToString().ShouldStartWith("OK examples/data/monthly.xlsx: 28 measures (28 configured), 66 months (April 2014 to September 2019)");
    }

    [Fact]
    public void Render_writes_every_report_file_from_the_bundled_example()
    {
        using var run = new CliRun();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = ScorecardApp.Run(["render", "--out", run.Folder], output, error, CliRun.Clock, RepositoryRoot.Path);

        code.ShouldBe(0, error.ToString());
        Directory.GetFiles(run.Folder).Select(Path.GetFileName).Order().ShouldBe(["evaluation.json", "report.html", "report.md", "scorecard.xlsx"]);
        var markdown = File.ReadAllText(Path.Combine(run.Folder, "report.md"));
        markdown.ShouldContain("Quarter Two 2019-20 (1 July to 30 September 2019)");
        markdown.ShouldContain("For Police and Crime Panel meeting 19 December 2019");
        markdown.ShouldContain("1,258 more recorded crimes (2.9 per cent) compared to the previous 12 months");
        Directory.GetFiles(run.Folder, ".*").ShouldBeEmpty("no temporary files are left behind");
    }

    [Fact]
    public void The_quick_start_renders_the_bundled_example_without_a_single_warning()
    {
        using var run = new CliRun();
        using var output = new StringWriter();
        using var error = new StringWriter();

        ScorecardApp.Run(["render", "--out", run.Folder], output, error, CliRun.Clock, RepositoryRoot.Path).ShouldBe(0);

        error.ToString().ShouldBeEmpty();
        var markdown = File.ReadAllText(Path.Combine(run.Folder, "report.md"));
        markdown.ShouldNotContain("No commentary has been provided");
        using var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(run.Folder, "scorecard.xlsx"));
        workbook.Worksheet("Dashboard").CellsUsed().ShouldAllBe(c => !c.GetString().Contains("No commentary", StringComparison.Ordinal));
    }

    [Fact]
    public void A_measure_with_exceptions_and_no_commentary_is_a_warning_and_a_notice_in_the_report()
    {
        using var run = new CliRun();
        var commentary = Path.Combine(run.Folder, "commentary");
        Directory.CreateDirectory(commentary);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "examples/commentary"), "*.md").Where(f => !f.EndsWith("answer-999.md", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(commentary, Path.GetFileName(file)));
        }

        var config = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scorecard.config.json"))
            .Replace("\"examples/", "\"" + Path.Combine(RepositoryRoot.Path, "examples") + "/", StringComparison.Ordinal)
            .Replace("\"./scorecard.schema.json\"", "\"x\"", StringComparison.Ordinal)
            .Replace(Path.Combine(RepositoryRoot.Path, "examples") + "/commentary", commentary, StringComparison.Ordinal);
        run.Write("scorecard.config.json", config);

        var (code, _, error) = run.Run("render", "--out", "out", "--format", "md,html,xlsx");

        code.ShouldBe(0, error);
        error.ShouldContain("warning SC0503");
        error.ShouldContain("answer-999");
        using (var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(run.Folder, "out", "scorecard.xlsx")))
        {
            var dashboard = workbook.Worksheet("Dashboard");
            var notes = dashboard.Row(1).CellsUsed().Single(c => c.GetString() == "Notes").Address.ColumnNumber;
            var flagged = dashboard.RowsUsed().Where(r => r.Cell(notes).GetString().Contains("No commentary has been provided for this measure.", StringComparison.Ordinal));
            flagged.Select(r => r.Cell(2).GetString()).ShouldBe(["Average time to answer 999 calls"]);
        }

        foreach (var (name, start) in new[] { ("report.md", "### Average time to answer 999 calls"), ("report.html", "id=\"m-answer-999\"") })
        {
            var text = File.ReadAllText(Path.Combine(run.Folder, "out", name));
            var section = text[text.IndexOf(start, StringComparison.Ordinal)..];
            var notice = section.IndexOf("No commentary has been provided for this measure.", StringComparison.Ordinal);
            notice.ShouldBeGreaterThan(0, name);
            section[..notice].ShouldNotContain("Average time to answer Crime and Incident Bureau");
        }
    }

    [Fact]
    public void The_example_workbook_and_its_long_csv_hold_identical_series()
    {
        var workbook = SeriesLoader.Load(Path.Combine(RepositoryRoot.Path, "examples/data/monthly.xlsx"));
        var csv = SeriesLoader.Load(Path.Combine(RepositoryRoot.Path, "examples/data/monthly-long.csv"));

        workbook.Diagnostics.ShouldBeEmpty();
        csv.Diagnostics.ShouldBeEmpty();
        var a = workbook.Value.ShouldNotBeNull();
        var b = csv.Value.ShouldNotBeNull();
        a.Series.Select(s => s.MeasureId).ShouldBe(b.Series.Select(s => s.MeasureId), ignoreOrder: true);
        foreach (var series in a.Series)
        {
            b.Find(series.MeasureId).ShouldNotBeNull().Observations.ShouldBe(series.Observations, series.MeasureId);
        }
    }

    [Fact]
    public void The_root_configuration_lists_the_measures_the_example_generator_defines()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scorecard.config.json")));
        using var generated = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "examples/measures.json")));

        config.RootElement.GetProperty("priorities").GetRawText().ShouldBe(generated.RootElement.GetProperty("priorities").GetRawText());
        config.RootElement.GetProperty("peerGroup").GetRawText().ShouldBe(generated.RootElement.GetProperty("peerGroup").GetRawText());
    }
}

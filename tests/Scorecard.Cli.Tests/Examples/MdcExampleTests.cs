using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scorecard.Cli.Tests.Examples;

/// <summary>
/// The bundled example judged the NHS "Making Data Count" way (examples/scorecard.mdc.json): the
/// same office and data, most measures on XmR charts, the measures with a peer comparison or a
/// 12-month (level) figure kept on the dashboard key. The README's commands, run in-process.
/// </summary>
public sealed class MdcExampleTests(MdcExampleTests.Rendered example) : IClassFixture<MdcExampleTests.Rendered>
{
    private const string Config = "examples/scorecard.mdc.json";

    /// <summary>The measures the example keeps on the dashboard key: those with peer figures, and the level measures.</summary>
    private static readonly string[] OnTheDashboardKey =
        ["crime-volume", "crime-recording-compliance", "positive-outcome-ratio", "public-confidence", "sexual-offences", "days-lost-per-person"];

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = ScorecardApp.Run(args, output, error, CliRun.Clock, RepositoryRoot.Path);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary><c>scorecard render --config examples/scorecard.mdc.json</c> into a folder of its own, once for the class.</summary>
    public sealed class Rendered : IDisposable
    {
        private readonly CliRun _run = new();

        public Rendered()
        {
            (Code, Output, Error) = Run("render", "--config", Config, "--out", _run.Folder, "--format", "html,md,json,xlsx");
            if (Code == 0)
            {
                Json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Folder, "evaluation.json")));
                Html = File.ReadAllText(Path.Combine(_run.Folder, "report.html"));
                Markdown = File.ReadAllText(Path.Combine(_run.Folder, "report.md"));
            }
        }

        public int Code { get; }

        public string Output { get; }

        public string Error { get; }

        public string Folder => _run.Folder;

        public JsonDocument? Json { get; }

        public string Html { get; } = string.Empty;

        public string Markdown { get; } = string.Empty;

        public void Dispose()
        {
            Json?.Dispose();
            _run.Dispose();
        }
    }

    [Fact]
    public void The_mdc_example_reports_the_same_office_and_measures_as_the_bundled_configuration()
    {
        JsonObject Read(string path) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, path)))!.AsObject();
        var bundled = Read("scorecard.config.json");
        var mdc = Read(Config);

        // Only the rule sets, the XmR settings and the paths (relative to examples/) differ.
        foreach (var measure in mdc["priorities"]!.AsArray().SelectMany(p => p!["measures"]!.AsArray()))
        {
            measure!.AsObject().Remove("ruleSet");
        }

        mdc.Remove("ruleSet");
        mdc["rules"]!.AsObject().Remove("spc");
        foreach (var config in new[] { bundled, mdc })
        {
            config.Remove("$schema");
            config.Remove("data");
            config.Remove("output");
        }

        JsonNode.DeepEquals(bundled, mdc).ShouldBeTrue("examples/scorecard.mdc.json has drifted from scorecard.config.json");
    }

    [Fact]
    public void Validate_finds_the_mdc_example_clean()
    {
        var (code, output, error) = Run("validate", "--config", Config);

        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldStartWith("OK examples/data/monthly.xlsx: 28 measures (28 configured)");
    }

    [Fact]
    public void Render_writes_every_file_without_a_warning()
    {
        example.Code.ShouldBe(0, example.Error);
        example.Error.ShouldBeEmpty();
        foreach (var file in new[] { "report.html", "report.md", "evaluation.json", "scorecard.xlsx" })
        {
            File.Exists(Path.Combine(example.Folder, file)).ShouldBeTrue(file);
        }
    }

    [Fact]
    public void Every_making_data_count_measure_carries_its_xmr_chart_in_the_json_and_the_others_do_not()
    {
        example.Code.ShouldBe(0, example.Error);
        var measures = example.Json.ShouldNotBeNull().RootElement.GetProperty("measures").EnumerateArray().ToList();

        measures.Count.ShouldBe(28);
        measures.Where(m => m.GetProperty("ruleSet").GetString() == "dashboard-key").Select(m => m.GetProperty("id").GetString())
            .ShouldBe(OnTheDashboardKey, ignoreOrder: true);
        var mdc = measures.Where(m => m.GetProperty("ruleSet").GetString() == "making-data-count").ToList();
        mdc.Count.ShouldBe(22);
        foreach (var measure in mdc)
        {
            var id = measure.GetProperty("id").GetString();
            var spc = measure.GetProperty("spc");
            spc.ValueKind.ShouldBe(JsonValueKind.Object, id);
            var points = spc.GetProperty("points").EnumerateArray().ToList();

            // The chart covers the 24 months to September 2019 (rules.spc.window), less any month without a figure.
            points.Count.ShouldBeInRange(13, 24, id);
            string.CompareOrdinal(points[^1].GetProperty("month").GetString(), "2019-09").ShouldBeLessThanOrEqualTo(0, id);
            string.CompareOrdinal(points[0].GetProperty("month").GetString(), "2017-10").ShouldBeGreaterThanOrEqualTo(0, id);
            spc.GetProperty("variationIcon").GetString().ShouldNotBe("none", id);
            measure.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString())
                .ShouldContain("spc-shift-high", id);
        }

        measures.Where(m => m.GetProperty("ruleSet").GetString() == "dashboard-key")
            .ShouldAllBe(m => m.GetProperty("spc").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void The_evaluate_table_gives_the_icons_of_the_making_data_count_measures()
    {
        var (code, output, error) = Run("evaluate", "--config", Config);

        code.ShouldBe(0, error);
        output.ShouldContain("Variation, assurance");
        output.ShouldContain("Hate crime");
        output.ShouldMatch(@"(?m)^\s+Hate crime\s.*\scommon-cause, none\s*$");
        output.ShouldMatch(@"(?m)^\s+Crime recording compliance rate\s.*–\s+–\s*$");
    }

    [Fact]
    public void The_report_has_a_key_for_each_rule_set()
    {
        example.Code.ShouldBe(0, example.Error);
        var key = example.Json.ShouldNotBeNull().RootElement.GetProperty("key").EnumerateArray()
            .Select(k => k.GetProperty("ruleSet").GetString()).Distinct().ToList();

        key.ShouldBe(["dashboard-key", "making-data-count"]);
        example.Html.ShouldContain("Performance dashboard key");
        example.Html.ShouldContain("Statistical process control key (NHS Making Data Count)");
        example.Markdown.ShouldContain("Statistical process control key (NHS Making Data Count)");
    }
}

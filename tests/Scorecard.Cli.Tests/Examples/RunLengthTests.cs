using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Scorecard.Cli.Tests.Examples;

/// <summary>
/// Issue 13's bug: with <c>rules.run.length</c> set to 6, the measure prose said 6 months while the
/// key still said "The last 8 months". The bundled example is rendered through the CLI with that
/// override (and without the office's commentary, whose own words are the office's): the key, the
/// measure prose, the appendix and the JSON all say 6, and nothing says 8 months for the run rule.
/// </summary>
public sealed partial class RunLengthTests(RunLengthTests.Rendered report) : IClassFixture<RunLengthTests.Rendered>
{
    /// <summary><c>scorecard render --format md,html,json</c> of the bundled example with a 6-month run, once for the class.</summary>
    public sealed class Rendered : IDisposable
    {
        private readonly CliRun _run = new();

        public Rendered()
        {
            var config = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scorecard.config.json")))!.AsObject();
            config["rules"]!["run"]!["length"] = 6;
            var data = config["data"]!.AsObject();
            data["monthly"] = Path.Combine(RepositoryRoot.Path, data["monthly"]!.GetValue<string>());
            data["peers"] = Path.Combine(RepositoryRoot.Path, data["peers"]!.GetValue<string>());
            data.Remove("commentary");
            config.Remove("$schema");
            var path = _run.Write("run6.config.json", config.ToJsonString());
            var output = Path.Combine(_run.Folder, "out");
            (ExitCode, _, Error) = _run.Run("render", "--config", path, "--out", output, "--format", "md,html,json");
            if (ExitCode == 0)
            {
                Markdown = File.ReadAllText(Path.Combine(output, "report.md"));
                Html = File.ReadAllText(Path.Combine(output, "report.html"));
                Json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "evaluation.json")));
                (_, Csv, _) = _run.Run("evaluate", "--config", path, "--format", "csv");
            }
        }

        public string Csv { get; } = string.Empty;

        public int ExitCode { get; }

        public string Error { get; }

        public string Markdown { get; } = string.Empty;

        public string Html { get; } = string.Empty;

        public JsonDocument? Json { get; }

        public void Dispose()
        {
            Json?.Dispose();
            _run.Dispose();
        }
    }

    [Fact]
    public void The_key_says_six_months_for_the_run_symbols()
    {
        report.ExitCode.ShouldBe(0, report.Error);
        report.Markdown.ShouldContain("The last 6 months have all been above the Average for the past 24 months");
        report.Markdown.ShouldContain("The last 6 months have all been below the Average for the past 24 months");
        report.Markdown.ShouldContain("The last six months were all above the average of the past two years");
        report.Html.ShouldContain("The last 6 months have all been above the Average for the past 24 months");
    }

    [Fact]
    public void The_measure_prose_says_six_months()
    {
        report.ExitCode.ShouldBe(0, report.Error);
        report.Markdown.ShouldContain("The last 6 months were all above the average for the past 24 months");
        report.Html.ShouldContain("The last 6 months were all above the average for the past 24 months");
    }

    [Fact]
    public void The_appendix_says_six_months_in_its_introduction_and_its_rows()
    {
        report.ExitCode.ShouldBe(0, report.Error);
        report.Markdown.ShouldContain("the last 3 for a shift, the last 6 for a run");
        report.Html.ShouldContain("the last 3 for a shift, the last 6 for a run");
        report.Markdown.ShouldContain("| Run, 6 months |");
        report.Markdown.ShouldNotContain("Run, 8 months");
    }

    [Fact]
    public void The_json_key_and_flags_say_six_months()
    {
        report.ExitCode.ShouldBe(0, report.Error);
        var json = report.Json.ShouldNotBeNull().RootElement;
        var key = json.GetProperty("key").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "run-above");
        key.GetProperty("text").GetString().ShouldBe("The last 6 months have all been above the Average for the past 24 months");
        var runFlags = json.GetProperty("measures").EnumerateArray().SelectMany(m => m.GetProperty("flags").EnumerateArray())
            .Where(f => f.GetProperty("id").GetString()!.StartsWith("run-", StringComparison.Ordinal)).ToList();
        runFlags.ShouldNotBeEmpty();
        runFlags.ShouldAllBe(f => f.GetProperty("text").GetString()!.StartsWith("The last 6 months", StringComparison.Ordinal));
    }

    [Fact]
    public void The_evidence_export_gives_each_run_row_the_six_month_key_text()
    {
        report.ExitCode.ShouldBe(0, report.Error);
        var runRows = report.Csv.Split('\n').Where(l => l.Contains(",run-above,", StringComparison.Ordinal) || l.Contains(",run-below,", StringComparison.Ordinal)).ToList();

        runRows.ShouldNotBeEmpty();
        runRows.ShouldAllBe(l => l.Contains("The last 6 months have all been", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_in_the_report_says_eight_months()
    {
        report.ExitCode.ShouldBe(0, report.Error);
        EightMonths().Matches(report.Markdown).Select(m => m.Value).ShouldBeEmpty();
        EightMonths().Matches(report.Html).Select(m => m.Value).ShouldBeEmpty();
        report.Markdown.ShouldNotContain("the last 8 for a run");
        report.Html.ShouldNotContain("the last 8 for a run");
    }

    /// <summary>"8 months", "eight months", "last 8" in words or figures (not "18 months").</summary>
    [GeneratedRegex(@".{0,60}(\b(8|eight)\s+months\b|\blast (8|eight)\b).{0,20}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EightMonths();
}

using System.Text;
using NodaTime;
using Scorecard.Cli.Configuration;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Rules;
using Scorecard.Core.Spc;

namespace Scorecard.Cli.Tests.Configuration;

/// <summary>The configuration chooses each measure's rule set (<c>ruleSet</c>), its target, and binds each set's own blocks of <c>rules</c>.</summary>
public sealed class RuleSetConfigTests
{
    private static Result<ScorecardConfig> Read(string json) =>
        ConfigReader.Read(Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n")), "scorecard.config.json", "/reports/office");

    private static Diagnostic Single(Result<ScorecardConfig> result, string code)
    {
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(code);
        diagnostic.Location.Line.ShouldNotBeNull();
        return diagnostic;
    }

    [Fact]
    public void Measures_are_judged_by_the_dashboard_key_unless_a_rule_set_is_chosen()
    {
        var result = Read("""{ "measures": [ { "id": "a" } ] }""");

        result.Diagnostics.ShouldBeEmpty();
        var config = result.Value.ShouldNotBeNull();
        config.RuleSet.ShouldBe(RuleSet.DashboardKey);
        config.Measures[0].RuleSet.ShouldBe(RuleSet.DashboardKey);
        config.Measures[0].Target.ShouldBeNull();
    }

    [Fact]
    public void The_top_level_rule_set_applies_to_every_measure_and_a_measures_own_choice_wins()
    {
        var result = Read("""
            { "ruleSet": "making-data-count",
              "priorities": [ { "title": "One", "measures": [ { "id": "a" }, { "id": "b", "ruleSet": "dashboard-key" } ] } ],
              "measures": [ { "id": "c", "target": 40.5 } ] }
            """);

        result.Diagnostics.ShouldBeEmpty();
        var config = result.Value.ShouldNotBeNull();
        config.RuleSet.ShouldBe(RuleSet.MakingDataCount);
        config.Priorities[0].Measures.Select(m => m.RuleSet.Id).ShouldBe(["making-data-count", "dashboard-key"]);
        config.Measures[0].RuleSet.ShouldBe(RuleSet.MakingDataCount);
        config.Measures[0].Target.ShouldBe(40.5);
    }

    [Fact]
    public void Series_the_configuration_does_not_name_are_judged_by_the_top_level_rule_set()
    {
        var config = Read("""{ "ruleSet": "making-data-count" }""").Value.ShouldNotBeNull();
        var data = new Scorecard.Core.Series.MeasureData([new Scorecard.Core.Series.MonthlySeries("x", [new Scorecard.Core.Series.MonthlyObservation(new YearMonth(2019, 9), 1)])]);

        var (measures, _) = MeasureCatalogue.Resolve(config, data, "data.csv");

        measures.ShouldHaveSingleItem().Measure.RuleSet.ShouldBe(RuleSet.MakingDataCount);
    }

    [Theory]
    [InlineData("""{ "ruleSet": "making-data-cont" }""", "$.ruleSet", "did you mean \"making-data-count\"")]
    [InlineData("""{ "ruleSet": "Dashboard-Key" }""", "$.ruleSet", "did you mean \"dashboard-key\"")]
    [InlineData("""{ "measures": [ { "id": "a", "ruleSet": "xmr" } ] }""", "$.measures[0].ruleSet", "expected one of dashboard-key, making-data-count")]
    public void An_unknown_rule_set_is_an_error_at_its_path_naming_the_sets_there_are(string json, string path, string message)
    {
        var d = Single(Read(json), "SC0260");

        d.IsError.ShouldBeTrue();
        d.Location.JsonPath.ShouldBe(path);
        d.Message.ShouldContain(message);
    }

    [Fact]
    public void Reads_the_spc_block_for_a_making_data_count_measure_over_the_top_level_one()
    {
        var result = Read("""
            { "rules": { "spc": { "shiftLength": 7, "minimumPoints": 15 } },
              "measures": [ { "id": "a", "ruleSet": "making-data-count",
                              "rules": { "spc": { "trendLength": 5, "recalculateAt": ["2021-04", "2022-04"], "baselineEnd": "2020-12", "window": 36 },
                                         "noData": { "window": 6 } } } ] }
            """);

        result.Diagnostics.ShouldBeEmpty();
        var config = result.Value.ShouldNotBeNull();
        config.Rules.Spc.ShouldBe(SpcParameters.Default with { ShiftLength = 7, MinimumPoints = 15 });
        var rules = config.Measures[0].Rules;
        rules.Spc.ShouldBe(new SpcParameters
        {
            ShiftLength = 7,
            TrendLength = 5,
            MinimumPoints = 15,
            RecalculateAt = [new YearMonth(2021, 4), new YearMonth(2022, 4)],
            BaselineEnd = new YearMonth(2020, 12),
            Window = 36,
        });
        rules.NoData.Window.ShouldBe(6);
    }

    [Fact]
    public void A_dashboard_key_block_on_a_making_data_count_measure_is_an_error_at_its_path()
    {
        var d = Single(Read("""{ "measures": [ { "id": "a", "ruleSet": "making-data-count", "rules": { "spike": { "k": 3 } } } ] }"""), "SC0261");

        d.IsError.ShouldBeTrue();
        d.Location.JsonPath.ShouldBe("$.measures[0].rules.spike");
        d.Message.ShouldContain("\"spike\" is a setting of the dashboard key rule set");
        d.Message.ShouldContain("the measure \"a\" is judged by the Making Data Count (\"ruleSet\": \"making-data-count\")");
        d.Message.ShouldContain("settings here: spc, noData");
    }

    [Fact]
    public void An_spc_block_on_a_dashboard_key_measure_is_an_error_at_its_path()
    {
        var d = Single(Read("""{ "ruleSet": "making-data-count", "measures": [ { "id": "a", "ruleSet": "dashboard-key", "rules": { "spc": { "shiftLength": 7 } } } ] }"""), "SC0261");

        d.Location.JsonPath.ShouldBe("$.measures[0].rules.spc");
        d.Message.ShouldContain("Making Data Count rule set");
    }

    [Fact]
    public void The_no_data_block_belongs_to_both_sets()
    {
        var result = Read("""
            { "rules": { "noData": { "window": 9 } },
              "measures": [ { "id": "a", "ruleSet": "making-data-count", "rules": { "noData": { "window": 6 } } }, { "id": "b", "rules": { "noData": { "window": 3 } } } ] }
            """);

        result.Diagnostics.ShouldBeEmpty();
        result.Value.ShouldNotBeNull().Measures.Select(m => m.Rules.NoData.Window).ShouldBe([6, 3]);
    }

    [Fact]
    public void A_top_level_block_that_no_measures_rule_set_reads_is_a_warning()
    {
        var result = Read("""{ "rules": { "spc": { "shiftLength": 7 } }, "measures": [ { "id": "a" } ] }""");

        result.HasErrors.ShouldBeFalse();
        var d = Single(result, "SC0262");
        d.IsError.ShouldBeFalse();
        d.Location.JsonPath.ShouldBe("$.rules.spc");
        d.Message.ShouldContain("no measure is judged by");
        d.Message.ShouldContain("\"ruleSet\": \"making-data-count\"");
    }

    [Fact]
    public void Dashboard_key_blocks_are_unused_when_every_measure_and_the_default_are_making_data_count()
    {
        var result = Read("""{ "ruleSet": "making-data-count", "rules": { "run": { "length": 6 }, "noData": { "window": 9 } }, "measures": [ { "id": "a" } ] }""");

        Single(result, "SC0262").Location.JsonPath.ShouldBe("$.rules.run");
    }

    [Fact]
    public void A_block_used_by_one_measure_of_its_set_is_not_a_warning()
    {
        var result = Read("""{ "rules": { "spc": { "shiftLength": 7 } }, "measures": [ { "id": "a" }, { "id": "b", "ruleSet": "making-data-count" } ] }""");

        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_block_that_restates_the_defaults_is_not_a_warning_as_init_writes_every_setting()
    {
        var result = Read("""{ "rules": { "spc": { "shiftLength": 6, "trendLength": 6, "minimumPoints": 13, "recalculateAt": [], "baselineEnd": null, "window": null } } }""");

        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_block_at_its_defaults_is_not_a_warning_when_another_block_its_set_also_reads_is_not()
    {
        // Making Data Count reads noData too: a changed noData must not make the spc block, at its defaults, look changed.
        var result = Read("""{ "rules": { "noData": { "window": 9 }, "spc": { "shiftLength": 6, "trendLength": 6, "minimumPoints": 13 } }, "measures": [ { "id": "a" } ] }""");

        result.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{ "shiftLength": 1 }""", "$.rules.spc.shiftLength", "must be at least 2")]
    [InlineData("""{ "trendLength": 2 }""", "$.rules.spc.trendLength", "must be at least 3")]
    [InlineData("""{ "window": 12 }""", "$.rules.spc.window", "must be at least 13")]
    [InlineData("""{ "recalculateAt": ["2021-04", "2021-04"] }""", "$.rules.spc.recalculateAt", "lists 2021-04 more than once")]
    [InlineData("""{ "baselineEnd": "2021-06", "recalculateAt": ["2021-04"] }""", "$.rules.spc.recalculateAt", "within the baseline")]
    [InlineData("""{ "window": 2147483647 }""", "$.rules.spc.window", "must be at most 1,200 months")]
    [InlineData("""{ "shiftLength": 1201 }""", "$.rules.spc.shiftLength", "must be at most 1,200 months")]
    public void Problems_the_making_data_count_set_finds_are_errors_at_their_path(string spc, string path, string message)
    {
        var d = Single(Read($$"""{ "ruleSet": "making-data-count", "rules": { "spc": {{spc}} } }"""), "SC0206");

        d.IsError.ShouldBeTrue();
        d.Location.JsonPath.ShouldBe(path);
        d.Message.ShouldContain(message);
    }

    [Theory]
    [InlineData("""{ "baselineEnd": "March 2021" }""", "$.rules.spc.baselineEnd", "SC0204", "is not a month; write it as YYYY-MM")]
    [InlineData("""{ "recalculateAt": ["2021-04", "2021-13"] }""", "$.rules.spc.recalculateAt[1]", "SC0204", "\"2021-13\" is not a month")]
    [InlineData("""{ "recalculateAt": [202104] }""", "$.rules.spc.recalculateAt[0]", "SC0203", "expected a month in quotes")]
    [InlineData("""{ "recalculateAt": "2021-04" }""", "$.rules.spc.recalculateAt", "SC0203", "expected a list")]
    [InlineData("""{ "shiftLength": "six" }""", "$.rules.spc.shiftLength", "SC0203", "expected a whole number")]
    [InlineData("""{ "shiftLenght": 6 }""", "$.rules.spc.shiftLenght", "SC0202", "is not a setting here")]
    public void A_bad_value_in_the_spc_block_is_reported_once_at_its_path(string spc, string path, string code, string message)
    {
        var d = Single(Read($$"""{ "ruleSet": "making-data-count", "rules": { "spc": {{spc}} } }"""), code);

        d.Location.JsonPath.ShouldBe(path);
        d.Message.ShouldContain(message);
    }

    [Fact]
    public void A_bad_no_data_window_read_by_both_sets_is_reported_once()
    {
        var d = Single(Read("""{ "rules": { "noData": { "window": "twelve" } } }"""), "SC0203");

        d.Location.JsonPath.ShouldBe("$.rules.noData.window");
    }

    [Fact]
    public void A_problem_in_a_measures_spc_block_is_reported_at_the_measure_and_an_inherited_one_only_once()
    {
        var result = Read("""
            { "ruleSet": "making-data-count", "rules": { "spc": { "minimumPoints": 1 } },
              "measures": [ { "id": "a", "rules": { "spc": { "trendLength": 2 } } } ] }
            """);

        result.Diagnostics.Select(d => (d.Code, d.Location.JsonPath)).ShouldBe(
        [
            ("SC0206", "$.rules.spc.minimumPoints"),
            ("SC0206", "$.measures[0].rules.spc.trendLength"),
        ]);
    }

    [Fact]
    public void A_target_on_a_dashboard_key_measure_is_a_warning_as_nothing_uses_it()
    {
        var d = Single(Read("""{ "measures": [ { "id": "a", "target": 30 } ] }"""), "SC0263");

        d.IsError.ShouldBeFalse();
        d.Location.JsonPath.ShouldBe("$.measures[0].target");
        d.Message.ShouldContain("\"making-data-count\"");
    }

    [Fact]
    public void A_target_that_is_not_a_number_is_an_error()
    {
        var d = Single(Read("""{ "ruleSet": "making-data-count", "measures": [ { "id": "a", "target": "40%" } ] }"""), "SC0203");

        d.Location.JsonPath.ShouldBe("$.measures[0].target");
    }

    [Fact]
    public void The_starter_configuration_of_init_reads_without_a_diagnostic_and_shows_the_rule_set_settings()
    {
        var file = Scorecard.Cli.Init.StarterKit.Files(CliRun.Clock).Single(f => f.Path == Scorecard.Cli.Init.StarterKit.ConfigFile);
        var text = Encoding.UTF8.GetString(file.Content);

        var result = ConfigReader.Read(file.Content, "scorecard.config.json", "/reports/office");

        result.Diagnostics.ShouldBeEmpty();
        text.ShouldContain("\"ruleSet\": \"dashboard-key\"");
        text.ShouldContain("\"spc\": {");
        text.ShouldContain("\"minimumPoints\": 13");
        text.ShouldContain("\"target\": null");
        var readme = Encoding.UTF8.GetString(Scorecard.Cli.Init.StarterKit.Files(CliRun.Clock).Single(f => f.Path == Scorecard.Cli.Init.StarterKit.ReadmeFile).Content);
        readme.ShouldContain("\"ruleSet\": \"making-data-count\"");
    }
}

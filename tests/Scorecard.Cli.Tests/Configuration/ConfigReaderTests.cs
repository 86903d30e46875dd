using System.Text;
using System.Text.Json;
using NodaTime;
using Scorecard.Cli.Configuration;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;

namespace Scorecard.Cli.Tests.Configuration;

public sealed class ConfigReaderTests
{
    private const string Base = "/reports/wiltshire";

    private static Result<ScorecardConfig> Read(string json) =>
        ConfigReader.Read(Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n")), "scorecard.config.json", Base);

    private static Diagnostic Single(Result<ScorecardConfig> result, string code)
    {
        result.HasErrors.ShouldBeTrue();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(code);
        return diagnostic;
    }

    [Fact]
    public void An_empty_object_is_a_valid_configuration_with_every_default()
    {
        var result = Read("{}");

        result.Diagnostics.ShouldBeEmpty();
        var config = result.Value.ShouldNotBeNull();
        config.Rules.ShouldBe(RuleParameters.Default);
        config.Output.Folder.ShouldBe(Path.GetFullPath("/reports/wiltshire/out"));
        config.Output.Formats.ShouldBe(["html", "md", "json", "xlsx"]);
        config.Data.Sheet.ShouldBeNull(); // Monthly, else the only sheet, else the one whose header fits
        config.Data.IgnoreColumns.ShouldBeEmpty();
        config.Data.Limits.ShouldBe(Scorecard.Excel.LoadLimits.Default);
        config.Quarter.ShouldBeNull();
        config.Priorities.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_holding_only_measures_is_valid_and_fills_in_measure_defaults()
    {
        var result = Read("""{ "measures": [ { "id": "crime-volume" }, { "id": "outcome-rate", "kind": "ratio" } ] }""");

        result.Diagnostics.ShouldBeEmpty();
        var measures = result.Value.ShouldNotBeNull().Measures;
        measures[0].ShouldBe(new Measure("crime-volume", "crime-volume", MeasureKind.Count, Polarity.Neutral, ValueFormat.Count, null, null, RuleParameters.Default));
        measures[1].Format.ShouldBe(ValueFormat.Percent);
    }

    [Fact]
    public void Reads_every_setting_of_a_full_configuration()
    {
        var result = Read("""
            {
              "$schema": "./scorecard.schema.json",
              "office": "Office of the Police and Crime Commissioner for Wiltshire and Swindon",
              "force": "Wiltshire",
              "commissioner": "Angus Macpherson",
              "plan": "Police and Crime Plan 2017-21",
              "quarter": "Q2 2019-20",
              "meeting": "2019-12-19",
              "data": { "monthly": "data/monthly.xlsx", "sheet": "Series", "peers": "data/peers.csv", "commentary": "commentary" },
              "peerGroup": { "name": "MSG", "asOf": "2019-01-01", "forces": ["Wiltshire", "Dorset", "Suffolk"] },
              "output": { "folder": "../out", "formats": ["html", "json"], "templates": "my-templates", "pdf": true },
              "rules": { "coverage": 0.8, "spike": { "k": 3 }, "peers": { "includeSelf": false, "average": "weighted" } },
              "priorities": [
                { "title": "Prevent crime and keep people safe", "measures": [
                  { "id": "crime-volume", "name": "Crime volume", "kind": "count", "polarity": "lower-is-better",
                    "format": "count", "unit": "crimes", "peer": "all-crime", "peerUnit": "crimes per 1,000 population",
                    "rules": { "run": { "length": 6 } } } ] },
                { "title": "Secure a quality police service", "measures": [
                  { "id": "response-immediate", "kind": "mean", "format": { "style": "duration" } },
                  { "id": "outcome-ratio", "kind": "ratio", "polarity": "higher-is-better", "format": { "decimals": 2 } } ] }
              ]
            }
            """);

        result.Diagnostics.ShouldBeEmpty();
        var config = result.Value.ShouldNotBeNull();
        config.Office.ShouldStartWith("Office of the Police and Crime Commissioner for Wiltshire");
        config.Quarter.ShouldBe(new FinancialQuarter(2019, 2));
        config.Meeting.ShouldBe(new LocalDate(2019, 12, 19));
        config.Data.Monthly.ShouldBe(Path.GetFullPath("/reports/wiltshire/data/monthly.xlsx"));
        config.Data.Sheet.ShouldBe("Series");
        config.Output.Folder.ShouldBe(Path.GetFullPath("/reports/out"));
        config.Output.Formats.ShouldBe(["html", "json"]);
        config.Output.Pdf.ShouldBeTrue();
        var group = config.PeerGroup.ShouldNotBeNull();
        group.Force.ShouldBe("Wiltshire");
        group.Members.ShouldBe(["Dorset", "Suffolk"]);
        group.AsOf.ShouldBe(new LocalDate(2019, 1, 1));
        config.Rules.Coverage.ShouldBe(0.8);
        config.Rules.Spike.ShouldBe(new SpikeParameters(24, 3, WindowAlignment.Previous));
        config.Rules.Peers.IncludeSelf.ShouldBeFalse();
        config.Rules.Peers.Average.ShouldBe(PeerAverage.Weighted);

        config.Priorities.Count.ShouldBe(2);
        config.Priorities[1].Number.ShouldBe(2);
        var crime = config.Priorities[0].Measures.ShouldHaveSingleItem();
        crime.Polarity.ShouldBe(Polarity.LowerIsBetter);
        crime.PeerKey.ShouldBe("all-crime");
        crime.PeerUnit.ShouldBe("crimes per 1,000 population");
        crime.Rules.Run.Length.ShouldBe(6);
        crime.Rules.Spike.K.ShouldBe(3, "a measure's override keeps the configuration's other settings");
        crime.Rules.Coverage.ShouldBe(0.8);
        config.Priorities[1].Measures[0].Format.ShouldBe(ValueFormat.Duration);
        config.Priorities[1].Measures[1].Format.ShouldBe(new ValueFormat(ValueStyle.Percent, 2));
    }

    [Fact]
    public void Reports_an_unknown_key_with_its_path_and_line_and_the_keys_that_are_allowed()
    {
        var result = Read("""
            {
              "office": "OPCC",
              "measures": [
                { "id": "crime-volume", "polarty": "lower-is-better" }
              ]
            }
            """);

        var d = Single(result, "SC0202");
        d.Location.JsonPath.ShouldBe("$.measures[0].polarty");
        d.Location.Line.ShouldBe(4);
        d.Message.ShouldContain("\"polarty\" is not a setting here");
        d.Message.ShouldContain("polarity");
        d.ToString().ShouldStartWith("error SC0202 scorecard.config.json $.measures[0].polarty (line 4):");
    }

    [Fact]
    public void Reports_a_value_that_is_not_one_of_the_allowed_words()
    {
        var result = Read("""
            { "measures": [
                { "id": "a" },
                { "id": "b", "polarity": "up" } ] }
            """);

        var d = Single(result, "SC0204");
        d.Location.JsonPath.ShouldBe("$.measures[1].polarity");
        d.Location.Line.ShouldBe(3);
        d.Message.ShouldBe("\"up\" is not one of higher-is-better, lower-is-better, neutral.");
    }

    [Fact]
    public void Reports_every_problem_in_the_file_together()
    {
        var result = Read("""
            {
              "office": 12,
              "quarter": "2019 Q5",
              "meeting": "19/12/2019",
              "output": { "formats": ["html", "pdf"] },
              "rules": { "spike": { "k": -1 }, "trend": { "alpha": 1.5 } },
              "measures": [ { "id": "Crime Volume" }, { "name": "no id" }, { "id": "x", "kind": "sum" } ]
            }
            """);

        result.HasErrors.ShouldBeTrue();
        result.Diagnostics.Select(d => (d.Code, d.Location.JsonPath)).ShouldBe(
        [
            ("SC0203", "$.office"),
            ("SC0204", "$.quarter"),
            ("SC0204", "$.meeting"),
            ("SC0204", "$.output.formats[1]"),
            ("SC0206", "$.rules.spike.k"),
            ("SC0206", "$.rules.trend.alpha"),
            ("SC0204", "$.measures[0].id"),
            ("SC0208", "$.measures[1]"),
            ("SC0204", "$.measures[2].kind"),
        ],
        ignoreOrder: true);
        result.Diagnostics.ShouldAllBe(d => d.Location.Line != null);
    }

    [Fact]
    public void Reports_a_wrong_type_saying_what_was_expected_and_what_was_found()
    {
        var d = Single(Read("""{ "rules": { "run": { "length": "eight" } } }"""), "SC0203");

        d.Location.JsonPath.ShouldBe("$.rules.run.length");
        d.Message.ShouldBe("expected a whole number; found the text \"eight\".");
    }

    [Fact]
    public void Reports_a_measure_configured_twice()
    {
        var result = Read("""
            { "priorities": [ { "title": "One", "measures": [ { "id": "crime-volume" } ] } ],
              "measures": [ { "id": "crime-volume" } ] }
            """);

        var d = Single(result, "SC0205");
        d.Location.JsonPath.ShouldBe("$.measures[0].id");
        d.Message.ShouldContain("first at $.priorities[0].measures[0].id");
    }

    [Fact]
    public void Reports_a_key_given_twice_in_one_object()
    {
        var d = Single(Read("""{ "office": "A", "office": "B" }"""), "SC0211");
        d.Location.JsonPath.ShouldBe("$.office");
    }

    [Fact]
    public void Reports_a_bad_rule_override_on_a_measure_at_the_measures_path()
    {
        var d = Single(Read("""{ "measures": [ { "id": "a", "rules": { "shift": { "length": 30 } } } ] }"""), "SC0206");

        d.Location.JsonPath.ShouldBe("$.measures[0].rules.shift.length");
        d.Message.ShouldContain("must not be longer than the window (24)");
    }

    [Fact]
    public void Reports_a_problem_in_the_shared_rules_once_not_again_for_every_measure_that_overrides_others()
    {
        var result = Read("""{ "rules": { "spike": { "k": -2 } }, "measures": [ { "id": "a", "rules": { "run": { "length": 6 } } } ] }""");

        Single(result, "SC0206").Location.JsonPath.ShouldBe("$.rules.spike.k");
    }

    [Fact]
    public void Reports_invalid_json_with_its_line_and_column()
    {
        var result = Read("""
            {
              "office": "OPCC",
              "force" "Wiltshire"
            }
            """);

        var d = Single(result, "SC0201");
        d.Location.Line.ShouldBe(3);
        d.Location.Column.ShouldNotBeNull();
        d.Message.ShouldStartWith("this is not valid JSON");
    }

    [Fact]
    public void Accepts_comments_and_trailing_commas_as_analysts_write_them()
    {
        var result = Read("""
            {
              // the office
              "office": "OPCC",
              "measures": [ { "id": "a", }, ],
            }
            """);

        result.Diagnostics.ShouldBeEmpty();
        result.Value.ShouldNotBeNull().Office.ShouldBe("OPCC");
    }

    [Fact]
    public void A_peer_group_needs_the_force_it_belongs_to()
    {
        var d = Single(Read("""{ "peerGroup": { "forces": ["Dorset"] } }"""), "SC0208");
        d.Location.JsonPath.ShouldBe("$.peerGroup");
        d.Message.ShouldContain("\"force\"");
    }

    [Fact]
    public void Reports_a_missing_configuration_file_by_name()
    {
        var result = ConfigReader.ReadFile("/no/such/folder/scorecard.config.json");

        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("SC0207");
    }

    [Fact]
    public void Attaches_known_data_issues_to_the_measures_they_name()
    {
        var result = Read("""
            { "measures": [ { "id": "compliance", "kind": "level" }, { "id": "response" }, { "id": "other" } ],
              "dataIssues": [
                { "measures": ["compliance"], "from": "2019-07", "kind": "method-change", "note": "New audit method." },
                { "measures": ["response", "compliance"], "from": "2019-09", "kind": "outage", "note": "IST outage." } ] }
            """);

        result.Diagnostics.ShouldBeEmpty();
        var measures = result.Value.ShouldNotBeNull().Measures;
        var compliance = measures[0];
        compliance.DataIssues.Select(i => i.Kind).ShouldBe([DataIssueKind.MethodChange, DataIssueKind.Outage]);
        compliance.ComparableFrom.ShouldBe(new YearMonth(2019, 7));
        measures[1].DataIssues.ShouldHaveSingleItem().ShouldBe(new DataIssue(new YearMonth(2019, 9), new YearMonth(2019, 9), DataIssueKind.Outage, "IST outage."));
        measures[1].ComparableFrom.ShouldBeNull();
        measures[2].DataIssues.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{ "measures": ["nope"], "from": "2019-07", "note": "n" }""", "$.dataIssues[0].measures[0]", "is not a configured measure")]
    [InlineData("""{ "measures": ["a"], "from": "July 2019", "note": "n" }""", "$.dataIssues[0].from", "is not a month")]
    [InlineData("""{ "measures": ["a"], "from": "2019-09", "to": "2019-07", "note": "n" }""", "$.dataIssues[0].to", "is before")]
    [InlineData("""{ "measures": ["a"], "from": "2019-07", "to": "2019-08", "kind": "method-change", "note": "n" }""", "$.dataIssues[0].to", "a change of method has no end")]
    [InlineData("""{ "measures": ["a"], "from": "2019-07" }""", "$.dataIssues[0]", "\"note\" is required")]
    [InlineData("""{ "measures": ["a"], "from": "2019-07", "kind": "blackout", "note": "n" }""", "$.dataIssues[0].kind", "not one of")]
    public void Refuses_a_data_issue_that_cannot_be_placed_with_its_json_path(string issue, string path, string message)
    {
        var result = Read($$"""{ "measures": [ { "id": "a" } ], "dataIssues": [ {{issue}} ] }""");

        var diagnostic = result.Diagnostics.Where(d => d.IsError).ShouldHaveSingleItem();
        diagnostic.ToString().ShouldContain(path + " (line");
        diagnostic.Message.ShouldContain(message);
    }

    [Fact]
    public void The_json_schema_declares_exactly_the_settings_the_reader_accepts()
    {
        var schemaPath = Path.Combine(RepositoryRoot.Path, "scorecard.schema.json");
        using var schema = JsonDocument.Parse(File.ReadAllText(schemaPath));
        var root = schema.RootElement;
        string[] Keys(JsonElement element) => element.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

        Keys(root).ShouldBe(["$schema", "commissioner", "commissionerTitle", "data", "dataIssues", "force", "logo", "measures", "meeting", "office", "output", "palette", "panel", "peerGroup", "plan", "priorities", "quarter", "ruleSet", "rules", "title"]);
        var defs = root.GetProperty("$defs");
        Keys(defs.GetProperty("measure")).ShouldBe(["description", "format", "id", "kind", "name", "peer", "peerUnit", "polarity", "ruleSet", "rules", "target", "unit"]);
        Keys(defs.GetProperty("rules")).ShouldBe(RuleSet.All.SelectMany(s => s.Parameters.Blocks).Distinct().Order(StringComparer.Ordinal));
        defs.GetProperty("rules").GetProperty("properties").GetProperty("spc").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .ShouldBe(["shiftLength", "trendLength", "minimumPoints", "recalculateAt", "baselineEnd", "window"]);
        root.GetProperty("properties").GetProperty("ruleSet").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .ShouldBe(RuleSet.All.Select(s => s.Id));
        defs.GetProperty("measure").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .ShouldBe(ConfigReader.Kinds.Keys);
        defs.GetProperty("measure").GetProperty("properties").GetProperty("polarity").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .ShouldBe(ConfigReader.Polarities.Keys);

        // Every setting of the schema must also be read: a full file built from the schema's own keys loads cleanly.
        var everything = Read("""
            { "$schema": "x", "ruleSet": "dashboard-key", "office": "o", "force": "f", "commissioner": "c", "plan": "p", "quarter": "2019-20Q2", "meeting": "2019-12-19",
              "title": "t", "panel": "p", "commissionerTitle": "c", "palette": { "improvement": "#0072B2", "concern": { "base": "#D55E00", "fill": "#F7DFCC", "text": "#8A3D00" } },
              "data": { "monthly": "m.xlsx", "sheet": "S", "peers": "p.csv", "commentary": "c" },
              "peerGroup": { "name": "n", "asOf": "2019-01-01", "forces": ["a"] },
              "output": { "folder": "o", "formats": ["md"], "templates": "t", "pdf": false },
              "rules": { "coverage": 0.75, "spike": { "window": 24, "k": 2, "alignment": "previous" }, "shift": { "length": 3, "window": 24, "k": 1, "alignment": "trailing" },
                         "run": { "length": 8, "window": 24, "alignment": "trailing" }, "trend": { "window": 12, "alpha": 0.05 }, "rollingTrend": { "window": 12, "alpha": 0.05 },
                         "noData": { "window": 12 }, "peers": { "k": 1, "trendDifference": 5, "includeSelf": true, "average": "mean", "maxLagMonths": 12, "minimumPeerShare": 0.5 },
                         "spc": { "shiftLength": 6, "trendLength": 6, "minimumPoints": 13, "recalculateAt": ["2019-04"], "baselineEnd": "2019-01", "window": 24 } },
              "priorities": [ { "title": "t", "measures": [ { "id": "a", "name": "A", "kind": "level", "polarity": "neutral", "format": { "style": "decimal", "decimals": 1 },
                                                            "unit": "u", "peer": "p", "peerUnit": "pu", "description": "d", "rules": {} },
                                                          { "id": "b", "ruleSet": "making-data-count", "target": 5, "rules": { "spc": {} } } ] } ],
              "dataIssues": [ { "measures": ["a"], "from": "2019-07", "to": "2019-08", "kind": "outage", "note": "n" } ] }
            """);
        everything.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Reads_the_columns_to_skip_and_the_size_limits_of_the_data()
    {
        var result = Read("""
            { "data": { "monthly": "monthly.xlsx", "ignoreColumns": ["Q1 total", "Direction"],
                        "limits": { "fileMegabytes": 200, "unpackedMegabytes": 1024, "cells": 20000000 } } }
            """);

        result.Diagnostics.ShouldBeEmpty();
        var data = result.Value.ShouldNotBeNull().Data;
        data.IgnoreColumns.ShouldBe(["Q1 total", "Direction"]);
        data.Limits.ShouldBe(new Scorecard.Excel.LoadLimits(200L * 1024 * 1024, 1024L * 1024 * 1024, 20_000_000));
    }

    [Theory]
    [InlineData("\"cells\": 0", "$.data.limits.cells")]
    [InlineData("\"fileMegabytes\": 4096", "$.data.limits.fileMegabytes")]
    public void Refuses_a_size_limit_that_cannot_be_used_at_its_path(string setting, string path)
    {
        var diagnostic = Single(Read("{ \"data\": { \"limits\": { " + setting + " } } }"), "SC0204");

        diagnostic.Location.JsonPath.ShouldBe(path);
        diagnostic.Message.ShouldContain("expected a whole number from 1 to");
    }
}

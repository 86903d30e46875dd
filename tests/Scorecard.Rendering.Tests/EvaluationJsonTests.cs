using System.Text.Json;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;
using Scorecard.Rendering.Json;

namespace Scorecard.Rendering.Tests;

public sealed class EvaluationJsonTests
{
    [Fact]
    public void A_measure_whose_data_lag_keeps_null_figures_at_T_and_gives_its_latest_figures()
    {
        var crime = Fixtures.CrimeResult() with
        {
            Figures = new MeasureFigures(null, 10952, null, null, null, null, PreviousQuarterRolling12: 43523,
                Latest: new LatestFigures(new YearMonth(2019, 6), 43523, 42000, 1523, 3.6)),
        };
        using var doc = JsonDocument.Parse(EvaluationJson.Write(Fixtures.Evaluation(crime)));
        var measure = doc.RootElement.GetProperty("measures")[0];

        measure.GetProperty("rolling12").ValueKind.ShouldBe(JsonValueKind.Null);
        measure.GetProperty("change").GetProperty("absolute").ValueKind.ShouldBe(JsonValueKind.Null);
        measure.GetProperty("previousQuarterRolling12").GetDouble().ShouldBe(43523);
        var latest = measure.GetProperty("latest");
        latest.GetProperty("month").GetString().ShouldBe("2019-06");
        latest.GetProperty("rolling12").GetDouble().ShouldBe(43523);
        latest.GetProperty("previousRolling12").GetDouble().ShouldBe(42000);
        latest.GetProperty("change").GetProperty("absolute").GetDouble().ShouldBe(1523);
        latest.GetProperty("change").GetProperty("percent").GetDouble().ShouldBe(3.6);
    }
}

/// <summary>Issue 13's additions to the JSON contract: the rule set, reason codes, and the XmR chart of a "Making Data Count" measure.</summary>
public sealed class EvaluationJsonRuleSetTests
{
    private static readonly YearMonth T = new(2019, 9);

    /// <summary>24 months of 20 ± 1, then six months in a row at 30: a shift, with the last point beyond the upper limit.</summary>
    private static MonthlySeries Stepped(string id) => new(id, Enumerable.Range(0, 30)
        .Select(i => new MonthlyObservation(new YearMonth(2017, 4).PlusMonths(i), i < 24 ? 20 + (i % 2) : 30)));

    private static JsonElement Measure(JsonDocument doc, string id) =>
        doc.RootElement.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetString() == id);

    private static JsonDocument Write(params (Measure Measure, MonthlySeries Series)[] measures)
    {
        var data = new MeasureData(measures.Select(m => m.Series));
        var evaluation = ScorecardEvaluator.Default.Evaluate(measures.Select(m => (m.Measure, (int?)1)).ToList(), data, PeerData.Empty, null, new FinancialQuarter(2019, 2), T);
        return JsonDocument.Parse(EvaluationJson.Write(evaluation));
    }

    private static Measure Mdc(string id, double? target = null) =>
        new Measure(id, id, MeasureKind.Count, Polarity.LowerIsBetter, ValueFormat.Count, null, null, RuleParameters.Default, Target: target) { RuleSet = RuleSet.MakingDataCount };

    [Fact]
    public void An_mdc_measure_carries_its_rule_set_and_every_point_of_its_xmr_chart_with_the_icons()
    {
        using var doc = Write((Mdc("calls", target: 25), Stepped("calls")));
        var measure = Measure(doc, "calls");

        measure.GetProperty("ruleSet").GetString().ShouldBe("making-data-count");
        measure.GetProperty("target").GetDouble().ShouldBe(25);
        var spc = measure.GetProperty("spc");
        var points = spc.GetProperty("points").EnumerateArray().ToList();
        points.Count.ShouldBe(30);
        points[0].EnumerateObject().Select(p => p.Name).ShouldBe(["month", "value", "mean", "upperLimit", "lowerLimit", "variation"]);
        points[0].GetProperty("month").GetString().ShouldBe("2017-04");
        points[^1].GetProperty("month").GetString().ShouldBe("2019-09");
        points[^1].GetProperty("value").GetDouble().ShouldBe(30);
        points[^1].GetProperty("variation").GetString().ShouldBe("concern");
        // The first 24 months all lie below the mean that the step lifts: a long shift on the low side, good news when lower is better.
        points[0].GetProperty("variation").GetString().ShouldBe("improvement");
        var mean = points[0].GetProperty("mean").GetDouble();
        points[0].GetProperty("upperLimit").GetDouble().ShouldBeGreaterThan(mean);
        points[0].GetProperty("lowerLimit").GetDouble().ShouldBeLessThan(mean);
        spc.GetProperty("variationIcon").GetString().ShouldBe("concern-high");
        spc.GetProperty("assuranceIcon").GetString().ShouldBe("hit-or-miss");
        spc.EnumerateObject().Select(p => p.Name).ShouldBe(["points", "variationIcon", "assuranceIcon"]);
    }

    [Fact]
    public void An_mdc_measures_flags_and_rules_follow_the_dashboard_keys_contract_with_the_lines_as_evidence()
    {
        using var doc = Write((Mdc("calls"), Stepped("calls")));
        var measure = Measure(doc, "calls");

        var flags = measure.GetProperty("flags").EnumerateArray().ToList();
        flags.Select(f => f.GetProperty("id").GetString()).ShouldBe(["spc-single-point-high", "spc-shift-high"]);
        flags.ShouldAllBe(f => f.GetProperty("sentiment").GetString() == "concern");
        var rules = measure.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).ShouldBe(RuleSet.MakingDataCount.Key.Select(d => d.Id));
        var single = rules.Single(r => r.GetProperty("id").GetString() == "spc-single-point-high");
        single.GetProperty("status").GetString().ShouldBe("fired");
        var lines = single.GetProperty("evidence").GetProperty("lines");
        lines.GetProperty("upperLimit").GetDouble().ShouldBe(single.GetProperty("evidence").GetProperty("threshold").GetDouble());
        lines.GetProperty("sigma").GetDouble().ShouldBeGreaterThan(0);
        var shift = rules.Single(r => r.GetProperty("id").GetString() == "spc-shift-high");
        shift.GetProperty("evidence").GetProperty("tested").GetArrayLength().ShouldBe(6);
        doc.RootElement.GetProperty("key").EnumerateArray().ShouldAllBe(k => k.GetProperty("ruleSet").GetString() == "making-data-count");
    }

    [Fact]
    public void A_dashboard_key_measure_names_its_set_and_has_no_chart()
    {
        var crime = new Measure("crime", "Crime", MeasureKind.Count, Polarity.LowerIsBetter, ValueFormat.Count, null, null, RuleParameters.Default);
        using var doc = Write((crime, Stepped("crime")), (Mdc("calls"), Stepped("calls")));
        var measure = Measure(doc, "crime");

        measure.GetProperty("ruleSet").GetString().ShouldBe("dashboard-key");
        measure.GetProperty("spc").ValueKind.ShouldBe(JsonValueKind.Null);
        measure.GetProperty("target").ValueKind.ShouldBe(JsonValueKind.Null);
        var key = doc.RootElement.GetProperty("key").EnumerateArray().Select(k => (k.GetProperty("ruleSet").GetString(), k.GetProperty("id").GetString())).ToList();
        key.ShouldBe(RuleSet.DashboardKey.Key.Select(d => ("dashboard-key", d.Id)).Concat(RuleSet.MakingDataCount.Key.Select(d => ("making-data-count", d.Id))).Select(x => ((string?)x.Item1, (string?)x.Id)));
    }

    [Fact]
    public void A_rule_not_evaluated_gives_its_reason_code_and_the_figures_of_its_reason()
    {
        var shortSeries = new MonthlySeries("calls", Enumerable.Range(0, 10).Select(i => new MonthlyObservation(T.PlusMonths(i - 9), 20 + i)));
        var crime = new Measure("crime", "Crime", MeasureKind.Count, Polarity.LowerIsBetter, ValueFormat.Count, null, null, RuleParameters.Default);
        using var doc = Write((Mdc("calls"), shortSeries), (crime, new MonthlySeries("crime", Enumerable.Range(0, 24).Where(i => i != 22).Select(i => new MonthlyObservation(T.PlusMonths(i - 23), 100 + i)))));

        var spc = Measure(doc, "calls").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "spc-shift-high");
        spc.GetProperty("status").GetString().ShouldBe("not-evaluated");
        spc.GetProperty("reasonCode").GetString().ShouldBe(ReasonCodes.TooFewPoints);
        spc.GetProperty("reason").GetString().ShouldBe("10 points; process limits need at least 13");
        Measure(doc, "calls").GetProperty("spc").GetProperty("variationIcon").GetString().ShouldBe("none");

        var rules = Measure(doc, "crime").GetProperty("rules").EnumerateArray().ToList();
        var spike = rules.Single(r => r.GetProperty("id").GetString() == "spike-high");
        spike.GetProperty("reasonCode").ValueKind.ShouldBe(JsonValueKind.Null);
        spike.GetProperty("reasonMonths").ValueKind.ShouldBe(JsonValueKind.Null);
        var missing = rules.First(r => r.GetProperty("reasonCode").ValueKind == JsonValueKind.String && r.GetProperty("reasonCode").GetString() == ReasonCodes.MonthsMissing);
        missing.GetProperty("reasonMonths").EnumerateArray().Select(m => m.GetString()).ShouldBe(["2019-08"]);
        var peers = rules.Single(r => r.GetProperty("id").GetString() == "peers-above");
        peers.GetProperty("reasonCode").GetString().ShouldBe(ReasonCodes.NoPeerComparison);
    }

    [Fact]
    public void Flags_and_the_key_say_the_configured_run_length()
    {
        var rules = RuleParameters.Default with { Run = new RunParameters(Length: 6) };
        var measure = new Measure("calls", "Calls", MeasureKind.Count, Polarity.LowerIsBetter, ValueFormat.Count, null, null, rules);
        using var doc = Write((measure, Stepped("calls")));

        var flag = Measure(doc, "calls").GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "run-above");
        flag.GetProperty("text").GetString()!.ShouldContain("6");
        flag.GetProperty("text").GetString()!.ShouldNotContain("8");
        var key = doc.RootElement.GetProperty("key").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "run-above");
        key.GetProperty("text").GetString().ShouldBe(flag.GetProperty("text").GetString());
    }
}

using Scorecard.Core.Peers;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Tests;

public sealed class EvaluatorTests
{
    [Fact]
    public void The_dashboard_key_lists_its_sixteen_symbols_in_the_reference_reports_order()
    {
        RuleSet.DashboardKey.Key.Select(d => d.Id).ShouldBe(
        [
            "peers-above", "peers-in-line-above", "peers-in-line-below", "peers-below",
            "spike-high", "shift-high", "run-above", "trend-up", "rolling-trend-up",
            "spike-low", "shift-low", "run-below", "trend-down", "rolling-trend-down",
            "peers-trend-differs", "no-data",
        ]);
        RuleSet.DashboardKey.Find("run-above")!.KeyText.ShouldBe("The last 8 months have all been above the Average for the past 24 months");
    }

    [Fact]
    public void Every_mirror_points_back_and_the_other_way()
    {
        foreach (var d in RuleSet.DashboardKey.Key.Where(d => d.Mirror is not null))
        {
            var mirror = RuleSet.DashboardKey.Find(d.Mirror!)!;
            mirror.Mirror.ShouldBe(d.Id);
            mirror.Direction.ShouldNotBe(d.Direction);
        }
    }

    [Fact]
    public void Reports_every_rule_in_key_order_with_figures_and_peers()
    {
        var series = Build.Series(new YearMonth(2017, 9), Build.Alternating(24).Append(130));
        var peers = new PeerData([new PeerObservation("k", "Wiltshire", Build.September2019, 60), new PeerObservation("k", "Dorset", Build.September2019, 70)]);
        var result = ScorecardEvaluator.Default.Evaluate(
            Build.Measure(polarity: Polarity.LowerIsBetter, peerKey: "k"), 1, series, peers, new PeerGroup("Wiltshire", ["Dorset"]), Build.September2019);

        result.Outcomes.Select(o => o.Id).ShouldBe(RuleSet.DashboardKey.Key.Select(d => d.Id));
        result.Outcome(RuleIds.SpikeHigh)!.Sentiment.ShouldBe(Sentiment.Concern);
        result.Outcome(RuleIds.PeersInLineBelow)!.Sentiment.ShouldBe(Sentiment.Improvement);
        result.Outcomes.Where(o => !o.Fired).ShouldAllBe(o => o.Sentiment == null);
        result.Peers!.ComparisonMonth.ShouldBe(Build.September2019);
        result.Figures.LatestMonthValue.ShouldBe(130);
        result.PriorityNumber.ShouldBe(1);
    }

    [Fact]
    public void Evaluates_a_whole_report_in_the_order_given()
    {
        var data = new MeasureData([Build.Ending(Build.September2019, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)]);
        var evaluation = ScorecardEvaluator.Default.Evaluate(
            [(Build.Measure(id: "missing"), 2), (Build.Measure(), 1)], data, PeerData.Empty, null, new FinancialQuarter(2019, 2), Build.September2019);

        evaluation.Measures.Select(m => m.Measure.Id).ShouldBe(["missing", "m"]);
        evaluation.Measures[0].Outcome(RuleIds.NoData)!.Fired.ShouldBeTrue();
        evaluation.Measures[1].Outcome(RuleIds.TrendUp)!.Fired.ShouldBeTrue();
        evaluation.Key.ShouldBe(RuleSet.DashboardKey.Key);
    }

    [Fact]
    public void A_second_rule_set_is_one_class_and_one_registration()
    {
        var set = new RuleSet("test", "test", [new NoDataRule(), new LastMonthAboveZeroRule()]);
        var result = new ScorecardEvaluator(set).Evaluate(Build.Measure(), null, Build.Ending(Build.September2019, 3), PeerData.Empty, null, Build.September2019);

        result.Outcomes.Select(o => o.Id).ShouldBe(["no-data", "above-zero"]);
        result.Outcome("above-zero")!.Fired.ShouldBeTrue();
    }

    [Fact]
    public void A_rule_set_refuses_two_rules_with_one_id()
    {
        Should.Throw<ArgumentException>(() => new RuleSet("twice", "twice", [new SpikeRule(), new SpikeRule()]));
    }

    private sealed class LastMonthAboveZeroRule : IRule
    {
        private static readonly RuleDefinition Definition = new("above-zero", "Above zero", RuleDirection.High, RuleGroup.ExceptionHigh, null, "Above zero");

        public IReadOnlyList<RuleDefinition> Definitions { get; } = [Definition];

        public IReadOnlyList<RuleOutcome> Evaluate(RuleContext context) =>
            [context.Decide(Definition, context.ValueAt(context.Month) > 0, Evidence.None)];
    }
}

public sealed class ArchitectureTests
{
    [Fact]
    public void Core_references_none_of_the_loading_or_rendering_libraries()
    {
        var references = typeof(ScorecardEvaluator).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        references.ShouldNotContain(n => n.StartsWith("ClosedXML", StringComparison.OrdinalIgnoreCase)
            || n.StartsWith("Scriban", StringComparison.OrdinalIgnoreCase)
            || n.StartsWith("CsvHelper", StringComparison.OrdinalIgnoreCase));
        references.ShouldContain("NodaTime");
    }
}

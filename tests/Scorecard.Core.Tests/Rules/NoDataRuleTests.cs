using Scorecard.Core.Peers;

namespace Scorecard.Core.Tests.Rules;

public sealed class NoDataRuleTests
{
    [Fact]
    public void Fires_when_no_value_was_recorded_in_the_12_months_to_the_reporting_month()
    {
        var series = Build.Ending(new YearMonth(2018, 9), 1, 2, 3);
        var outcome = new NoDataRule().Evaluate(Build.Context(series)).Single();

        outcome.Status.ShouldBe(RuleStatus.Fired);
        outcome.Sentiment.ShouldBe(Sentiment.Attention);
        outcome.Evidence.Window.ShouldBe("2018-10..2019-09");
    }

    [Fact]
    public void Does_not_fire_when_one_month_of_the_12_has_a_value()
    {
        new NoDataRule().Evaluate(Build.Context(Build.Ending(new YearMonth(2018, 10), 1))).Single().Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void Zero_is_a_value()
    {
        new NoDataRule().Evaluate(Build.Context(Build.Ending(Build.September2019, 0))).Single().Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void Values_after_the_reporting_month_do_not_count()
    {
        new NoDataRule().Evaluate(Build.Context(Build.Ending(new YearMonth(2019, 12), 5, 5, 5))).Single().Status.ShouldBe(RuleStatus.Fired);
    }

    [Fact]
    public void Suppresses_every_other_rule_the_peer_rules_included()
    {
        var peers = new PeerData([new PeerObservation("k", "Wiltshire", Build.September2019, 60), new PeerObservation("k", "Dorset", Build.September2019, 70)]);
        var group = new PeerGroup("Wiltshire", ["Dorset"]);
        var result = ScorecardEvaluator.Default.Evaluate(Build.Measure(peerKey: "k"), 1, Build.Ending(new YearMonth(2018, 6), 1, 2), peers, group, Build.September2019);

        result.Outcome(RuleIds.NoData)!.Status.ShouldBe(RuleStatus.Fired);
        result.Outcomes.Where(o => o.Id != RuleIds.NoData)
            .ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == "no data in the 12 months to September 2019");
    }

    [Fact]
    public void A_measure_with_no_series_at_all_has_no_data()
    {
        var result = ScorecardEvaluator.Default.Evaluate(Build.Measure(), null, null, PeerData.Empty, null, Build.September2019);

        result.Flags.Single().Id.ShouldBe(RuleIds.NoData);
        result.Figures.Quarter.ShouldBeNull();
    }
}

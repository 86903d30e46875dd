using Scorecard.Core.Peers;

namespace Scorecard.Core.Tests.Rules;

public sealed class PeerPositionRuleTests
{
    private static readonly YearMonth June2019 = new(2019, 6);

    internal static PeerData Peers(YearMonth month, params (string Force, double Value)[] values) =>
        new(values.Select(v => new PeerObservation("crime-rate", v.Force, month, v.Value)).ToList());

    internal static RuleContext Context(PeerData peers, PeerParameters? parameters = null, string[]? members = null, string? peerKey = "crime-rate")
    {
        var rules = RuleParameters.Default with { Peers = parameters ?? new PeerParameters() };
        var group = new PeerGroup("Wiltshire", members ?? ["Dorset", "Devon"]);
        return new RuleContext(Build.Measure(rules: rules, peerKey: peerKey), null, Build.September2019, peers, group);
    }

    private static string Fired(RuleContext context) => new PeerPositionRule().Evaluate(context).Single(o => o.Fired).Id;

    [Theory]
    [InlineData(3, RuleIds.PeersInLineAbove)] // v = μ + σ exactly: in line, not greater
    [InlineData(2, RuleIds.PeersInLineAbove)] // v = μ
    [InlineData(1, RuleIds.PeersInLineBelow)] // v = μ − σ exactly
    public void The_edges_of_the_band_are_in_line(double self, string expected)
    {
        // Values {1, 2, 3}: μ = 2, σ = 1 exactly.
        var others = new[] { 1.0, 2.0, 3.0 }.Where(v => v != self).ToArray();
        var peers = Peers(June2019, ("Wiltshire", self), ("Dorset", others[0]), ("Devon", others[1]));

        Fired(Context(peers)).ShouldBe(expected);
    }

    [Fact]
    public void Fires_greater_than_peers_above_the_mean_plus_k_sd_with_its_evidence()
    {
        var outcomes = new PeerPositionRule().Evaluate(Context(Peers(June2019, ("Wiltshire", 10), ("Dorset", 1), ("Devon", 2), ("Avon", 3)), members: ["Dorset", "Devon", "Avon"]));

        var above = outcomes.Outcome(RuleIds.PeersAbove);
        above.Status.ShouldBe(RuleStatus.Fired);
        outcomes.Count(o => o.Fired).ShouldBe(1);
        above.Evidence.Mean.ShouldBe(4);
        above.Evidence.Sd!.Value.ShouldBe(Math.Sqrt(50.0 / 3), 1e-12);
        above.Evidence.Threshold!.Value.ShouldBe(4 + Math.Sqrt(50.0 / 3), 1e-12);
        above.Evidence.Value.ShouldBe(10);
        above.Evidence.PeerCount.ShouldBe(4);
        above.Evidence.ComparisonMonth.ShouldBe(June2019);
    }

    [Fact]
    public void Fires_less_than_peers_below_the_mean_minus_k_sd()
    {
        Fired(Context(Peers(June2019, ("Wiltshire", 1), ("Dorset", 10), ("Devon", 11), ("Avon", 12)), members: ["Dorset", "Devon", "Avon"]))
            .ShouldBe(RuleIds.PeersBelow);
    }

    [Fact]
    public void Uses_the_latest_month_at_which_the_force_and_half_its_peers_have_figures()
    {
        var peers = new PeerData(
        [
            .. Peers(June2019, ("Wiltshire", 5), ("Dorset", 4), ("Devon", 6), ("Avon", 5)).Observations,
            .. Peers(Build.September2019, ("Wiltshire", 9), ("Dorset", 1)).Observations,
        ]);
        var context = Context(peers, members: ["Dorset", "Devon", "Avon", "Kent"]);

        context.Peers.Comparison!.ComparisonMonth.ShouldBe(June2019);
        context.Peers.Comparison.ForceValue.ShouldBe(5);
    }

    [Fact]
    public void Is_not_evaluated_when_the_peer_figures_are_older_than_12_months()
    {
        var outcomes = new PeerPositionRule().Evaluate(Context(Peers(new YearMonth(2018, 8), ("Wiltshire", 5), ("Dorset", 4), ("Devon", 6))));

        outcomes.ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated
            && o.Reason == "no month within 12 months of September 2019 with figures for Wiltshire and at least 1 of its 2 peers");
    }

    [Fact]
    public void Is_not_evaluated_without_peer_data_for_the_measure()
    {
        var peers = Peers(June2019, ("Wiltshire", 5), ("Dorset", 4));

        new PeerPositionRule().Evaluate(Context(peers, peerKey: null)).ShouldAllBe(o => o.ReasonCode == ReasonCodes.NoPeerComparison && o.Reason == "no peer comparison is configured for this measure");
        new PeerPositionRule().Evaluate(Context(peers, peerKey: "other")).ShouldAllBe(o => o.ReasonCode == ReasonCodes.NoPeerData && o.Reason == "no peer data for this measure");
        new PeerTrendRule().Evaluate(Context(PeerData.Empty)).Single().Reason.ShouldBe("no peer data for this measure");
    }

    [Fact]
    public void Leaves_the_force_out_of_the_group_figures_when_include_self_is_off()
    {
        var peers = Peers(June2019, ("Wiltshire", 10), ("Dorset", 1), ("Devon", 3));

        Context(peers).Peers.Comparison!.GroupMean.ShouldBe(14.0 / 3, 1e-12);
        var without = Context(peers, new PeerParameters(IncludeSelf: false));
        without.Peers.Comparison!.GroupMean.ShouldBe(2);
        without.Peers.Comparison.GroupSd.ShouldBe(Math.Sqrt(2), 1e-12);
        without.Peers.PeerCount.ShouldBe(2);
    }

    [Fact]
    public void A_weighted_average_weights_each_force_by_its_population()
    {
        var peers = new PeerData(
        [
            new PeerObservation("crime-rate", "Wiltshire", June2019, 60, 700_000),
            new PeerObservation("crime-rate", "Dorset", June2019, 70, 800_000),
            new PeerObservation("crime-rate", "Devon", June2019, 80, 1_500_000),
        ]);

        var comparison = Context(peers, new PeerParameters(Average: PeerAverage.Weighted)).Peers.Comparison!;
        comparison.GroupMean.ShouldBe(((60 * 0.7) + (70 * 0.8) + (80 * 1.5)) / 3.0, 1e-9);
        comparison.Average.ShouldBe(PeerAverage.Weighted);
    }

    [Fact]
    public void Ranks_the_forces_highest_first()
    {
        var comparison = Context(Peers(June2019, ("Wiltshire", 61.2), ("Dorset", 73), ("Devon", 50))).Peers.Comparison!;

        comparison.Rank.ShouldBe(2);
        comparison.Points.Select(p => p.Force).ShouldBe(["Dorset", "Wiltshire", "Devon"]);
        comparison.Points.Single(p => p.IsSelf).Force.ShouldBe("Wiltshire");
    }
}

public sealed class PeerTrendRuleTests
{
    private static readonly YearMonth June2019 = new(2019, 6);
    private static readonly YearMonth June2018 = new(2018, 6);

    private static PeerData TwoYears((double Before, double Now) self, (double Before, double Now) dorset, (double Before, double Now) devon) =>
        new(
        [
            .. PeerPositionRuleTests.Peers(June2018, ("Wiltshire", self.Before), ("Dorset", dorset.Before), ("Devon", devon.Before)).Observations,
            .. PeerPositionRuleTests.Peers(June2019, ("Wiltshire", self.Now), ("Dorset", dorset.Now), ("Devon", devon.Now)).Observations,
        ]);

    private static RuleOutcome Evaluate(PeerData peers) => new PeerTrendRule().Evaluate(PeerPositionRuleTests.Context(peers)).Single();

    [Fact]
    public void Fires_when_the_force_and_the_group_move_opposite_ways_by_more_than_5_points()
    {
        // Force 100 → 110 (+10 %); group mean (100 + 200 + 300) ÷ 3 = 200 → (110 + 160 + 250) ÷ 3 = 173.33 (−13.3 %).
        var outcome = Evaluate(TwoYears((100, 110), (200, 160), (300, 250)));

        outcome.Status.ShouldBe(RuleStatus.Fired);
        outcome.Sentiment.ShouldBe(Sentiment.Attention);
        outcome.Evidence.ForceChangePercent!.Value.ShouldBe(10, 1e-9);
        outcome.Evidence.GroupChangePercent!.Value.ShouldBe(((520.0 / 3) - 200) / 200 * 100, 1e-9);
    }

    [Fact]
    public void Does_not_fire_when_both_move_the_same_way()
    {
        Evaluate(TwoYears((100, 110), (200, 240), (300, 330))).Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void Does_not_fire_when_opposite_changes_differ_by_5_points_or_less()
    {
        // Force +2 %; group (100 + 100 + 100) → (102 + 95 + 95): −2.67 %, a difference of 4.67 points.
        Evaluate(TwoYears((100, 102), (100, 95), (100, 95))).Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void Is_not_evaluated_without_figures_twelve_months_earlier()
    {
        var outcome = Evaluate(PeerPositionRuleTests.Peers(June2019, ("Wiltshire", 5), ("Dorset", 4), ("Devon", 6)));

        outcome.Status.ShouldBe(RuleStatus.NotEvaluated);
        outcome.Reason.ShouldBe("no peer figures for June 2018, 12 months before June 2019");
    }
}

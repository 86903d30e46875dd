using CsCheck;
using Scorecard.Core.Peers;

namespace Scorecard.Core.Tests;

/// <summary>Invariants of the time-series rules over random series of integers (exact in floating point).</summary>
public sealed class PropertyTests
{
    private static readonly YearMonth First = new(2016, 10);

    /// <summary>36 months ending September 2019, each an integer 0..400 or missing (about 1 in 12).</summary>
    private static readonly Gen<double?[]> Values =
        Gen.Frequency((11, Gen.Int[0, 400].Select(i => (double?)i)), (1, Gen.Const((double?)null))).Array[36];

    /// <summary>A trending, stepped or flat series, so that rules fire often enough to test.</summary>
    private static readonly Gen<double?[]> Shaped =
        Gen.Select(Values, Gen.Int[-20, 20], Gen.Int[0, 200], (v, slope, step) =>
            v.Select((x, i) => x is null ? null : (double?)(Math.Round(x.Value / 8) + 500 + (slope * i) + (i >= 28 ? step : 0))).ToArray());

    private static IReadOnlyList<RuleOutcome> Evaluate(double?[] values) =>
        ScorecardEvaluator.Default.Evaluate(Build.Measure(), null, Build.Series(First, values), PeerData.Empty, null, Build.September2019).Outcomes;

    private static string Statuses(IEnumerable<RuleOutcome> outcomes) => string.Join(",", outcomes.Select(o => $"{o.Id}:{o.Status}"));

    [Fact]
    public void A_rule_and_its_mirror_never_both_fire()
    {
        Gen.OneOf(Values, Shaped).Sample(values =>
        {
            var fired = Evaluate(values).Where(o => o.Fired).ToList();
            return !fired.Any(o => o.Rule.Mirror is { } mirror && fired.Any(f => f.Id == mirror));
        });
    }

    [Fact]
    public void Adding_a_constant_changes_no_flag()
    {
        Gen.Select(Gen.OneOf(Values, Shaped), Gen.Int[-300, 300]).Sample((values, c) =>
            Statuses(Evaluate(values)) == Statuses(Evaluate(values.Select(v => v + c).ToArray())));
    }

    [Fact]
    public void Scaling_by_a_positive_factor_changes_no_flag()
    {
        Gen.Select(Gen.OneOf(Values, Shaped), Gen.Int[0, 4].Select(i => new[] { 2.0, 3.0, 0.5, 10.0, 0.25 }[i])).Sample((values, factor) =>
            Statuses(Evaluate(values)) == Statuses(Evaluate(values.Select(v => v * factor).ToArray())));
    }

    [Fact]
    public void No_data_suppresses_every_other_rule()
    {
        Gen.Select(Values, Gen.Int[12, 36]).Sample((values, blank) =>
        {
            var emptied = values.Select((v, i) => i >= 36 - blank ? null : v).ToArray();
            var peers = new PeerData([new PeerObservation("k", "Wiltshire", Build.September2019, 1), new PeerObservation("k", "Dorset", Build.September2019, 2)]);
            var outcomes = ScorecardEvaluator.Default.Evaluate(
                Build.Measure(peerKey: "k"), null, Build.Series(First, emptied), peers, new PeerGroup("Wiltshire", ["Dorset"]), Build.September2019).Outcomes;
            return outcomes.Single(o => o.Id == RuleIds.NoData).Fired
                && outcomes.Where(o => o.Id != RuleIds.NoData).All(o => o.Status == RuleStatus.NotEvaluated);
        });
    }

    [Fact]
    public void Exactly_one_peer_level_symbol_fires_whenever_they_are_evaluated()
    {
        Gen.Int[0, 1000].Array[2, 9].Sample(values =>
        {
            var forces = values.Select((v, i) => new PeerObservation("k", $"F{i}", Build.September2019, v / 10.0)).ToList();
            var context = new RuleContext(Build.Measure(peerKey: "k"), null, Build.September2019, new PeerData(forces),
                new PeerGroup("F0", forces.Skip(1).Select(f => f.Force).ToList()));
            return new PeerPositionRule().Evaluate(context).Count(o => o.Fired) == 1;
        });
    }
}

namespace Scorecard.Core.Rules;

/// <summary>The dashboard key's parameters: <c>coverage</c> and the <c>spike</c>, <c>shift</c>, <c>run</c>, <c>trend</c>, <c>rollingTrend</c>, <c>noData</c> and <c>peers</c> blocks.</summary>
public sealed class DashboardKeyParameters : RuleSetParameters
{
    private static readonly string[] SpikeKeys = ["window", "k", "alignment"];
    private static readonly string[] ShiftKeys = ["length", "window", "k", "alignment"];
    private static readonly string[] RunKeys = ["length", "window", "alignment"];
    private static readonly string[] TrendKeys = ["window", "alpha"];
    private static readonly string[] PeerKeys = ["k", "trendDifference", "includeSelf", "average", "maxLagMonths", "minimumPeerShare"];

    private static readonly Dictionary<string, WindowAlignment> Alignments = new(StringComparer.Ordinal)
    {
        ["previous"] = WindowAlignment.Previous,
        ["trailing"] = WindowAlignment.Trailing,
    };

    private static readonly Dictionary<string, PeerAverage> Averages = new(StringComparer.Ordinal)
    {
        ["mean"] = PeerAverage.Mean,
        ["weighted"] = PeerAverage.Weighted,
    };

    public override IReadOnlyList<string> Blocks { get; } = ["coverage", "spike", "shift", "run", "trend", "rollingTrend", "noData", "peers"];

    public override RuleParameters Bind(IParameterSource rules, RuleParameters baseline)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(baseline);
        var result = baseline with { Coverage = rules.Number("coverage") ?? baseline.Coverage };
        if (rules.Block("spike", SpikeKeys) is { } s)
        {
            result = result with
            {
                Spike = new SpikeParameters(
                    s.Integer("window") ?? baseline.Spike.Window,
                    s.Number("k") ?? baseline.Spike.K,
                    s.Choice("alignment", Alignments) ?? baseline.Spike.Alignment),
            };
        }

        if (rules.Block("shift", ShiftKeys) is { } sh)
        {
            result = result with
            {
                Shift = new ShiftParameters(
                    sh.Integer("length") ?? baseline.Shift.Length,
                    sh.Integer("window") ?? baseline.Shift.Window,
                    sh.Number("k") ?? baseline.Shift.K,
                    sh.Choice("alignment", Alignments) ?? baseline.Shift.Alignment),
            };
        }

        if (rules.Block("run", RunKeys) is { } ru)
        {
            result = result with
            {
                Run = new RunParameters(
                    ru.Integer("length") ?? baseline.Run.Length,
                    ru.Integer("window") ?? baseline.Run.Window,
                    ru.Choice("alignment", Alignments) ?? baseline.Run.Alignment),
            };
        }

        if (rules.Block("trend", TrendKeys) is { } t)
        {
            result = result with { Trend = new TrendParameters(t.Integer("window") ?? baseline.Trend.Window, t.Number("alpha") ?? baseline.Trend.Alpha) };
        }

        if (rules.Block("rollingTrend", TrendKeys) is { } rt)
        {
            result = result with
            {
                RollingTrend = new TrendParameters(rt.Integer("window") ?? baseline.RollingTrend.Window, rt.Number("alpha") ?? baseline.RollingTrend.Alpha),
            };
        }

        result = NoDataBlock.Bind(rules, result, baseline);
        if (rules.Block("peers", PeerKeys) is { } p)
        {
            var b = baseline.Peers;
            result = result with
            {
                Peers = new PeerParameters(
                    p.Number("k") ?? b.K,
                    p.Number("trendDifference") ?? b.TrendDifference,
                    p.Boolean("includeSelf") ?? b.IncludeSelf,
                    p.Choice("average", Averages) ?? b.Average,
                    p.Integer("maxLagMonths") ?? b.MaxLagMonths,
                    p.Number("minimumPeerShare") ?? b.MinimumPeerShare),
            };
        }

        return result;
    }
}

/// <summary>The <c>noData</c> block, which both rule sets read (both have the no-data symbol).</summary>
internal static class NoDataBlock
{
    private static readonly string[] Keys = ["window"];

    public static RuleParameters Bind(IParameterSource rules, RuleParameters result, RuleParameters baseline) =>
        rules.Block("noData", Keys) is { } nd
            ? result with { NoData = new NoDataParameters(nd.Integer("window") ?? baseline.NoData.Window) }
            : result;
}

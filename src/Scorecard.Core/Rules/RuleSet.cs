using Scorecard.Core.Evaluation;

namespace Scorecard.Core.Rules;

/// <summary>
/// A named set of rules and the key that lists their symbols. <see cref="DashboardKey"/> is the
/// reference report's key; <see cref="MakingDataCount"/> is the NHS "Making Data Count" XmR set,
/// built the same way from its own rule classes.
/// </summary>
public sealed class RuleSet
{
    /// <param name="name">What the report calls the set ("dashboard key").</param>
    /// <param name="rules">The rules; gate rules (<see cref="ISuppressingRule"/>) are evaluated first.</param>
    /// <param name="keyOrder">Every rule id, in the order the key lists them; null to keep the rules' own order.</param>
    public RuleSet(string name, IEnumerable<IRule> rules, IEnumerable<string>? keyOrder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        Name = name;
        Rules = rules.ToList();
        var definitions = Rules.SelectMany(r => r.Definitions).ToList();
        var byId = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!byId.TryAdd(definition.Id, definition))
            {
                throw new ArgumentException($"Two rules define {definition.Id}.", nameof(rules));
            }
        }

        foreach (var definition in definitions.Where(d => d.Mirror is not null && !byId.ContainsKey(d.Mirror)))
        {
            throw new ArgumentException($"{definition.Id} names the mirror {definition.Mirror}, which no rule of the set defines.", nameof(rules));
        }

        var order = keyOrder?.ToList() ?? definitions.Select(d => d.Id).ToList();
        if (order.Count != byId.Count || order.Distinct(StringComparer.Ordinal).Count() != order.Count || !order.All(byId.ContainsKey))
        {
            throw new ArgumentException($"The key order must list each of {string.Join(", ", byId.Keys)} once.", nameof(keyOrder));
        }

        Key = order.Select(id => byId[id]).ToList();
    }

    public string Name { get; }

    /// <summary>The rules, in registration order.</summary>
    public IReadOnlyList<IRule> Rules { get; }

    /// <summary>Every symbol of the set, in the key's order: the order outcomes are reported in.</summary>
    public IReadOnlyList<RuleDefinition> Key { get; }

    /// <summary>The symbol with <paramref name="id"/>, or null.</summary>
    public RuleDefinition? Find(string id) => Key.FirstOrDefault(d => d.Id == id);

    /// <summary>True when the set judges measures on an XmR chart (it has <see cref="XmrRule"/>s): its results then carry the chart.</summary>
    public bool UsesXmrCharts => Rules.Any(r => r is XmrRule);

    /// <summary>
    /// The reference report's dashboard key: sixteen symbols, listed as the Quarter Two 2019-20
    /// report lists them (peers; the high exceptions; the low exceptions; does not trend with
    /// peers; no data).
    /// </summary>
    public static RuleSet DashboardKey { get; } = new(
        "dashboard key",
        [
            new NoDataRule(),
            new PeerPositionRule(),
            new SpikeRule(),
            new ShiftRule(),
            new RunRule(),
            new TrendRule(),
            new RollingTrendRule(),
            new PeerTrendRule(),
        ],
        [
            RuleIds.PeersAbove,
            RuleIds.PeersInLineAbove,
            RuleIds.PeersInLineBelow,
            RuleIds.PeersBelow,
            RuleIds.SpikeHigh,
            RuleIds.ShiftHigh,
            RuleIds.RunAbove,
            RuleIds.TrendUp,
            RuleIds.RollingTrendUp,
            RuleIds.SpikeLow,
            RuleIds.ShiftLow,
            RuleIds.RunBelow,
            RuleIds.TrendDown,
            RuleIds.RollingTrendDown,
            RuleIds.PeersTrendDiffers,
            RuleIds.NoData,
        ]);

    /// <summary>
    /// The NHS England "Making Data Count" XmR rules (Single Chart Tool v5): a point beyond a
    /// process limit, a shift of 6 on one side of the mean, a trend of 6 rising or falling, two of
    /// three near a limit; the high-side symbols, then the low-side ones, then no data (which, as in
    /// the dashboard key, leaves the others not evaluated).
    /// </summary>
    public static RuleSet MakingDataCount { get; } = new(
        "making data count",
        [
            new NoDataRule(),
            new SpcSinglePointRule(),
            new SpcShiftRule(),
            new SpcTrendRule(),
            new SpcTwoSigmaRule(),
        ],
        [
            RuleIds.SpcSinglePointHigh,
            RuleIds.SpcShiftHigh,
            RuleIds.SpcTrendUp,
            RuleIds.SpcTwoSigmaHigh,
            RuleIds.SpcSinglePointLow,
            RuleIds.SpcShiftLow,
            RuleIds.SpcTrendDown,
            RuleIds.SpcTwoSigmaLow,
            RuleIds.NoData,
        ]);
}

using Scorecard.Core.Evaluation;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Rules;

/// <summary>How a rule set's measures are charted: the dashboard key's bands, or an XmR chart.</summary>
public enum RuleSetChart
{
    /// <summary>The monthly figures with the shift test's average and band and the spike test's lines.</summary>
    Bands,

    /// <summary>An XmR chart: process limits, points coloured by variation, the icons.</summary>
    Xmr,
}

/// <summary>
/// The symbols whose evidence gives a band chart its lines: the band (its average and ±k SD), the
/// run test's average when it is the same window, and the spike test's ±k SD lines.
/// </summary>
public sealed record BandChartRules(string Band, string? Run, string? Spike);

/// <summary>A group of the key's symbols, as the key lists them under a title.</summary>
public sealed record KeyGroup(string Title, IReadOnlyList<RuleDefinition> Symbols);

/// <summary>
/// A rule set as one unit: its rules, the key that lists their symbols (order, groups, words
/// built from the parameters), its parameters (the blocks of <c>rules</c> it reads, bound and
/// checked by the set itself: <see cref="Parameters"/>) and how its measures are charted. The
/// configuration chooses a set by <see cref="Id"/> (<c>"ruleSet"</c>), for the report or a
/// measure; nothing outside Core needs to know a set's rules by name.
/// <see cref="DashboardKey"/> is the reference report's key; <see cref="MakingDataCount"/> is the
/// NHS "Making Data Count" XmR set.
/// </summary>
public sealed class RuleSet
{
    /// <param name="id">The configuration's name for the set: "dashboard-key".</param>
    /// <param name="name">What the report calls the set ("dashboard key").</param>
    /// <param name="rules">The rules; gate rules (<see cref="ISuppressingRule"/>) are evaluated first.</param>
    /// <param name="keyOrder">Every rule id, in the order the key lists them; null to keep the rules' own order.</param>
    /// <param name="groups">The key's groups: a title and the ids under it, covering every id once; null for one group.</param>
    public RuleSet(
        string id,
        string name,
        IEnumerable<IRule> rules,
        IEnumerable<string>? keyOrder = null,
        RuleSetParameters? parameters = null,
        IEnumerable<(string Title, IReadOnlyList<string> Ids)>? groups = null,
        RuleSetChart chart = RuleSetChart.Bands,
        string? title = null,
        string? description = null,
        BandChartRules? bandRules = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        Id = id;
        Name = name;
        Title = title ?? name;
        Description = description ?? string.Empty;
        Parameters = parameters ?? new DashboardKeyParameters();
        Chart = chart;
        BandRules = bandRules;
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

        Key = order.Select(i => byId[i]).ToList();
        _owner = Rules.SelectMany(r => r.Definitions.Select(d => (d.Id, Rule: r))).ToDictionary(x => x.Id, x => x.Rule, StringComparer.Ordinal);
        var groupList = groups?.ToList() ?? [(Title, order)];
        var grouped = groupList.SelectMany(g => g.Ids).ToList();
        if (grouped.Count != byId.Count || grouped.Distinct(StringComparer.Ordinal).Count() != grouped.Count || !grouped.All(byId.ContainsKey))
        {
            throw new ArgumentException($"The key's groups must list each of {string.Join(", ", byId.Keys)} once.", nameof(groups));
        }

        KeyGroups = groupList.Select(g => new KeyGroup(g.Title, g.Ids.Select(i => byId[i]).ToList())).ToList();
    }

    private readonly Dictionary<string, IRule> _owner;

    /// <summary>The configuration's name for the set: "dashboard-key", "making-data-count".</summary>
    public string Id { get; }

    /// <summary>What prose calls the set: "dashboard key".</summary>
    public string Name { get; }

    /// <summary>The heading of the set's key in the report: "Performance dashboard key".</summary>
    public string Title { get; }

    /// <summary>What the set's symbols are, in a sentence or two for the key's introduction.</summary>
    public string Description { get; }

    /// <summary>The set's parameters: the blocks of <c>rules</c> it reads, bound and checked by the set.</summary>
    public RuleSetParameters Parameters { get; }

    /// <summary>How the set's measures are charted.</summary>
    public RuleSetChart Chart { get; }

    /// <summary>For a band chart, the symbols whose evidence gives its lines; null when the set draws none.</summary>
    public BandChartRules? BandRules { get; }

    /// <summary>The key's groups, in order, each with its symbols.</summary>
    public IReadOnlyList<KeyGroup> KeyGroups { get; }

    /// <summary>The rules, in registration order.</summary>
    public IReadOnlyList<IRule> Rules { get; }

    /// <summary>Every symbol of the set, in the key's order: the order outcomes are reported in.</summary>
    public IReadOnlyList<RuleDefinition> Key { get; }

    /// <summary>The symbol with <paramref name="id"/>, or null.</summary>
    public RuleDefinition? Find(string id) => Key.FirstOrDefault(d => d.Id == id);

    /// <summary>True when <paramref name="id"/> is one of the set's symbols.</summary>
    public bool Defines(string id) => _owner.ContainsKey(id);

    /// <summary>The key's words for the symbol with these parameters (the reference report's own at the defaults).</summary>
    public string KeyText(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Owner(definition.Id).KeyText(definition, parameters);
    }

    /// <summary>One plain sentence on what the symbol means, with these parameters.</summary>
    public string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Owner(definition.Id).Meaning(definition, parameters);
    }

    /// <summary>The symbol's test's parameters in a few words, for the appendix: "±2 SD".</summary>
    public string Detail(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Owner(definition.Id).Detail(parameters);
    }

    private IRule Owner(string id) =>
        _owner.TryGetValue(id, out var rule) ? rule : throw new ArgumentException($"The {Name} has no symbol {id}.", nameof(id));

    /// <summary>Every rule set Scorecard offers, the default first.</summary>
    public static IReadOnlyList<RuleSet> All => [DashboardKey, MakingDataCount];

    /// <summary>The set the configuration names <paramref name="id"/>, or null.</summary>
    public static RuleSet? Named(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>True when the set judges measures on an XmR chart (it has <see cref="XmrRule"/>s): its results then carry the chart.</summary>
    public bool UsesXmrCharts => Chart == RuleSetChart.Xmr;

    /// <summary>
    /// The reference report's dashboard key: sixteen symbols, listed as the Quarter Two 2019-20
    /// report lists them (peers; the high exceptions; the low exceptions; does not trend with
    /// peers; no data).
    /// </summary>
    public static RuleSet DashboardKey { get; } = new(
        "dashboard-key",
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
        ],
        new DashboardKeyParameters(),
        [
            ("Compared with peers", [RuleIds.PeersAbove, RuleIds.PeersInLineAbove, RuleIds.PeersInLineBelow, RuleIds.PeersBelow]),
            ("Exceptions: high", [RuleIds.SpikeHigh, RuleIds.ShiftHigh, RuleIds.RunAbove, RuleIds.TrendUp, RuleIds.RollingTrendUp]),
            ("Exceptions: low", [RuleIds.SpikeLow, RuleIds.ShiftLow, RuleIds.RunBelow, RuleIds.TrendDown, RuleIds.RollingTrendDown]),
            ("Needs attention", [RuleIds.PeersTrendDiffers, RuleIds.NoData]),
        ],
        RuleSetChart.Bands,
        "Performance dashboard key",
        "Each symbol shows one test of a measure's monthly figures, or of its position against similar forces. A symbol appears only when its test is met.",
        new BandChartRules(RuleIds.ShiftHigh, RuleIds.RunAbove, RuleIds.SpikeHigh));

    /// <summary>
    /// The NHS England "Making Data Count" XmR rules (Single Chart Tool v5): a point beyond a
    /// process limit, a shift of 6 on one side of the mean, a trend of 6 rising or falling, two of
    /// three near a limit; the high-side symbols, then the low-side ones, then no data (which, as in
    /// the dashboard key, leaves the others not evaluated).
    /// </summary>
    public static RuleSet MakingDataCount { get; } = new(
        "making-data-count",
        "Making Data Count",
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
        ],
        new MakingDataCountParameters(),
        [
            ("Special cause: high side", [RuleIds.SpcSinglePointHigh, RuleIds.SpcShiftHigh, RuleIds.SpcTrendUp, RuleIds.SpcTwoSigmaHigh]),
            ("Special cause: low side", [RuleIds.SpcSinglePointLow, RuleIds.SpcShiftLow, RuleIds.SpcTrendDown, RuleIds.SpcTwoSigmaLow]),
            ("Needs attention", [RuleIds.NoData]),
        ],
        RuleSetChart.Xmr,
        "Statistical process control key (NHS Making Data Count)",
        "These measures are read on an XmR chart in the NHS \"Making Data Count\" style: the process limits show the range the monthly figures vary within by chance (common cause variation); a symbol marks special cause variation in the latest month, and the icons sum up the latest month and the target.");
}

using NodaTime;
using Scorecard.Core.Aggregation;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;

namespace Scorecard.Core.Evaluation;

/// <summary>
/// Evaluates measures at a reporting month T, each against its own rule set
/// (<see cref="Measure.RuleSet"/>), or all against one set: every rule's outcome in the key's
/// order, the measure's figures and its peer comparison.
/// </summary>
public sealed class ScorecardEvaluator
{
    /// <param name="ruleSet">The set to judge every measure by; null to judge each by its own.</param>
    public ScorecardEvaluator(RuleSet? ruleSet = null)
    {
        RuleSet = ruleSet;
    }

    /// <summary>An evaluator that judges each measure by its own rule set.</summary>
    public static ScorecardEvaluator Default { get; } = new();

    /// <summary>An evaluator for <see cref="RuleSet.MakingDataCount"/>: its results carry each measure's XmR chart.</summary>
    public static ScorecardEvaluator MakingDataCount { get; } = new(RuleSet.MakingDataCount);

    /// <summary>The set every measure is judged by, or null when each is judged by its own.</summary>
    public RuleSet? RuleSet { get; }

    private RuleSet SetFor(Measure measure) => RuleSet ?? measure.RuleSet;

    /// <summary>
    /// One measure at <paramref name="month"/> (T). Months after T are ignored. When a gate rule
    /// (<c>no-data</c>) fires, every other rule is not evaluated and says why. With XmR rules in
    /// the set, the result carries the measure's chart (even when no-data fired).
    /// </summary>
    public MeasureResult Evaluate(Measure measure, int? priorityNumber, MonthlySeries? series, PeerData peers, PeerGroup? group, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(peers);
        var set = SetFor(measure);
        var context = new RuleContext(measure, series, month, peers, group);
        var outcomes = new Dictionary<string, RuleOutcome>(StringComparer.Ordinal);
        NotEvaluatedReason? suppressedBecause = null;
        foreach (var gate in set.Rules.OfType<ISuppressingRule>())
        {
            var gateOutcomes = Checked(gate, gate.Evaluate(context));
            foreach (var outcome in gateOutcomes)
            {
                outcomes[outcome.Id] = outcome;
            }

            if (suppressedBecause is null && gateOutcomes.Any(o => o.Fired))
            {
                suppressedBecause = gate.SuppressionReason(context);
            }
        }

        foreach (var rule in set.Rules.Where(r => r is not ISuppressingRule))
        {
            var ruleOutcomes = suppressedBecause is null
                ? Checked(rule, rule.Evaluate(context))
                : rule.Definitions.Select(d => RuleContext.NotEvaluated(d, suppressedBecause, Evidence.None)).ToList();
            foreach (var outcome in ruleOutcomes)
            {
                outcomes[outcome.Id] = outcome;
            }
        }

        return new MeasureResult(
            measure,
            priorityNumber,
            Figures.For(measure, series, month),
            set.Key.Select(d => outcomes[d.Id]).ToList(),
            context.Peers.Comparison,
            set.Chart == RuleSetChart.Xmr ? context.Xmr : null)
        {
            RuleSet = set,
        };
    }

    /// <summary>
    /// Every measure, in the order given, at <paramref name="month"/> (T), which must fall in
    /// <paramref name="quarter"/> (usually its last month).
    /// </summary>
    public ScorecardEvaluation Evaluate(
        IReadOnlyList<(Measure Measure, int? Priority)> measures,
        MeasureData data,
        PeerData peers,
        PeerGroup? group,
        FinancialQuarter quarter,
        YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(data);
        if (!quarter.Contains(month))
        {
            throw new ArgumentException($"The reporting month {EnglishDates.Month(month)} is not in {quarter.Label}.", nameof(month));
        }

        var results = measures
            .Select(m => Evaluate(m.Measure, m.Priority, data.Find(m.Measure.Id), peers, group, month))
            .ToList();
        var sets = results.Select(r => r.RuleSet).Distinct().ToList();
        return new ScorecardEvaluation(quarter, month, results, sets.Count == 0 ? [RuleSet ?? Rules.RuleSet.DashboardKey] : sets);
    }

    private static List<RuleOutcome> Checked(IRule rule, IReadOnlyList<RuleOutcome> outcomes)
    {
        if (outcomes.Count != rule.Definitions.Count || !outcomes.Select(o => o.Id).SequenceEqual(rule.Definitions.Select(d => d.Id)))
        {
            throw new InvalidOperationException($"{rule.GetType().Name} must return one outcome per definition, in order.");
        }

        return outcomes.Select(Finite).ToList();
    }

    /// <summary>
    /// A rule decided on figures that overflowed (values near 1e300 square to infinity) decided
    /// nothing: it is not evaluated, and says why, rather than "not fired" with no SD.
    /// </summary>
    private static RuleOutcome Finite(RuleOutcome outcome)
    {
        if (outcome.Status == RuleStatus.NotEvaluated)
        {
            return outcome;
        }

        var e = outcome.Evidence;
        double?[] figures = [e.Mean, e.Sd, e.Threshold, e.LowerThreshold, e.UpperThreshold, e.Value, e.Slope, e.Intercept, e.StandardError, e.T, e.P, e.ForceChangePercent, e.GroupChangePercent];
        var overflowed = figures.Any(f => f is { } v && !double.IsFinite(v));
        return overflowed
            ? RuleContext.NotEvaluated(outcome.Rule, new(ReasonCodes.Overflow, OverflowReason), e)
            : outcome;
    }

    /// <summary>The reason a rule gives when its arithmetic overflowed.</summary>
    public const string OverflowReason = "the values are too large to compute with (their sums or squares pass 1.8e308)";
}

using NodaTime;
using Scorecard.Core.Aggregation;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;

namespace Scorecard.Core.Evaluation;

/// <summary>
/// Evaluates measures against a rule set at a reporting month T: every rule's outcome in the
/// key's order, the measure's figures and its peer comparison.
/// </summary>
public sealed class ScorecardEvaluator
{
    public ScorecardEvaluator(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        RuleSet = ruleSet;
    }

    /// <summary>An evaluator for <see cref="RuleSet.DashboardKey"/>.</summary>
    public static ScorecardEvaluator Default { get; } = new(RuleSet.DashboardKey);

    /// <summary>An evaluator for <see cref="RuleSet.MakingDataCount"/>: its results carry each measure's XmR chart.</summary>
    public static ScorecardEvaluator MakingDataCount { get; } = new(RuleSet.MakingDataCount);

    public RuleSet RuleSet { get; }

    /// <summary>
    /// One measure at <paramref name="month"/> (T). Months after T are ignored. When a gate rule
    /// (<c>no-data</c>) fires, every other rule is not evaluated and says why. With XmR rules in
    /// the set, the result carries the measure's chart (even when no-data fired).
    /// </summary>
    public MeasureResult Evaluate(Measure measure, int? priorityNumber, MonthlySeries? series, PeerData peers, PeerGroup? group, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(peers);
        var context = new RuleContext(measure, series, month, peers, group);
        var outcomes = new Dictionary<string, RuleOutcome>(StringComparer.Ordinal);
        string? suppressedBecause = null;
        foreach (var gate in RuleSet.Rules.OfType<ISuppressingRule>())
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

        foreach (var rule in RuleSet.Rules.Where(r => r is not ISuppressingRule))
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
            RuleSet.Key.Select(d => outcomes[d.Id]).ToList(),
            context.Peers.Comparison,
            RuleSet.UsesXmrCharts ? context.Xmr : null);
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
        return new ScorecardEvaluation(quarter, month, results, RuleSet.Key);
    }

    private static IReadOnlyList<RuleOutcome> Checked(IRule rule, IReadOnlyList<RuleOutcome> outcomes)
    {
        if (outcomes.Count != rule.Definitions.Count || !outcomes.Select(o => o.Id).SequenceEqual(rule.Definitions.Select(d => d.Id)))
        {
            throw new InvalidOperationException($"{rule.GetType().Name} must return one outcome per definition, in order.");
        }

        return outcomes;
    }
}

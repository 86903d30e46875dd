using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;

namespace Scorecard.Rendering.Tests.Workbook;

/// <summary>
/// Builds <see cref="ScorecardEvaluation"/>s by hand for the workbook and CSV tests: the
/// dashboard key's sixteen rules, and measures whose rules are all not fired unless told otherwise.
/// </summary>
internal sealed class EvaluationBuilder
{
    public static readonly FinancialQuarter Q2 = new(2019, 2);

    public static IReadOnlyList<RuleDefinition> Key => RuleSet.DashboardKey.Key;

    private readonly List<MeasureResult> _measures = [];
    private readonly List<MonthlySeries> _series = [];

    public ScorecardEvaluation Build() => new(Q2, Q2.LastMonth, _measures, [RuleSet.DashboardKey]);

    public MeasureData Data() => new(_series);

    /// <summary>Adds a measure; <paramref name="outcomes"/> sets rules' outcomes by id, the rest are not fired.</summary>
    public EvaluationBuilder Measure(
        string id,
        string? name = null,
        MeasureKind kind = MeasureKind.Count,
        Polarity polarity = Polarity.LowerIsBetter,
        ValueFormat? format = null,
        int? priority = 1,
        MeasureFigures? figures = null,
        string? peerKey = null,
        IReadOnlyList<DataIssue>? issues = null,
        params (string RuleId, RuleStatus Status, Sentiment? Sentiment, string? Reason, Evidence? Evidence)[] outcomes)
    {
        var measure = new Measure(id, name ?? id, kind, polarity, format ?? ValueFormat.DefaultFor(kind), null, peerKey, RuleParameters.Default, Issues: issues);
        var results = Key.Select(rule =>
        {
            var given = outcomes.FirstOrDefault(o => o.RuleId == rule.Id);
            return given.RuleId is null
                ? new RuleOutcome(rule, RuleStatus.NotFired, null, Evidence.None, null)
                : new RuleOutcome(rule, given.Status, given.Reason, given.Evidence ?? Evidence.None, given.Sentiment, Why(rule, given.Status, given.Reason, peerKey));
        }).ToList();
        _measures.Add(new MeasureResult(measure, priority, figures ?? new MeasureFigures(null, null, null, null, null, null), results, null));
        return this;
    }

    /// <summary>
    /// The reason with the code the evaluator would give it: the peer tests of a measure without a
    /// peer comparison and a level's rolling trend can never run (by design); any other reason is a gap in the data.
    /// </summary>
    private static NotEvaluatedReason? Why(RuleDefinition rule, RuleStatus status, string? reason, string? peerKey)
    {
        if (status != RuleStatus.NotEvaluated)
        {
            return null;
        }

        var code = rule.Group == RuleGroup.Peers && peerKey is null ? ReasonCodes.NoPeerComparison
            : reason == RollingTrendRule.LevelReason ? ReasonCodes.LevelRollingTrend
            : reason == PeerComparer.NoPeerDataReason ? ReasonCodes.NoPeerData
            : ReasonCodes.MonthsMissing;
        return new NotEvaluatedReason(code, code == ReasonCodes.NoPeerComparison ? PeerComparer.NoPeerComparisonReason : reason ?? "no reason given");
    }

    public EvaluationBuilder Series(string id, params MonthlyObservation[] observations)
    {
        _series.Add(new MonthlySeries(id, observations));
        return this;
    }

    public static (string, RuleStatus, Sentiment?, string?, Evidence?) Fired(string ruleId, Sentiment sentiment, Evidence? evidence = null) =>
        (ruleId, RuleStatus.Fired, sentiment, null, evidence);

    public static (string, RuleStatus, Sentiment?, string?, Evidence?) NotEvaluated(string ruleId, string reason, Evidence? evidence = null) =>
        (ruleId, RuleStatus.NotEvaluated, null, reason, evidence);

    public static (string, RuleStatus, Sentiment?, string?, Evidence?) NotFired(string ruleId, Evidence evidence) =>
        (ruleId, RuleStatus.NotFired, null, null, evidence);

    /// <summary>Monthly counts from <paramref name="first"/> on; a null is a missing month.</summary>
    public static MonthlyObservation[] Counts(YearMonth first, params double?[] values) =>
        values.Select((v, i) => (v, i)).Where(p => p.v is not null)
            .Select(p => new MonthlyObservation(first.PlusMonths(p.i), Value: p.v)).ToArray();
}

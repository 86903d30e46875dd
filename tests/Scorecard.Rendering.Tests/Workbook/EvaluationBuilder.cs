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

    public static IReadOnlyList<RuleDefinition> Key { get; } =
    [
        new("peers-above", "Greater than Peers", RuleDirection.High, RuleGroup.Peers, "peers-below", "Above peers"),
        new("peers-in-line-above", "In Line with Peers (above average)", RuleDirection.High, RuleGroup.Peers, "peers-in-line-below", "In line, above"),
        new("peers-in-line-below", "In Line with Peers (below average)", RuleDirection.Low, RuleGroup.Peers, "peers-in-line-above", "In line, below"),
        new("peers-below", "Less than Peers", RuleDirection.Low, RuleGroup.Peers, "peers-above", "Below peers"),
        new("spike-high", "Last month exceeded the previous 24-month Average +2 Standard Deviations", RuleDirection.High, RuleGroup.ExceptionHigh, "spike-low", "Spike above"),
        new("shift-high", "The last 3 months have all been above the Average for the past 24 months +1 Standard Deviation", RuleDirection.High, RuleGroup.ExceptionHigh, "shift-low", "Shift above"),
        new("run-above", "The last 8 months have all been above the Average for the past 24 months", RuleDirection.High, RuleGroup.ExceptionHigh, "run-below", "Run above"),
        new("trend-up", "The Discrete Trend, for the past 12 months, is significant and Increasing", RuleDirection.High, RuleGroup.ExceptionHigh, "trend-down", "Trend up"),
        new("rolling-trend-up", "The Rolling 12-month trend, for the past 12 months, is significant and Increasing", RuleDirection.High, RuleGroup.ExceptionHigh, "rolling-trend-down", "Rolling trend up"),
        new("spike-low", "Last month was less than the previous 24-month Average -2 Standard Deviations", RuleDirection.Low, RuleGroup.ExceptionLow, "spike-high", "Spike below"),
        new("shift-low", "The last 3 months have all been below the Average for the past 24 months -1 Standard Deviation", RuleDirection.Low, RuleGroup.ExceptionLow, "shift-high", "Shift below"),
        new("run-below", "The last 8 months have all been below the Average for the past 24 months", RuleDirection.Low, RuleGroup.ExceptionLow, "run-above", "Run below"),
        new("trend-down", "The Discrete Trend, for the past 12 months, is significant and Decreasing", RuleDirection.Low, RuleGroup.ExceptionLow, "trend-up", "Trend down"),
        new("rolling-trend-down", "The Rolling 12-month trend, for the past 12 months, is significant and Decreasing", RuleDirection.Low, RuleGroup.ExceptionLow, "rolling-trend-up", "Rolling trend down"),
        new("peers-trend-differs", "Does not trend with Peers", RuleDirection.None, RuleGroup.NoData, null, "Not trending with peers"),
        new("no-data", "No data has been recorded for this measure for at least 12 months", RuleDirection.None, RuleGroup.NoData, null, "No data"),
    ];

    private readonly List<MeasureResult> _measures = [];
    private readonly List<MonthlySeries> _series = [];

    public ScorecardEvaluation Build() => new(Q2, Q2.LastMonth, _measures, Key);

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
        params (string RuleId, RuleStatus Status, Sentiment? Sentiment, string? Reason, Evidence? Evidence)[] outcomes)
    {
        var measure = new Measure(id, name ?? id, kind, polarity, format ?? ValueFormat.DefaultFor(kind), null, null, RuleParameters.Default);
        var results = Key.Select(rule =>
        {
            var given = outcomes.FirstOrDefault(o => o.RuleId == rule.Id);
            return given.RuleId is null
                ? new RuleOutcome(rule, RuleStatus.NotFired, null, Evidence.None, null)
                : new RuleOutcome(rule, given.Status, given.Reason, given.Evidence ?? Evidence.None, given.Sentiment);
        }).ToList();
        _measures.Add(new MeasureResult(measure, priority, figures ?? new MeasureFigures(null, null, null, null, null, null), results, null));
        return this;
    }

    public EvaluationBuilder Series(string id, params MonthlyObservation[] observations)
    {
        _series.Add(new MonthlySeries(id, observations));
        return this;
    }

    public static (string, RuleStatus, Sentiment?, string?, Evidence?) Fired(string ruleId, Sentiment sentiment, Evidence? evidence = null) =>
        (ruleId, RuleStatus.Fired, sentiment, null, evidence);

    public static (string, RuleStatus, Sentiment?, string?, Evidence?) NotEvaluated(string ruleId, string reason) =>
        (ruleId, RuleStatus.NotEvaluated, null, reason, null);

    /// <summary>Monthly counts from <paramref name="first"/> on; a null is a missing month.</summary>
    public static MonthlyObservation[] Counts(YearMonth first, params double?[] values) =>
        values.Select((v, i) => (v, i)).Where(p => p.v is not null)
            .Select(p => new MonthlyObservation(first.PlusMonths(p.i), Value: p.v)).ToArray();
}

using System.Globalization;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Periods;

namespace Scorecard.Rendering.Export;

/// <summary>Whether a column holds text, a whole number or a real number.</summary>
internal enum ColumnKind
{
    Text,
    Integer,
    Number,
}

/// <summary>
/// One column of the evidence table, which the workbook's <c>Evidence</c> sheet and the CSV
/// export share: its heading in the workbook, its name in the CSV, and how to read it from one
/// measure's outcome for one rule. A value is a <see cref="string"/>, an <see cref="int"/>, a
/// <see cref="double"/> or null (an empty cell).
/// </summary>
internal sealed record EvidenceColumn(string Heading, string CsvName, ColumnKind Kind, Func<MeasureResult, RuleOutcome, object?> Value);

/// <summary>The evidence table: one row per measure and rule, in the measures' and the key's order.</summary>
internal static class EvidenceTable
{
    public static IReadOnlyList<EvidenceColumn> Columns { get; } =
    [
        new("Priority", "priority", ColumnKind.Integer, (m, _) => m.PriorityNumber),
        new("Measure id", "measure_id", ColumnKind.Text, (m, _) => m.Measure.Id),
        new("Measure", "measure", ColumnKind.Text, (m, _) => m.Measure.Name),
        new("Rule id", "rule_id", ColumnKind.Text, (_, o) => o.Rule.Id),
        new("Key text", "key_text", ColumnKind.Text, (_, o) => o.Rule.KeyText),
        new("Group", "group", ColumnKind.Text, (_, o) => DashboardKeyText.GroupTitle(o.Rule.Group)),
        new("Status", "status", ColumnKind.Text, (_, o) => DashboardKeyText.Status(o.Status)),
        new("Sentiment", "sentiment", ColumnKind.Text, (_, o) => o.Sentiment is { } s ? DashboardKeyText.Sentiment(s) : null),
        new("Reason", "reason", ColumnKind.Text, (_, o) => o.Reason),
        new("Window", "window", ColumnKind.Text, (_, o) => o.Evidence.Window),
        new("n", "n", ColumnKind.Integer, (_, o) => o.Evidence.N),
        new("Mean", "mean", ColumnKind.Number, (_, o) => o.Evidence.Mean),
        new("SD", "sd", ColumnKind.Number, (_, o) => o.Evidence.Sd),
        new("k", "k", ColumnKind.Number, (_, o) => o.Evidence.K),
        new("Threshold", "threshold", ColumnKind.Number, (_, o) => o.Evidence.Threshold),
        new("Lower threshold", "lower_threshold", ColumnKind.Number, (_, o) => o.Evidence.LowerThreshold),
        new("Upper threshold", "upper_threshold", ColumnKind.Number, (_, o) => o.Evidence.UpperThreshold),
        new("Value", "value", ColumnKind.Number, (_, o) => o.Evidence.Value),
        new("Slope", "slope", ColumnKind.Number, (_, o) => o.Evidence.Slope),
        new("Intercept", "intercept", ColumnKind.Number, (_, o) => o.Evidence.Intercept),
        new("Standard error", "standard_error", ColumnKind.Number, (_, o) => o.Evidence.StandardError),
        new("t", "t", ColumnKind.Number, (_, o) => o.Evidence.T),
        new("df", "df", ColumnKind.Integer, (_, o) => o.Evidence.Df),
        new("p", "p", ColumnKind.Number, (_, o) => o.Evidence.P),
        new("Alpha", "alpha", ColumnKind.Number, (_, o) => o.Evidence.Alpha),
        new("Comparison month", "comparison_month", ColumnKind.Text, (_, o) => o.Evidence.ComparisonMonth is { } month ? EnglishDates.Iso(month) : null),
        new("Peer count", "peer_count", ColumnKind.Integer, (_, o) => o.Evidence.PeerCount),
        new("Force change %", "force_change_percent", ColumnKind.Number, (_, o) => o.Evidence.ForceChangePercent),
        new("Group change %", "group_change_percent", ColumnKind.Number, (_, o) => o.Evidence.GroupChangePercent),
        new("Tested months", "tested", ColumnKind.Text, (_, o) => Tested(o.Evidence)),
    ];

    /// <summary>Every (measure, outcome) pair, measures in the evaluation's order, rules in the key's.</summary>
    public static IEnumerable<(MeasureResult Measure, RuleOutcome Outcome)> Rows(ScorecardEvaluation evaluation) =>
        evaluation.Measures.SelectMany(m => m.Outcomes.Select(o => (m, o)));

    /// <summary>"2019-07: 123; 2019-08: 130.5; 2019-09: missing": the tested months, invariant numbers.</summary>
    private static string? Tested(Evidence evidence)
    {
        if (evidence.Tested is not { Count: > 0 } tested)
        {
            return null;
        }

        return string.Join("; ", tested.Select(p =>
            $"{EnglishDates.Iso(p.Month)}: {(p.Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "missing")}"));
    }
}

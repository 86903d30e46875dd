using System.Globalization;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Periods;
using Scorecard.Core.Spc;

namespace Scorecard.Rendering.Export;

/// <summary>Whether a column holds text, a whole number or a real number.</summary>
internal enum ColumnKind
{
    Text,
    Integer,
    Number,
}

/// <summary>
/// What a number column holds, which decides the number format the workbook gives each of its
/// cells (from the measure's own format, or the peer comparison's).
/// </summary>
internal enum EvidenceFigure
{
    /// <summary>Text or a whole number.</summary>
    None,

    /// <summary>A value in the measure's units: a mean, a line, the tested value, a trend's intercept (in the peers' units on a peer row).</summary>
    Level,

    /// <summary>The value tested: a month's value (a whole count shows as counted), or the force's on a peer row.</summary>
    Tested,

    /// <summary>A standard deviation, in the measure's units (percentage points for a percentage).</summary>
    Spread,

    /// <summary>A trend's slope, signed: the measure's units a month.</summary>
    Rate,

    /// <summary>The standard error of a trend's slope: the measure's units a month.</summary>
    RateError,

    /// <summary>A change in per cent of the earlier value (the peer trend's).</summary>
    Change,

    /// <summary>A test statistic (t).</summary>
    Statistic,

    /// <summary>A p-value.</summary>
    PValue,

    /// <summary>A parameter of the key (k, α), shown as given.</summary>
    Parameter,
}

/// <summary>
/// One column of the evidence table, which the workbook's <c>Evidence</c> sheet and the CSV
/// export share: its heading in the workbook, its name in the CSV (null for a column the sheet
/// alone has), and how to read it from one measure's outcome for one rule. A value is a
/// <see cref="string"/>, an <see cref="int"/>, a <see cref="double"/> or null (an empty cell).
/// </summary>
/// <param name="Figure">What a number column holds, for the workbook's number formats.</param>
/// <param name="Printed">True for the columns the printed Evidence sheet shows, one page wide; the others are on screen only.</param>
/// <param name="CsvOnly">True for a column the CSV has and the sheet does not (the measure's SPC icons, which the Dashboard sheet shows once a measure).</param>
internal sealed record EvidenceColumn(
    string Heading,
    string? CsvName,
    ColumnKind Kind,
    Func<MeasureResult, RuleOutcome, object?> Value,
    EvidenceFigure Figure = EvidenceFigure.None,
    bool Printed = false,
    bool CsvOnly = false);

/// <summary>
/// The evidence table: one row per measure and rule, in the measures' and the key's order. A test
/// that can never run for the measure (no peer comparison configured, a level's rolling trend) is
/// "not applicable", with the reason the report gives; the peer trend's row carries its own
/// figures (the force's and the group's change against the threshold in percentage points), not
/// the peer position's level and average, which the four position rows above it show.
/// </summary>
internal static class EvidenceTable
{
    public static IReadOnlyList<EvidenceColumn> Columns { get; } =
    [
        new("Priority", "priority", ColumnKind.Integer, (m, _) => m.PriorityNumber),
        new("Measure id", "measure_id", ColumnKind.Text, (m, _) => m.Measure.Id),
        new("Measure", "measure", ColumnKind.Text, (m, _) => m.Measure.Name, Printed: true),
        new("Test", null, ColumnKind.Text, (_, o) => DashboardSymbols.Label(o.Rule), Printed: true),
        new("Rule id", "rule_id", ColumnKind.Text, (_, o) => o.Rule.Id),
        new("Key text", "key_text", ColumnKind.Text, (m, o) => m.RuleSet.KeyText(o.Rule, m.Measure.Rules)),
        new("Group", "group", ColumnKind.Text, (_, o) => DashboardKeyText.GroupTitle(DashboardKeyText.Column(o.Rule))),
        new("Status", "status", ColumnKind.Text, DashboardKeyText.Status, Printed: true),
        new("Sentiment", "sentiment", ColumnKind.Text, (_, o) => o.Sentiment is { } s ? DashboardKeyText.Sentiment(s) : null, Printed: true),
        new("Reason", "reason", ColumnKind.Text, Reason, Printed: true),
        new("Window", "window", ColumnKind.Text, (_, o) => o.Evidence.Window, Printed: true),
        new("n", "n", ColumnKind.Integer, (_, o) => o.Evidence.N, Printed: true),
        new("Mean", "mean", ColumnKind.Number, (_, o) => IsPeerTrend(o) ? null : o.Evidence.Mean, EvidenceFigure.Level, Printed: true),
        new("SD", "sd", ColumnKind.Number, (_, o) => o.Evidence.Sd, EvidenceFigure.Spread, Printed: true),
        new("k", "k", ColumnKind.Number, (_, o) => o.Evidence.K, EvidenceFigure.Parameter),
        new("Threshold", "threshold", ColumnKind.Number, (_, o) => o.Evidence.Threshold, EvidenceFigure.Level, Printed: true),
        new("Lower threshold", "lower_threshold", ColumnKind.Number, (_, o) => o.Evidence.LowerThreshold, EvidenceFigure.Level),
        new("Upper threshold", "upper_threshold", ColumnKind.Number, (_, o) => o.Evidence.UpperThreshold, EvidenceFigure.Level),
        new("Value", "value", ColumnKind.Number, (_, o) => IsPeerTrend(o) ? null : o.Evidence.Value, EvidenceFigure.Tested, Printed: true),
        new("Slope per month", "slope", ColumnKind.Number, (_, o) => o.Evidence.Slope, EvidenceFigure.Rate, Printed: true),
        new("Intercept", "intercept", ColumnKind.Number, (_, o) => o.Evidence.Intercept, EvidenceFigure.Level),
        new("Standard error", "standard_error", ColumnKind.Number, (_, o) => o.Evidence.StandardError, EvidenceFigure.RateError),
        new("t", "t", ColumnKind.Number, (_, o) => o.Evidence.T, EvidenceFigure.Statistic),
        new("df", "df", ColumnKind.Integer, (_, o) => o.Evidence.Df),
        new("p", "p", ColumnKind.Number, (_, o) => o.Evidence.P, EvidenceFigure.PValue, Printed: true),
        new("Alpha", "alpha", ColumnKind.Number, (_, o) => o.Evidence.Alpha, EvidenceFigure.Parameter),
        new("Comparison month", "comparison_month", ColumnKind.Text, (_, o) => o.Evidence.ComparisonMonth is { } month ? EnglishDates.Iso(month) : null),
        new("Peer count", "peer_count", ColumnKind.Integer, (_, o) => o.Evidence.PeerCount),
        new("Force change %", "force_change_percent", ColumnKind.Number, (_, o) => o.Evidence.ForceChangePercent, EvidenceFigure.Change, Printed: true),
        new("Group change %", "group_change_percent", ColumnKind.Number, (_, o) => o.Evidence.GroupChangePercent, EvidenceFigure.Change, Printed: true),
        new("Tested months", "tested", ColumnKind.Text, (_, o) => Tested(o.Evidence)),
        new("Variation icon", "variation_icon", ColumnKind.Text, (m, _) => m.RuleSet.UsesXmrCharts ? SpcNames.Of(m.Spc?.VariationIcon ?? VariationIcon.None) : null, CsvOnly: true),
        new("Assurance icon", "assurance_icon", ColumnKind.Text, (m, _) => m.RuleSet.UsesXmrCharts ? SpcNames.Of(m.Spc?.AssuranceIcon ?? AssuranceIcon.None) : null, CsvOnly: true),
    ];

    /// <summary>The CSV's columns, in the CSV's order.</summary>
    public static IReadOnlyList<EvidenceColumn> CsvColumns { get; } = Columns.Where(c => c.CsvName is not null).ToList();

    /// <summary>The sheet's columns: those it prints first, then those on screen only, each in the table's order.</summary>
    /// <remarks>The icon columns are the CSV's only: the workbook's Dashboard sheet has them once a measure.</remarks>
    public static IReadOnlyList<EvidenceColumn> SheetColumns { get; } = [.. Columns.Where(c => c.Printed), .. Columns.Where(c => !c.Printed && !c.CsvOnly)];

    /// <summary>True for the "does not trend with peers" rule (<see cref="DashboardKeyText.IsPeerTrend"/>).</summary>
    public static bool IsPeerTrend(RuleOutcome outcome) => DashboardKeyText.IsPeerTrend(outcome.Rule);

    /// <summary>Why the rule was not evaluated, or why it does not apply to the measure.</summary>
    private static string? Reason(MeasureResult measure, RuleOutcome outcome) =>
        MeasureNotices.IsNotApplicable(outcome) ? MeasureNotices.NotApplicableReason(outcome) : outcome.Reason;

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

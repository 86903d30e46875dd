using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Rules;
using Scorecard.Rendering.Model;

namespace Scorecard.Rendering;

/// <summary>
/// What a reader must be told about a measure besides its symbols, in the same words in the
/// report, the workbook and the CSV: the tests that could not run and why, the tests that can
/// never apply to the measure, commentary that is missing, and the office's known data issues.
/// </summary>
internal static class MeasureNotices
{
    /// <summary>The notice where a measure that fired an exception has no commentary.</summary>
    public const string MissingCommentary = "No commentary has been provided for this measure.";

    /// <summary>Why the peer tests of a measure without a peer comparison do not apply.</summary>
    public const string NoPeerComparison = PeerComparer.NoPeerComparisonReason;

    /// <summary>
    /// True for a test that could never run for this measure by its design, not for lack of data:
    /// the peer tests of a measure with no peer comparison configured, and a level measure's
    /// rolling trend (its monthly figure is already its 12-month figure). These are not data gaps.
    /// </summary>
    public static bool IsNotApplicable(RuleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Status == RuleStatus.NotEvaluated && ReasonCodes.IsByDesign(outcome.ReasonCode);
    }

    /// <summary>Why a test that <see cref="IsNotApplicable"/> does not apply: "no peer comparison is configured for this measure", or the rule's own reason.</summary>
    public static string NotApplicableReason(RuleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Reason ?? "not applicable";
    }

    /// <summary>
    /// The tests that could not run, briefly: "3 tests not run: September 2019 missing". A rule and
    /// its mirror are one test. A test that can never run for the measure by design
    /// (<see cref="IsNotApplicable"/>) is not counted, nor is anything when no data at all were
    /// recorded (the no-data symbol says so). Null when every test ran.
    /// </summary>
    public static string? NotRun(MeasureResult result, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome(RuleIds.NoData) is { Fired: true })
        {
            return null;
        }

        // Figures that stop before T (a survey to June in a September report) leave the tests of the
        // last months without a value: one reason says it, rather than a list of missing months.
        var lagsTo = result.Figures.Latest is { } latest && result.Figures.Lags(month) ? latest.Month : (YearMonth?)null;

        // A change of method leaves every window short: one reason says it, not each window's count.
        var method = result.Measure.ComparableFrom;
        string Reason(RuleOutcome o) =>
            lagsTo is { } l && o.ReasonCode == ReasonCodes.MonthsMissing && o.Why!.Months is { } missing && missing.All(m => m > l)
                ? $"the figures end in {UkFormat.Month(l)}"
                : method is { } m && o.ReasonCode == ReasonCodes.MethodChanged
                    ? $"the method changed in {UkFormat.Month(m)}, too few months since"
                    : o.Reason ?? "no reason given";
        var parts = ScorecardTable.Groups(result.Outcomes)
            .Where(g => g.All(o => o.Status == RuleStatus.NotEvaluated) && !IsNotApplicable(g[0]))
            .GroupBy(g => Reason(g[0]))
            .Select(r => $"{r.Count()} {(r.Count() == 1 ? "test" : "tests")} not run: {r.Key}")
            .ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>True when the measure fired an exception (any symbol but a peer position), which the office is expected to explain.</summary>
    public static bool HasExceptions(MeasureResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Flags.Any(MeasureProse.IsException);
    }

    /// <summary>The office's known data issues, one per issue in month order, each naming every measure it affects.</summary>
    public static IReadOnlyList<DataIssueModel> DataIssues(ScorecardEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Measures
            .SelectMany(r => r.Measure.DataIssues.Select(i => (Issue: i, r.Measure.Name)))
            .GroupBy(x => x.Issue)
            .OrderBy(g => g.Key.From)
            .Select(g => Issue(g.Key, string.Join(", ", g.Select(x => x.Name))))
            .ToList();
    }

    /// <summary>One data issue in words: "September 2019", "Outage"; "from July 2019", "Change of method".</summary>
    public static DataIssueModel Issue(DataIssue issue, string measures)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.Kind switch
        {
            DataIssueKind.Outage => new(issue.MonthsText, "outage", "Outage", issue.Note, measures),
            DataIssueKind.MethodChange => new($"from {UkFormat.Month(issue.From)}", "method-change", "Change of method", issue.Note, measures),
            _ => new(issue.MonthsText, "other", "Note", issue.Note, measures),
        };
    }
}

using Scorecard.Core.Evaluation;

namespace Scorecard.Rendering.Export;

/// <summary>The words the workbook and the CSV use for statuses, sentiments and the key's groups.</summary>
internal static class DashboardKeyText
{
    /// <summary>The status of a test that can never run for the measure (<see cref="MeasureNotices.IsNotApplicable"/>).</summary>
    public const string NotApplicable = "not applicable";

    /// <summary>"fired", "not fired", "not evaluated".</summary>
    public static string Status(RuleStatus status) => status switch
    {
        RuleStatus.Fired => "fired",
        RuleStatus.NotFired => "not fired",
        RuleStatus.NotEvaluated => "not evaluated",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>"improvement", "concern", "neutral", "attention".</summary>
    public static string Sentiment(Sentiment sentiment) => sentiment switch
    {
        Core.Evaluation.Sentiment.Improvement => "improvement",
        Core.Evaluation.Sentiment.Concern => "concern",
        Core.Evaluation.Sentiment.Neutral => "neutral",
        Core.Evaluation.Sentiment.Attention => "attention",
        _ => throw new ArgumentOutOfRangeException(nameof(sentiment), sentiment, null),
    };

    /// <summary>
    /// "fired", "not fired", "not evaluated", or "not applicable" for a test that can never run
    /// for the measure (the peer tests of a measure without a peer comparison, a level's rolling trend).
    /// </summary>
    public static string Status(MeasureResult result, RuleOutcome outcome) =>
        MeasureNotices.IsNotApplicable(outcome) ? NotApplicable : Status(outcome.Status);

    /// <summary>
    /// The dashboard column a rule's symbol is shown in: its group's, but for "does not trend with
    /// peers", which is not a peer position: it goes with no data, in "Peer trend / no data", as the
    /// report's key lists both under "Needs attention".
    /// </summary>
    public static RuleGroup Column(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return IsPeerTrend(rule) ? RuleGroup.NoData : rule.Group;
    }

    /// <summary>True for "does not trend with peers": a peer rule with no direction.</summary>
    public static bool IsPeerTrend(RuleDefinition rule) => rule.Group == RuleGroup.Peers && rule.Direction == RuleDirection.None;

    /// <summary>The heading of the group's dashboard column: "Peers", "Exception high", ...</summary>
    public static string GroupTitle(RuleGroup group) => group switch
    {
        RuleGroup.Peers => "Peers",
        RuleGroup.ExceptionHigh => "Exception high",
        RuleGroup.ExceptionLow => "Exception low",
        RuleGroup.NoData => "Peer trend / no data",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };
}

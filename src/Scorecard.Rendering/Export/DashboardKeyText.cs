using Scorecard.Core.Evaluation;

namespace Scorecard.Rendering.Export;

/// <summary>The words the workbook and the CSV use for statuses, sentiments and the key's groups.</summary>
internal static class DashboardKeyText
{
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

namespace Scorecard.Core.Evaluation;

/// <summary>What became of one rule for one measure. Never silently "not fired": a rule that
/// could not be tested is <see cref="NotEvaluated"/> and says why.</summary>
public enum RuleStatus
{
    Fired,
    NotFired,
    NotEvaluated,
}

/// <summary>What a fired flag means for the measure, given its polarity (spec, "Polarity and sentiment").</summary>
public enum Sentiment
{
    /// <summary>Good news: a "high" flag on a higher-is-better measure, or a "low" flag on a lower-is-better one.</summary>
    Improvement,

    /// <summary>Bad news: the mirror of <see cref="Improvement"/>.</summary>
    Concern,

    /// <summary>A change on a neutral measure: worth reading, neither good nor bad in itself.</summary>
    Neutral,

    /// <summary>Needs attention whatever the polarity: <c>no-data</c>, <c>peers-trend-differs</c>.</summary>
    Attention,
}

/// <summary>Which way a rule points, which decides its sentiment.</summary>
public enum RuleDirection
{
    High,
    Low,

    /// <summary>Neither: <c>no-data</c>, <c>peers-trend-differs</c>. Always <see cref="Sentiment.Attention"/>.</summary>
    None,
}

/// <summary>The groups the dashboard key lists its symbols in, in the key's order.</summary>
public enum RuleGroup
{
    Peers,
    ExceptionHigh,
    ExceptionLow,
    NoData,
}

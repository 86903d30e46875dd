using System.Globalization;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Rules;

/// <summary>
/// <c>no-data</c>: no present value in W(T−11..T) (<see cref="NoDataParameters"/>). When it fires,
/// every other rule, the peer rules included, is not evaluated: "no data in the 12 months to
/// September 2019".
/// </summary>
public sealed class NoDataRule : ISuppressingRule
{
    public static RuleDefinition Definition { get; } = new(
        RuleIds.NoData,
        "No data has been recorded for this measure for at least 12 months",
        RuleDirection.None,
        RuleGroup.NoData,
        null,
        "No data");

    public IReadOnlyList<RuleDefinition> Definitions { get; } = [Definition];

    public IReadOnlyList<RuleOutcome> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stats = context.Statistics(MonthWindow.Ending(context.Month, context.Parameters.NoData.Window));
        var evidence = new Evidence(Window: stats.Window.ToString(), N: stats.N);
        return [context.Decide(Definition, stats.N == 0, evidence)];
    }

    public NotEvaluatedReason SuppressionReason(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(ReasonCodes.NoData, string.Create(
            CultureInfo.InvariantCulture,
            $"no data in the {context.Parameters.NoData.Window} months to {EnglishDates.Month(context.Month)}"));
    }

    public string KeyText(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"No data has been recorded for this measure for at least {parameters.NoData.Window} months";
    }

    public string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"No figures have been recorded for at least {KeyWords.Span(parameters.NoData.Window)}.";
    }

    public string Detail(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"{parameters.NoData.Window} months";
    }
}

using Scorecard.Core.Evaluation;

namespace Scorecard.Core.Rules;

/// <summary>
/// <c>run-above</c> / <c>run-below</c>: the last 8 months all above (below) the 24-month average,
/// mean over W(T−23..T) by default (<see cref="RunParameters"/>).
/// </summary>
public sealed class RunRule : IRule
{
    public static RuleDefinition Above { get; } = new(
        RuleIds.RunAbove,
        "The last 8 months have all been above the Average for the past 24 months",
        RuleDirection.High,
        RuleGroup.ExceptionHigh,
        RuleIds.RunBelow,
        "Run above");

    public static RuleDefinition Below { get; } = new(
        RuleIds.RunBelow,
        "The last 8 months have all been below the Average for the past 24 months",
        RuleDirection.Low,
        RuleGroup.ExceptionLow,
        RuleIds.RunAbove,
        "Run below");

    public IReadOnlyList<RuleDefinition> Definitions { get; } = [Above, Below];

    public IReadOnlyList<RuleOutcome> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters.Run;
        return BandTest.Evaluate(context, Above, Below, p.Length, p.Window, null, p.Alignment);
    }

    public string KeyText(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters.Run;
        var which = p.Alignment == WindowAlignment.Trailing ? "past" : "previous";
        return $"The last {p.Length} months have all been {(definition.Id == RuleIds.RunAbove ? "above" : "below")} the Average for the {which} {p.Window} months";
    }

    public string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters.Run;
        var above = definition.Id == RuleIds.RunAbove;
        return $"The last {KeyWords.Count(p.Length)} months were all {(above ? "above" : "below")} the average of the past {KeyWords.Months(p.Window)}: a lasting {(above ? "rise" : "fall")}, not a one-off.";
    }

    public string Detail(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"{parameters.Run.Length} months";
    }
}

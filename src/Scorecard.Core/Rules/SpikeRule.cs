using Scorecard.Core.Evaluation;

namespace Scorecard.Core.Rules;

/// <summary>
/// <c>spike-high</c> / <c>spike-low</c>: x(T) beyond the previous 24-month average ± 2 SD,
/// mean and SD over W(T−24..T−1) by default (<see cref="SpikeParameters"/>).
/// </summary>
public sealed class SpikeRule : IRule
{
    public static RuleDefinition High { get; } = new(
        RuleIds.SpikeHigh,
        "Last month exceeded the previous 24-month Average +2 Standard Deviations",
        RuleDirection.High,
        RuleGroup.ExceptionHigh,
        RuleIds.SpikeLow,
        "Spike above");

    public static RuleDefinition Low { get; } = new(
        RuleIds.SpikeLow,
        "Last month was less than the previous 24-month Average −2 Standard Deviations",
        RuleDirection.Low,
        RuleGroup.ExceptionLow,
        RuleIds.SpikeHigh,
        "Spike below");

    public IReadOnlyList<RuleDefinition> Definitions { get; } = [High, Low];

    public IReadOnlyList<RuleOutcome> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters.Spike;
        return BandTest.Evaluate(context, High, Low, 1, p.Window, p.K, p.Alignment);
    }

    public string KeyText(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters.Spike;
        var which = p.Alignment == WindowAlignment.Previous ? "previous" : "past";
        return definition.Id == RuleIds.SpikeHigh
            ? $"Last month exceeded the {which} {p.Window}-month Average +{KeyWords.StandardDeviations(p.K)}"
            : $"Last month was less than the {which} {p.Window}-month Average \u2212{KeyWords.StandardDeviations(p.K)}";
    }

    public string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        var high = definition.Id == RuleIds.SpikeHigh;
        return $"Last month was unusually {(high ? "high" : "low")}: {(high ? "above" : "below")} the range expected from the previous {KeyWords.Months(parameters.Spike.Window)}.";
    }

    public string Detail(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"±{KeyWords.Number(parameters.Spike.K)} SD";
    }
}

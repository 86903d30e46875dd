using Scorecard.Core.Evaluation;

namespace Scorecard.Core.Rules;

/// <summary>
/// <c>shift-high</c> / <c>shift-low</c>: the last 3 months all beyond the 24-month average ± 1 SD,
/// mean and SD over W(T−23..T) by default (<see cref="ShiftParameters"/>).
/// </summary>
public sealed class ShiftRule : IRule
{
    public static RuleDefinition High { get; } = new(
        RuleIds.ShiftHigh,
        "The last 3 months have all been above the Average for the past 24 months +1 Standard Deviation",
        RuleDirection.High,
        RuleGroup.ExceptionHigh,
        RuleIds.ShiftLow,
        "Shift above");

    public static RuleDefinition Low { get; } = new(
        RuleIds.ShiftLow,
        "The last 3 months have all been below the Average for the past 24 months −1 Standard Deviation",
        RuleDirection.Low,
        RuleGroup.ExceptionLow,
        RuleIds.ShiftHigh,
        "Shift below");

    public IReadOnlyList<RuleDefinition> Definitions { get; } = [High, Low];

    public IReadOnlyList<RuleOutcome> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters.Shift;
        return BandTest.Evaluate(context, High, Low, p.Length, p.Window, p.K, p.Alignment);
    }

    public string KeyText(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters.Shift;
        var which = p.Alignment == WindowAlignment.Trailing ? "past" : "previous";
        return definition.Id == RuleIds.ShiftHigh
            ? $"The last {p.Length} months have all been above the Average for the {which} {p.Window} months +{KeyWords.StandardDeviations(p.K)}"
            : $"The last {p.Length} months have all been below the Average for the {which} {p.Window} months \u2212{KeyWords.StandardDeviations(p.K)}";
    }

    public string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters.Shift;
        return $"The last {KeyWords.Count(p.Length)} months were all well {(definition.Id == RuleIds.ShiftHigh ? "above" : "below")} the usual level of the past {KeyWords.Months(p.Window)}.";
    }

    public string Detail(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"{parameters.Shift.Length} months, ±{KeyWords.Number(parameters.Shift.K)} SD";
    }
}

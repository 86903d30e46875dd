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
}

using Scorecard.Core.Evaluation;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Rules;

/// <summary>
/// <c>spc-shift-high</c> / <c>spc-shift-low</c>: the last point ends a run of at least
/// <see cref="SpcParameters.ShiftLength"/> (6) points in a row, each above (below) the mean of its
/// own calculation period. A point on the mean ends a run; runs continue across recalculations.
/// </summary>
public sealed class SpcShiftRule : XmrRule
{
    public static RuleDefinition High { get; } = new(
        RuleIds.SpcShiftHigh,
        "A run of 6 or more points in a row above the mean",
        RuleDirection.High,
        RuleGroup.ExceptionHigh,
        RuleIds.SpcShiftLow,
        "Shift above mean");

    public static RuleDefinition Low { get; } = new(
        RuleIds.SpcShiftLow,
        "A run of 6 or more points in a row below the mean",
        RuleDirection.Low,
        RuleGroup.ExceptionLow,
        RuleIds.SpcShiftHigh,
        "Shift below mean");

    public SpcShiftRule()
        : base(High, Low, XmrSignals.ShiftHigh, XmrSignals.ShiftLow)
    {
    }

    protected override Evidence EvidenceFor(XmrChart chart, XmrPoint last, bool high, bool fired) =>
        Common(chart, last) with
        {
            Threshold = last.Lines.Mean,
            Tested = fired
                ? RunToLast(chart, (earlier, _) => earlier.Has(high ? XmrSignals.ShiftHigh : XmrSignals.ShiftLow))
                : LastPoints(chart, chart.Parameters.ShiftLength),
        };

    public override string KeyText(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        return $"A run of {parameters.Spc.ShiftLength} or more points in a row {(definition.Id == RuleIds.SpcShiftHigh ? "above" : "below")} the mean";
    }

    public override string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        return $"The latest {KeyWords.Count(parameters.Spc.ShiftLength)} or more points are all {(definition.Id == RuleIds.SpcShiftHigh ? "above" : "below")} the average: the process has shifted.";
    }

    public override string Detail(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return $"{parameters.Spc.ShiftLength} points";
    }
}

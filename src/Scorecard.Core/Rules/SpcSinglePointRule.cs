using Scorecard.Core.Evaluation;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Rules;

/// <summary>
/// <c>spc-single-point-high</c> / <c>spc-single-point-low</c>: the last point lies above the upper
/// process limit (below the lower), mean ± 2.66 × MR̄ of its calculation period.
/// </summary>
public sealed class SpcSinglePointRule : XmrRule
{
    public static RuleDefinition High { get; } = new(
        RuleIds.SpcSinglePointHigh,
        "A single point above the upper process limit",
        RuleDirection.High,
        RuleGroup.ExceptionHigh,
        RuleIds.SpcSinglePointLow,
        "Above upper limit");

    public static RuleDefinition Low { get; } = new(
        RuleIds.SpcSinglePointLow,
        "A single point below the lower process limit",
        RuleDirection.Low,
        RuleGroup.ExceptionLow,
        RuleIds.SpcSinglePointHigh,
        "Below lower limit");

    public SpcSinglePointRule()
        : base(High, Low, XmrSignals.SinglePointHigh, XmrSignals.SinglePointLow)
    {
    }

    protected override bool NeedsLimits => true;

    protected override Evidence EvidenceFor(XmrChart chart, XmrPoint last, bool high, bool fired) =>
        Common(chart, last) with
        {
            Threshold = high ? last.Lines.UpperLimit : last.Lines.LowerLimit,
            LowerThreshold = last.Lines.LowerLimit,
            UpperThreshold = last.Lines.UpperLimit,
            K = 3,
            Tested = [Point(last)],
        };

    public override string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Id == RuleIds.SpcSinglePointHigh
            ? "The latest point is above the upper process limit: higher than the process's usual variation explains."
            : "The latest point is below the lower process limit: lower than the process's usual variation explains.";
    }

    public override string Detail(RuleParameters parameters) => "beyond a process limit";
}

using Scorecard.Core.Evaluation;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Rules;

/// <summary>
/// <c>spc-two-sigma-high</c> / <c>spc-two-sigma-low</c>: the last three points all lie above
/// (below) their means, and at least two of them, the last among them, lie beyond the two-sigma
/// line without passing the process limit (a point beyond the limit is the single-point rule's).
/// </summary>
public sealed class SpcTwoSigmaRule : XmrRule
{
    public static RuleDefinition High { get; } = new(
        RuleIds.SpcTwoSigmaHigh,
        "Two out of three points in a row close to the upper process limit, all three above the mean",
        RuleDirection.High,
        RuleGroup.ExceptionHigh,
        RuleIds.SpcTwoSigmaLow,
        "Near upper limit");

    public static RuleDefinition Low { get; } = new(
        RuleIds.SpcTwoSigmaLow,
        "Two out of three points in a row close to the lower process limit, all three below the mean",
        RuleDirection.Low,
        RuleGroup.ExceptionLow,
        RuleIds.SpcTwoSigmaHigh,
        "Near lower limit");

    public SpcTwoSigmaRule()
        : base(High, Low, XmrSignals.TwoSigmaHigh, XmrSignals.TwoSigmaLow)
    {
    }

    protected override bool NeedsLimits => true;

    protected override Evidence EvidenceFor(XmrChart chart, XmrPoint last, bool high, bool fired)
    {
        var signal = high ? XmrSignals.TwoSigmaHigh : XmrSignals.TwoSigmaLow;
        return Common(chart, last) with
        {
            Threshold = high ? last.Lines.UpperTwoSigma : last.Lines.LowerTwoSigma,
            LowerThreshold = last.Lines.LowerTwoSigma,
            UpperThreshold = last.Lines.UpperTwoSigma,
            K = 2,
            Tested = fired
                ? chart.Points.Skip(chart.Points.Count - 3).Where(p => p.Has(signal)).Select(Point).ToList()
                : LastPoints(chart, 3),
        };
    }

    public override string Meaning(RuleDefinition definition, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Id == RuleIds.SpcTwoSigmaHigh
            ? "Two of the latest three points are close to the upper process limit, all three above the average."
            : "Two of the latest three points are close to the lower process limit, all three below the average.";
    }

    public override string Detail(RuleParameters parameters) => "2 of 3 near a limit";
}

using System.Globalization;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Rules;

/// <summary>
/// The test shared by the spike, shift and run rules: are the last <c>length</c> months all
/// beyond mean ± k·sd of a window? A spike is a band test of length 1 whose window ends the month
/// before T; a run is a band test with no SD term.
/// </summary>
internal static class BandTest
{
    /// <param name="k">The SD multiplier, or null for a run (threshold = the mean; no SD needed).</param>
    public static IReadOnlyList<RuleOutcome> Evaluate(
        RuleContext context,
        RuleDefinition high,
        RuleDefinition low,
        int length,
        int windowLength,
        double? k,
        WindowAlignment alignment)
    {
        var month = context.Month;
        var windowEnd = alignment == WindowAlignment.Trailing ? month : month.PlusMonths(-length);
        var stats = context.Statistics(MonthWindow.Ending(windowEnd, windowLength));
        var tested = MonthWindow.Ending(month, length).Months().Select(m => new EvidencePoint(m, context.ValueAt(m))).ToList();
        var evidence = new Evidence(
            Window: stats.Window.ToString(),
            N: stats.N,
            Mean: stats.Mean,
            Sd: stats.Sd,
            Value: length == 1 ? tested[0].Value : null,
            Tested: tested,
            K: k);

        NotEvaluatedReason? reason = null;
        if (!stats.IsUsable(context.Parameters))
        {
            reason = context.CoverageReason(stats);
        }
        else if (tested.Where(p => p.Value is null).Select(p => p.Month).ToList() is { Count: > 0 } missing)
        {
            reason = new(ReasonCodes.MonthsMissing, WindowStatistics.MissingReason(missing), missing);
        }
        else if (k is not null && stats.Sd is null)
        {
            reason = new(ReasonCodes.TooFewValues, string.Create(CultureInfo.InvariantCulture, $"{context.CoverageReason(stats).Text}; a standard deviation needs at least 2"), null, stats.N, 2);
        }

        if (reason is not null)
        {
            return [RuleContext.NotEvaluated(high, reason, evidence), RuleContext.NotEvaluated(low, reason, evidence)];
        }

        var mean = stats.Mean!.Value;
        var spread = k is { } multiplier ? multiplier * stats.Sd!.Value : 0.0;
        var upper = mean + spread;
        var lower = mean - spread;
        var values = tested.Select(p => p.Value!.Value).ToList();
        var banded = evidence with { LowerThreshold = lower, UpperThreshold = upper };
        return
        [
            context.Decide(high, values.All(v => Threshold.IsAbove(v, upper)), banded with { Threshold = upper }),
            context.Decide(low, values.All(v => Threshold.IsBelow(v, lower)), banded with { Threshold = lower }),
        ];
    }
}

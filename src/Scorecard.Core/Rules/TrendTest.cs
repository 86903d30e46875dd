using System.Globalization;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Rules;

/// <summary>
/// The test shared by the discrete and rolling trend rules: an OLS fit of the window's present
/// values against the month offset (m − T), two-sided p against α.
/// </summary>
internal static class TrendTest
{
    /// <param name="noun">What the window holds, for the coverage reason ("months", "rolling 12-month values").</param>
    public static IReadOnlyList<RuleOutcome> Evaluate(
        RuleContext context,
        RuleDefinition up,
        RuleDefinition down,
        WindowStatistics stats,
        TrendParameters parameters,
        string noun)
    {
        var evidence = new Evidence(
            Window: stats.Window.ToString(),
            N: stats.N,
            Mean: stats.Mean,
            Sd: stats.Sd,
            Tested: stats.Points,
            Alpha: parameters.Alpha);

        NotEvaluatedReason? reason = null;
        if (!stats.IsUsable(context.Parameters))
        {
            reason = context.CoverageReason(stats, noun);
        }
        else if (stats.N < 3)
        {
            reason = new(ReasonCodes.TooFewValues, string.Create(CultureInfo.InvariantCulture, $"{context.CoverageReason(stats, noun).Text}; a trend needs at least 3"), null, stats.N, 3);
        }

        if (reason is not null)
        {
            return [RuleContext.NotEvaluated(up, reason, evidence), RuleContext.NotEvaluated(down, reason, evidence)];
        }

        var points = stats.Present.Select(p => ((double)MonthWindow.MonthsBetween(context.Month, p.Month), p.Value)).ToList();
        var fit = LeastSquares.Fit(points);
        evidence = evidence with
        {
            Slope = fit.Slope,
            Intercept = fit.Intercept,
            StandardError = fit.StandardError,
            T = fit.T,
            Df = fit.Df,
            P = fit.P,
        };

        var significant = fit.P is { } p && Threshold.IsBelow(p, parameters.Alpha);
        return
        [
            context.Decide(up, significant && Threshold.IsAbove(fit.Slope, 0.0), evidence),
            context.Decide(down, significant && Threshold.IsBelow(fit.Slope, 0.0), evidence),
        ];
    }
}

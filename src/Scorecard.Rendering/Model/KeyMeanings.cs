using Scorecard.Core.Evaluation;
using Scorecard.Core.Rules;

namespace Scorecard.Rendering.Model;

/// <summary>
/// One plain sentence per symbol of the key, for a reader who is not a statistician, with the
/// numbers of the office's own parameters ("the last eight months", "the previous two years").
/// The key's own words (the reference report's) stay beside it.
/// </summary>
internal static class KeyMeanings
{
    private static readonly string[] Small = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static string For(RuleDefinition rule, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        return rule.Id switch
        {
            RuleIds.PeersAbove => "Well above similar forces: further above their average than forces usually differ.",
            RuleIds.PeersInLineAbove => "Close to similar forces, a little above their average.",
            RuleIds.PeersInLineBelow => "Close to similar forces, a little below their average.",
            RuleIds.PeersBelow => "Well below similar forces: further below their average than forces usually differ.",
            RuleIds.SpikeHigh => $"Last month was unusually high: above the range expected from the previous {Months(p.Spike.Window)}.",
            RuleIds.SpikeLow => $"Last month was unusually low: below the range expected from the previous {Months(p.Spike.Window)}.",
            RuleIds.ShiftHigh => $"The last {Count(p.Shift.Length)} months were all well above the usual level of the past {Months(p.Shift.Window)}.",
            RuleIds.ShiftLow => $"The last {Count(p.Shift.Length)} months were all well below the usual level of the past {Months(p.Shift.Window)}.",
            RuleIds.RunAbove => $"The last {Count(p.Run.Length)} months were all above the average of the past {Months(p.Run.Window)}: a lasting rise, not a one-off.",
            RuleIds.RunBelow => $"The last {Count(p.Run.Length)} months were all below the average of the past {Months(p.Run.Window)}: a lasting fall, not a one-off.",
            RuleIds.TrendUp => $"Over the past {Months(p.Trend.Window)} the monthly figures have risen steadily, more than chance would explain.",
            RuleIds.TrendDown => $"Over the past {Months(p.Trend.Window)} the monthly figures have fallen steadily, more than chance would explain.",
            RuleIds.RollingTrendUp => $"Over the past {Months(p.RollingTrend.Window)} the rolling 12-month figures have risen steadily: a weaker sign than the monthly trend.",
            RuleIds.RollingTrendDown => $"Over the past {Months(p.RollingTrend.Window)} the rolling 12-month figures have fallen steadily: a weaker sign than the monthly trend.",
            RuleIds.PeersTrendDiffers => $"Moving the opposite way to similar forces over the past year, by more than {UkFormat.Number(p.Peers.TrendDifference, p.Peers.TrendDifference % 1 == 0 ? 0 : 1)} percentage points.",
            RuleIds.NoData => $"No figures have been recorded for at least {(p.NoData.Window == 12 ? "a year" : Months(p.NoData.Window))}.",
            _ => rule.KeyText,
        };
    }

    /// <summary>
    /// The parameters a key's sentences are written with: those most of the evaluated measures
    /// share (the configuration's own, unless most measures override them), else the defaults.
    /// </summary>
    public static RuleParameters CommonParameters(ScorecardEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Measures.GroupBy(m => m.Measure.Rules).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? RuleParameters.Default;
    }

    /// <summary>"two years", "year", "18 months".</summary>
    private static string Months(int months) => months switch
    {
        12 => "year",
        _ when months % 12 == 0 => $"{Count(months / 12)} years",
        _ => $"{Count(months)} months",
    };

    private static string Count(int n) => n >= 0 && n < Small.Length ? Small[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

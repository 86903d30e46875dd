using Scorecard.Core.Rules;

namespace Scorecard.Core.Spc;

/// <summary>
/// The "Making Data Count" parameters: the <c>spc</c> block (<c>shiftLength</c>,
/// <c>trendLength</c>, <c>minimumPoints</c>, <c>recalculateAt</c>, <c>baselineEnd</c>,
/// <c>window</c>) and <c>noData</c>.
/// </summary>
public sealed class MakingDataCountParameters : RuleSetParameters
{
    private static readonly string[] SpcKeys = ["shiftLength", "trendLength", "minimumPoints", "recalculateAt", "baselineEnd", "window"];

    public override IReadOnlyList<string> Blocks { get; } = ["spc", "noData"];

    public override RuleParameters Bind(IParameterSource rules, RuleParameters baseline)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(baseline);
        var result = baseline;
        if (rules.Block("spc", SpcKeys) is { } s)
        {
            var b = baseline.Spc;
            result = result with
            {
                Spc = new SpcParameters
                {
                    ShiftLength = s.Integer("shiftLength") ?? b.ShiftLength,
                    TrendLength = s.Integer("trendLength") ?? b.TrendLength,
                    MinimumPoints = s.Integer("minimumPoints") ?? b.MinimumPoints,
                    RecalculateAt = s.Months("recalculateAt") ?? b.RecalculateAt,
                    BaselineEnd = s.Has("baselineEnd") ? s.Month("baselineEnd") : b.BaselineEnd,
                    Window = s.Has("window") ? s.Integer("window") : b.Window,
                },
            };
        }

        return NoDataBlock.Bind(rules, result, baseline);
    }
}

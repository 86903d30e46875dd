namespace Scorecard.Core.Rules;

/// <summary>The stable rule ids of the dashboard key and of the "Making Data Count" set: a contract with templates, configuration and other tools.</summary>
public static class RuleIds
{
    public const string PeersAbove = "peers-above";
    public const string PeersInLineAbove = "peers-in-line-above";
    public const string PeersInLineBelow = "peers-in-line-below";
    public const string PeersBelow = "peers-below";
    public const string SpikeHigh = "spike-high";
    public const string SpikeLow = "spike-low";
    public const string ShiftHigh = "shift-high";
    public const string ShiftLow = "shift-low";
    public const string RunAbove = "run-above";
    public const string RunBelow = "run-below";
    public const string TrendUp = "trend-up";
    public const string TrendDown = "trend-down";
    public const string RollingTrendUp = "rolling-trend-up";
    public const string RollingTrendDown = "rolling-trend-down";
    public const string PeersTrendDiffers = "peers-trend-differs";
    public const string NoData = "no-data";

    // The NHS "Making Data Count" XmR rules (RuleSet.MakingDataCount).
    public const string SpcSinglePointHigh = "spc-single-point-high";
    public const string SpcSinglePointLow = "spc-single-point-low";
    public const string SpcShiftHigh = "spc-shift-high";
    public const string SpcShiftLow = "spc-shift-low";
    public const string SpcTrendUp = "spc-trend-up";
    public const string SpcTrendDown = "spc-trend-down";
    public const string SpcTwoSigmaHigh = "spc-two-sigma-high";
    public const string SpcTwoSigmaLow = "spc-two-sigma-low";
}

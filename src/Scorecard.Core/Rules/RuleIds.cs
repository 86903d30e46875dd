namespace Scorecard.Core.Rules;

/// <summary>The dashboard key's stable rule ids: a contract with templates, configuration and other tools.</summary>
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
}

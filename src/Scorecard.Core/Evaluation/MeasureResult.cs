using Scorecard.Core.Measures;
using Scorecard.Core.Rules;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Evaluation;

/// <summary>One measure, evaluated: its figures and every rule's outcome.</summary>
/// <param name="PriorityNumber">The Police and Crime Plan priority it is reported under, or null when unconfigured.</param>
/// <param name="Outcomes">Every rule of the rule set, in the key's order, with its status.</param>
/// <param name="Peers">The peer comparison behind the peer rules, when peer data were given.</param>
/// <param name="Spc">The measure's XmR chart, when its rule set has XmR rules ("Making Data Count"); null otherwise.</param>
public sealed record MeasureResult(
    Measure Measure,
    int? PriorityNumber,
    MeasureFigures Figures,
    IReadOnlyList<RuleOutcome> Outcomes,
    PeerComparison? Peers,
    XmrChart? Spc = null)
{
    /// <summary>The rule set the measure was judged by.</summary>
    public RuleSet RuleSet { get; init; } = RuleSet.DashboardKey;

    /// <summary>The fired rules only.</summary>
    public IReadOnlyList<RuleOutcome> Flags => Outcomes.Where(o => o.Fired).ToList();

    public RuleOutcome? Outcome(string ruleId) => Outcomes.FirstOrDefault(o => o.Rule.Id == ruleId);
}

using Scorecard.Core.Evaluation;
using Scorecard.Core.Rules;

namespace Scorecard.Rendering.Model;

/// <summary>
/// The words a rule set gives its symbols (the key's own, with the parameters' numbers, and one
/// plain sentence each), for the parameters a key is written with: the rule set owns the words;
/// this only picks the parameters.
/// </summary>
internal static class KeyMeanings
{
    /// <summary>
    /// The parameters <paramref name="set"/>'s key is written with: those most of the measures judged
    /// by it share (the configuration's own, unless most measures override them), else the defaults.
    /// </summary>
    public static RuleParameters CommonParameters(ScorecardEvaluation evaluation, RuleSet set)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Measures.Where(m => m.RuleSet == set)
            .GroupBy(m => m.Measure.Rules).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? RuleParameters.Default;
    }
}

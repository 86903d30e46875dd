using Scorecard.Cli.Commands;
using Scorecard.Core.Evaluation;

namespace Scorecard.Cli.Tests.Commands;

/// <summary>evaluate gets the evaluation's and its output's code ready on another core, with a made-up scorecard, while it reads the data.</summary>
public sealed class EvaluateWarmUpTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("table")]
    public void The_warm_up_evaluates_and_writes_the_made_up_scorecard_in_each_format_without_failing(string format)
    {
        Should.NotThrow(() => EvaluateWarmUp.Run(format));
    }

    [Fact]
    public async Task The_warm_up_runs_once_a_process()
    {
        var warmUp = EvaluateWarmUp.Start("json");

        await warmUp.WaitAsync(TimeSpan.FromMinutes(2));
        warmUp.IsCompletedSuccessfully.ShouldBeTrue();
        EvaluateWarmUp.Start("csv").ShouldBeSameAs(warmUp, "once a process");
    }

    [Fact]
    public void The_made_up_scorecard_reaches_peer_tests_fired_rules_and_tests_not_run_as_a_real_one_does()
    {
        var scorecard = MadeUpScorecard.Evaluate();
        var outcomes = scorecard.Evaluation.Measures.SelectMany(m => m.Outcomes).ToList();

        scorecard.Evaluation.Measures.Count.ShouldBe(2);
        outcomes.ShouldContain(o => o.Fired);
        outcomes.ShouldContain(o => o.Status == RuleStatus.NotEvaluated, "the ratio's missing months leave tests not run");
        outcomes.ShouldContain(o => o.Rule.Group == RuleGroup.Peers && o.Status != RuleStatus.NotEvaluated, "the count is compared with its peers");
        scorecard.Evaluation.Measures.ShouldContain(m => m.Measure.DataIssues.Count > 0);
    }
}

namespace Scorecard.Core.Tests.Rules;

public sealed class ShiftRuleTests
{
    private static readonly YearMonth Start = new(2017, 10);

    [Fact]
    public void Fires_high_when_the_last_three_months_are_all_above_the_24_month_average_plus_one_sd()
    {
        // 21 × 100 and 3 × 130: mean 103.75, sd √(2362.5 / 23), threshold 113.884...
        var outcomes = new ShiftRule().Evaluate(Build.Context(Build.Series(Start, Build.Repeat(100, 21).Concat(Build.Repeat(130, 3)))));

        var high = outcomes.Outcome(RuleIds.ShiftHigh);
        high.Status.ShouldBe(RuleStatus.Fired);
        high.Evidence.Window.ShouldBe("2017-10..2019-09");
        high.Evidence.Mean!.Value.ShouldBe(103.75, 1e-12);
        high.Evidence.Sd!.Value.ShouldBe(Math.Sqrt(2362.5 / 23), 1e-12);
        high.Evidence.Threshold!.Value.ShouldBe(103.75 + Math.Sqrt(2362.5 / 23), 1e-12);
        high.Evidence.Tested!.Select(p => p.Month).ShouldBe([new YearMonth(2019, 7), new YearMonth(2019, 8), Build.September2019]);
        outcomes.Outcome(RuleIds.ShiftLow).Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void Fires_low_as_the_mirror()
    {
        var outcomes = new ShiftRule().Evaluate(Build.Context(Build.Series(Start, Build.Repeat(100, 21).Concat(Build.Repeat(70, 3)))));

        outcomes.Outcome(RuleIds.ShiftLow).Status.ShouldBe(RuleStatus.Fired);
        outcomes.Outcome(RuleIds.ShiftHigh).Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void Does_not_fire_when_one_of_the_three_months_is_not_above()
    {
        var values = Build.Repeat(100, 21).Concat([130, 100, 130]);

        new ShiftRule().Evaluate(Build.Context(Build.Series(Start, values))).ShouldAllBe(o => o.Status == RuleStatus.NotFired);
    }

    [Fact]
    public void Names_consecutive_missing_months_as_one_range()
    {
        WindowStatistics.MissingReason([new YearMonth(2019, 2), new YearMonth(2019, 3), new YearMonth(2019, 4), new YearMonth(2019, 9)])
            .ShouldBe("February to April 2019 and September 2019 missing");
        WindowStatistics.MissingReason([new YearMonth(2018, 12), new YearMonth(2019, 1), new YearMonth(2019, 2)])
            .ShouldBe("December 2018 to February 2019 missing");
    }

    [Fact]
    public void Is_not_evaluated_when_a_tested_month_is_missing_and_names_the_months()
    {
        var one = new ShiftRule().Evaluate(Build.Context(Build.Series(Start, Build.Repeat(100, 21).Concat([130, null, 130]))));
        one.ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == "August 2019 missing");

        var two = new ShiftRule().Evaluate(Build.Context(Build.Series(Start, Build.Repeat(100, 21).Concat([null, null, 130]))));
        two.ShouldAllBe(o => o.Reason == "July and August 2019 missing");
    }

    [Fact]
    public void Previous_alignment_ends_the_window_before_the_tested_months()
    {
        var rules = RuleParameters.Default with { Shift = new ShiftParameters(Alignment: WindowAlignment.Previous) };
        var series = Build.Series(new YearMonth(2017, 7), Build.Repeat(100, 24).Concat(Build.Repeat(101, 3)));
        var outcomes = new ShiftRule().Evaluate(Build.Context(series, measure: Build.Measure(rules: rules)));

        outcomes.Outcome(RuleIds.ShiftHigh).Evidence.Window.ShouldBe("2017-07..2019-06");
        outcomes.Outcome(RuleIds.ShiftHigh).Status.ShouldBe(RuleStatus.Fired);
    }
}

public sealed class RunRuleTests
{
    private static readonly YearMonth Start = new(2017, 10);

    [Fact]
    public void Fires_above_when_the_last_eight_months_are_all_above_the_24_month_average()
    {
        var outcomes = new RunRule().Evaluate(Build.Context(Build.Series(Start, Build.Repeat(100, 16).Concat(Build.Repeat(120, 8)))));

        var above = outcomes.Outcome(RuleIds.RunAbove);
        above.Status.ShouldBe(RuleStatus.Fired);
        above.Evidence.Mean!.Value.ShouldBe(106.667, 0.001);
        above.Evidence.Threshold!.Value.ShouldBe(320.0 / 3, 1e-12);
        above.Evidence.K.ShouldBeNull();
        above.Evidence.Tested!.Count.ShouldBe(8);
        outcomes.Outcome(RuleIds.RunBelow).Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void Fires_below_as_the_mirror()
    {
        var outcomes = new RunRule().Evaluate(Build.Context(Build.Series(Start, Build.Repeat(100, 16).Concat(Build.Repeat(80, 8)))));

        outcomes.Outcome(RuleIds.RunBelow).Status.ShouldBe(RuleStatus.Fired);
    }

    [Fact]
    public void Months_exactly_on_the_average_do_not_count_as_above_or_below()
    {
        new RunRule().Evaluate(Build.Context(Build.Series(Start, Build.Repeat(100, 24)))).ShouldAllBe(o => o.Status == RuleStatus.NotFired);
    }

    [Fact]
    public void Is_not_evaluated_when_one_of_the_eight_months_is_missing()
    {
        var values = Build.Repeat(100, 16).Concat(Build.Repeat(120, 8)).Select((v, i) => i == 19 ? null : v);
        var outcomes = new RunRule().Evaluate(Build.Context(Build.Series(Start, values)));

        outcomes.ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == "May 2019 missing");
    }

    [Fact]
    public void Honours_the_measures_own_run_length()
    {
        var rules = RuleParameters.Default with { Run = new RunParameters(Length: 4) };
        var series = Build.Series(Start, Build.Repeat(100, 20).Concat(Build.Repeat(120, 4)));

        new RunRule().Evaluate(Build.Context(series)).Outcome(RuleIds.RunAbove).Status.ShouldBe(RuleStatus.NotFired);
        new RunRule().Evaluate(Build.Context(series, measure: Build.Measure(rules: rules))).Outcome(RuleIds.RunAbove).Status.ShouldBe(RuleStatus.Fired);
    }
}

using Scorecard.Core.Series;

namespace Scorecard.Core.Tests.Rules;

public sealed class TrendRuleTests
{
    private static readonly YearMonth Start = new(2018, 10);

    // x = −11..0, y = 100 + 2x + (−1)^i: slope 2 − 6/143, x̄ = −5.5, Sxx = 143.
    private static IEnumerable<double?> Wobbly(double slope = 2) =>
        Enumerable.Range(0, 12).Select(i => (double?)(100 + (slope * (i - 11)) + (i % 2 == 0 ? 1 : -1)));

    [Fact]
    public void Fires_up_when_the_12_month_slope_is_positive_and_significant()
    {
        var outcomes = new TrendRule().Evaluate(Build.Context(Build.Series(Start, Wobbly())));

        var up = outcomes.Outcome(RuleIds.TrendUp);
        up.Status.ShouldBe(RuleStatus.Fired);
        outcomes.Outcome(RuleIds.TrendDown).Status.ShouldBe(RuleStatus.NotFired);
        var e = up.Evidence;
        e.Window.ShouldBe("2018-10..2019-09");
        e.N.ShouldBe(12);
        e.Slope!.Value.ShouldBe(2 - (6.0 / 143), 1e-12);
        e.Df.ShouldBe(10);

        // By hand: SSR = Σr² − (Σ(x − x̄)r)² ÷ Sxx = 12 − 36/143; se = √(SSR ÷ 10 ÷ 143).
        e.StandardError!.Value.ShouldBe(Math.Sqrt((12 - (36.0 / 143)) / 10 / 143), 1e-12);
        e.T!.Value.ShouldBe(e.Slope.Value / e.StandardError.Value, 1e-9);
        e.P!.Value.ShouldBeLessThan(1e-8);
        e.Alpha.ShouldBe(0.05);
    }

    [Fact]
    public void Fires_down_as_the_mirror()
    {
        var outcomes = new TrendRule().Evaluate(Build.Context(Build.Series(Start, Wobbly(-2))));

        outcomes.Outcome(RuleIds.TrendDown).Status.ShouldBe(RuleStatus.Fired);
        outcomes.Outcome(RuleIds.TrendUp).Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void Equal_values_fire_neither_with_slope_zero_and_no_t_or_p()
    {
        var outcomes = new TrendRule().Evaluate(Build.Context(Build.Series(Start, Build.Repeat(7, 12))));

        outcomes.ShouldAllBe(o => o.Status == RuleStatus.NotFired);
        outcomes[0].Evidence.Slope.ShouldBe(0);
        outcomes[0].Evidence.T.ShouldBeNull();
        outcomes[0].Evidence.P.ShouldBeNull();
    }

    [Fact]
    public void A_perfect_straight_line_has_p_zero_and_fires()
    {
        var outcomes = new TrendRule().Evaluate(Build.Context(Build.Series(Start, Enumerable.Range(0, 12).Select(i => (double?)(10 + (3 * i))))));

        outcomes.Outcome(RuleIds.TrendUp).Status.ShouldBe(RuleStatus.Fired);
        outcomes[0].Evidence.P.ShouldBe(0);
        outcomes[0].Evidence.StandardError.ShouldBe(0);
        outcomes[0].Evidence.Slope!.Value.ShouldBe(3, 1e-12);
        outcomes[0].Evidence.Intercept!.Value.ShouldBe(43, 1e-12);
    }

    [Fact]
    public void A_slope_that_is_not_significant_does_not_fire()
    {
        var values = new double?[] { 5, 9, 4, 8, 6, 3, 9, 5, 7, 4, 8, 6 };

        new TrendRule().Evaluate(Build.Context(Build.Series(Start, values))).ShouldAllBe(o => o.Status == RuleStatus.NotFired);
    }

    [Fact]
    public void Is_not_evaluated_with_fewer_than_9_of_12_months()
    {
        var values = Wobbly().Select((v, i) => i is 1 or 3 or 5 or 7 ? null : v);
        var outcomes = new TrendRule().Evaluate(Build.Context(Build.Series(Start, values)));

        outcomes.ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == "8 of 12 months present");
    }

    [Fact]
    public void Needs_at_least_three_points_whatever_the_coverage_setting()
    {
        var rules = RuleParameters.Default with { Coverage = 0.1 };
        var values = Enumerable.Repeat<double?>(null, 10).Concat([5, 9]);
        var outcomes = new TrendRule().Evaluate(Build.Context(Build.Series(Start, values), measure: Build.Measure(rules: rules)));

        outcomes.ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == "2 of 12 months present; a trend needs at least 3");
    }

    [Fact]
    public void A_missing_last_month_does_not_stop_the_trend_and_gaps_keep_their_true_distance()
    {
        var values = Wobbly().Select((v, i) => i is 4 or 11 ? null : v);
        var outcome = new TrendRule().Evaluate(Build.Context(Build.Series(Start, values))).Outcome(RuleIds.TrendUp);

        outcome.Status.ShouldBe(RuleStatus.Fired);
        outcome.Evidence.N.ShouldBe(10);
        outcome.Evidence.Df.ShouldBe(8);
        outcome.Evidence.Slope!.Value.ShouldBe(2, 0.1);
    }

    [Fact]
    public void Honours_the_measures_own_alpha()
    {
        // MPS domestic burglary, October 2018 to September 2019: p = 0.00243 (R, lm).
        var values = new double?[] { 5281, 6240, 5506, 5617, 4980, 5399, 4583, 4596, 4494, 4510, 4417, 4859 };
        var series = Build.Series(Start, values);
        var strict = RuleParameters.Default with { Trend = new TrendParameters(Alpha: 0.001) };

        new TrendRule().Evaluate(Build.Context(series)).Outcome(RuleIds.TrendDown).Status.ShouldBe(RuleStatus.Fired);
        new TrendRule().Evaluate(Build.Context(series, measure: Build.Measure(rules: strict))).Outcome(RuleIds.TrendDown).Status.ShouldBe(RuleStatus.NotFired);
    }
}

public sealed class RollingTrendRuleTests
{
    [Fact]
    public void Fits_the_rolling_12_month_sums_of_a_count()
    {
        // x(m) = m's index: r(m) = Σ of 12 consecutive indices rises by 12 a month, a perfect line.
        var series = Build.Series(new YearMonth(2017, 11), Enumerable.Range(0, 23).Select(i => (double?)i));
        var outcome = new RollingTrendRule().Evaluate(Build.Context(series)).Outcome(RuleIds.RollingTrendUp);

        outcome.Status.ShouldBe(RuleStatus.Fired);
        outcome.Evidence.Slope!.Value.ShouldBe(12, 1e-9);
        outcome.Evidence.Tested![^1].Value.ShouldBe(Enumerable.Range(11, 12).Sum());
    }

    [Fact]
    public void A_missing_month_leaves_every_rolling_value_that_contains_it_missing()
    {
        // A gap in June 2018 removes r(m) for June 2018 .. May 2019: 8 of the 12 months of the window.
        var values = Enumerable.Range(0, 23).Select(i => i == 7 ? null : (double?)(100 + i));
        var outcomes = new RollingTrendRule().Evaluate(Build.Context(Build.Series(new YearMonth(2017, 11), values)));

        outcomes.ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == "4 of 12 rolling 12-month values present");
    }

    [Fact]
    public void A_ratios_rolling_value_is_its_summed_numerators_over_its_summed_denominators()
    {
        var first = new YearMonth(2017, 11);
        var series = new MonthlySeries("r", Enumerable.Range(0, 23).Select(i =>
            new MonthlyObservation(first.PlusMonths(i), Numerator: 10 + i, Denominator: i % 2 == 0 ? 100 : 50)));
        var outcome = new RollingTrendRule().Evaluate(Build.Context(series, measure: Build.Measure(MeasureKind.Ratio)))
            .Outcome(RuleIds.RollingTrendUp);

        var last12 = Enumerable.Range(11, 12);
        outcome.Evidence.Tested![^1].Value!.Value.ShouldBe(last12.Sum(i => 10.0 + i) / last12.Sum(i => i % 2 == 0 ? 100.0 : 50.0) * 100, 1e-12);
    }

    [Fact]
    public void A_level_measures_rolling_trend_is_not_evaluated_because_it_would_repeat_the_discrete_trend()
    {
        var series = Build.Series(new YearMonth(2018, 10), new double?[] { 70, 71, 70, 72, 73, 72, 74, 75, 74, 76, 77, 78 });
        var context = Build.Context(series, measure: Build.Measure(MeasureKind.Level));

        var rolling = new RollingTrendRule().Evaluate(context);
        rolling.ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == RollingTrendRule.LevelReason);
        new TrendRule().Evaluate(context).Outcome(RuleIds.TrendUp).Status.ShouldBe(RuleStatus.Fired);
    }

    [Fact]
    public void Mps_domestic_burglary_at_September_2019_trends_down_month_by_month_but_up_on_rolling_12_months()
    {
        var series = CrossCheckData.Mps("domestic-burglary-mps");
        var context = Build.Context(series);

        new TrendRule().Evaluate(context).Outcome(RuleIds.TrendDown).Status.ShouldBe(RuleStatus.Fired);
        new RollingTrendRule().Evaluate(context).Outcome(RuleIds.RollingTrendUp).Status.ShouldBe(RuleStatus.Fired);
    }
}

using Scorecard.Core.Peers;
using Scorecard.Core.Spc;
using Scorecard.Core.Tests.Spc;

namespace Scorecard.Core.Tests.Rules;

public sealed class SpcSinglePointRuleTests
{
    [Fact]
    public void Fires_high_when_the_last_point_is_above_the_upper_process_limit()
    {
        var outcomes = new SpcSinglePointRule().Evaluate(Xmr.Context(Polarity.HigherIsBetter, 17));

        var high = outcomes.Outcome(RuleIds.SpcSinglePointHigh);
        high.Status.ShouldBe(RuleStatus.Fired);
        high.Sentiment.ShouldBe(Sentiment.Improvement);
        high.Evidence.Window.ShouldBe("2020-01..2021-08");
        high.Evidence.N.ShouldBe(20);
        high.Evidence.Mean!.Value.ShouldBe(11, 1e-12);
        high.Evidence.Threshold!.Value.ShouldBe(16.32, 1e-12);
        high.Evidence.LowerThreshold!.Value.ShouldBe(5.68, 1e-12);
        high.Evidence.UpperThreshold!.Value.ShouldBe(16.32, 1e-12);
        high.Evidence.K.ShouldBe(3);
        high.Evidence.Value.ShouldBe(17);
        high.Evidence.Tested.ShouldBe([new EvidencePoint(Xmr.LastMonth(1), 17)]);
        high.Evidence.Lines!.Value.MovingRangeMean.ShouldBe(2);
        outcomes.Outcome(RuleIds.SpcSinglePointLow).Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void Fires_low_as_the_mirror_and_its_sentiment_follows_the_polarity()
    {
        var outcomes = new SpcSinglePointRule().Evaluate(Xmr.Context(Polarity.HigherIsBetter, 5));
        outcomes.Outcome(RuleIds.SpcSinglePointLow).Sentiment.ShouldBe(Sentiment.Concern);
        outcomes.Outcome(RuleIds.SpcSinglePointLow).Evidence.Threshold!.Value.ShouldBe(5.68, 1e-12);

        new SpcSinglePointRule().Evaluate(Xmr.Context(Polarity.LowerIsBetter, 5)).Outcome(RuleIds.SpcSinglePointLow).Sentiment.ShouldBe(Sentiment.Improvement);
        new SpcSinglePointRule().Evaluate(Xmr.Context(Polarity.Neutral, 5)).Outcome(RuleIds.SpcSinglePointLow).Sentiment.ShouldBe(Sentiment.Neutral);
    }

    [Fact]
    public void Does_not_fire_for_an_earlier_point_beyond_the_limit()
    {
        var outcomes = new SpcSinglePointRule().Evaluate(Xmr.Context(Polarity.HigherIsBetter, 17, 12));

        outcomes.ShouldAllBe(o => o.Status == RuleStatus.NotFired);
    }

    [Fact]
    public void Is_not_evaluated_below_the_minimum_points_and_says_how_many_there_are()
    {
        var outcomes = new SpcSinglePointRule().Evaluate(Xmr.Context(Build.Series(Xmr.Start, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 40), parameters: SpcParameters.Default));

        outcomes.ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == "12 points; process limits need at least 13");
        outcomes[0].Evidence.Value.ShouldBe(40);
    }

    [Fact]
    public void Is_not_evaluated_when_the_last_period_has_one_point()
    {
        var parameters = new SpcParameters { RecalculateAt = [Xmr.LastMonth(1)] };
        var context = Xmr.Context(Xmr.After(40), parameters: parameters);

        new SpcSinglePointRule().Evaluate(context).ShouldAllBe(o =>
            o.Status == RuleStatus.NotEvaluated && o.Reason == "the lines of the calculation period from September 2021 come from 1 point; process limits need at least 2");
        new SpcShiftRule().Evaluate(context).ShouldAllBe(o => o.Status == RuleStatus.NotFired);
    }

    [Fact]
    public void Is_not_evaluated_without_any_point()
    {
        var context = new RuleContext(Build.Measure(), null, Build.September2019);

        new SpcSinglePointRule().Evaluate(context).ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == "no values up to September 2019");
    }
}

public sealed class SpcShiftRuleTests
{
    [Fact]
    public void Fires_high_when_the_last_six_points_are_above_the_mean_and_names_the_whole_run()
    {
        var outcomes = new SpcShiftRule().Evaluate(Xmr.Context(Polarity.LowerIsBetter, 12, 12, 12, 12, 12, 12, 12, 12));

        var high = outcomes.Outcome(RuleIds.SpcShiftHigh);
        high.Status.ShouldBe(RuleStatus.Fired);
        high.Sentiment.ShouldBe(Sentiment.Concern);
        high.Evidence.Threshold!.Value.ShouldBe(11, 1e-12);
        high.Evidence.Tested!.Count.ShouldBe(8);
        high.Evidence.Tested[0].Month.ShouldBe(Xmr.LastMonth(1));
        outcomes.Outcome(RuleIds.SpcShiftLow).Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void Does_not_fire_on_five_and_shows_the_last_six_it_looked_at()
    {
        var high = new SpcShiftRule().Evaluate(Xmr.Context(Polarity.HigherIsBetter, 12, 12, 12, 12, 12)).Outcome(RuleIds.SpcShiftHigh);

        high.Status.ShouldBe(RuleStatus.NotFired);
        high.Evidence.Tested!.Select(p => p.Value).ShouldBe([10, 12, 12, 12, 12, 12]);
    }

    [Fact]
    public void Fires_low_as_the_mirror()
    {
        new SpcShiftRule().Evaluate(Xmr.Context(Polarity.HigherIsBetter, 10, 10, 10, 10, 10)).Outcome(RuleIds.SpcShiftLow).Status.ShouldBe(RuleStatus.Fired);
    }

    [Fact]
    public void Honours_the_measures_own_shift_length()
    {
        var context = Xmr.Context(Xmr.After(12, 12, 12, 12, 12, 12), parameters: Xmr.FixedLines with { ShiftLength = 7 });

        new SpcShiftRule().Evaluate(context).Outcome(RuleIds.SpcShiftHigh).Status.ShouldBe(RuleStatus.NotFired);
    }
}

public sealed class SpcTrendRuleTests
{
    [Fact]
    public void Fires_up_when_the_last_six_points_each_rise_and_names_the_run()
    {
        var outcomes = new SpcTrendRule().Evaluate(Xmr.Context(Polarity.HigherIsBetter, 10.5, 11, 11.5, 12, 12.5, 13));

        var up = outcomes.Outcome(RuleIds.SpcTrendUp);
        up.Status.ShouldBe(RuleStatus.Fired);
        up.Sentiment.ShouldBe(Sentiment.Improvement);
        up.Evidence.Tested!.Select(p => p.Value).ShouldBe([10, 10.5, 11, 11.5, 12, 12.5, 13]);
        up.Evidence.Threshold.ShouldBeNull();
        outcomes.Outcome(RuleIds.SpcTrendDown).Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void A_pause_stops_it_firing()
    {
        var up = new SpcTrendRule().Evaluate(Xmr.Context(Polarity.HigherIsBetter, 10.5, 11, 11, 11.5, 12, 12.5, 13)).Outcome(RuleIds.SpcTrendUp);

        up.Status.ShouldBe(RuleStatus.NotFired);
        up.Evidence.Tested!.Count.ShouldBe(6);
    }

    [Fact]
    public void Fires_down_as_the_mirror()
    {
        var outcomes = new SpcTrendRule().Evaluate(Xmr.Context(Polarity.LowerIsBetter, 12, 11.5, 11, 10.5, 10, 9.5));

        outcomes.Outcome(RuleIds.SpcTrendDown).Sentiment.ShouldBe(Sentiment.Improvement);
    }
}

public sealed class SpcTwoSigmaRuleTests
{
    [Fact]
    public void Fires_high_when_two_of_the_last_three_are_near_the_upper_limit_and_names_those_two()
    {
        var outcomes = new SpcTwoSigmaRule().Evaluate(Xmr.Context(Polarity.HigherIsBetter, 15, 12, 15));

        var high = outcomes.Outcome(RuleIds.SpcTwoSigmaHigh);
        high.Status.ShouldBe(RuleStatus.Fired);
        high.Evidence.Threshold!.Value.ShouldBe(11 + (2 * 2.66 * 2 / 3), 1e-12);
        high.Evidence.K.ShouldBe(2);
        high.Evidence.Tested!.Select(p => p.Month).ShouldBe([Xmr.LastMonth(1), Xmr.LastMonth(3)]);
        outcomes.Outcome(RuleIds.SpcTwoSigmaLow).Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void Does_not_fire_when_the_last_point_is_the_third_one()
    {
        var high = new SpcTwoSigmaRule().Evaluate(Xmr.Context(Polarity.HigherIsBetter, 15, 15, 12)).Outcome(RuleIds.SpcTwoSigmaHigh);

        high.Status.ShouldBe(RuleStatus.NotFired);
        high.Evidence.Tested!.Select(p => p.Value).ShouldBe([15, 15, 12]);
    }

    [Fact]
    public void Fires_low_as_the_mirror()
    {
        new SpcTwoSigmaRule().Evaluate(Xmr.Context(Polarity.HigherIsBetter, 7, 7)).Outcome(RuleIds.SpcTwoSigmaLow).Sentiment.ShouldBe(Sentiment.Concern);
    }
}

public sealed class MakingDataCountRuleSetTests
{
    [Fact]
    public void Lists_its_symbols_high_side_then_low_side_then_no_data()
    {
        RuleSet.MakingDataCount.Key.Select(d => d.Id).ShouldBe(
        [
            "spc-single-point-high", "spc-shift-high", "spc-trend-up", "spc-two-sigma-high",
            "spc-single-point-low", "spc-shift-low", "spc-trend-down", "spc-two-sigma-low",
            "no-data",
        ]);
        RuleSet.MakingDataCount.Id.ShouldBe("making-data-count");
        RuleSet.MakingDataCount.UsesXmrCharts.ShouldBeTrue();
        RuleSet.DashboardKey.UsesXmrCharts.ShouldBeFalse();
    }

    [Fact]
    public void Every_mirror_points_back_the_other_way_with_its_own_key_text_and_label()
    {
        var spc = RuleSet.MakingDataCount.Key.Where(d => d.Id.StartsWith("spc-", StringComparison.Ordinal)).ToList();
        foreach (var d in spc)
        {
            var mirror = RuleSet.MakingDataCount.Find(d.Mirror!)!;
            mirror.Mirror.ShouldBe(d.Id);
            mirror.Direction.ShouldNotBe(d.Direction);
            d.Group.ShouldBe(d.Direction == RuleDirection.High ? RuleGroup.ExceptionHigh : RuleGroup.ExceptionLow);
        }

        spc.Select(d => d.KeyText).Distinct().Count().ShouldBe(8);
        spc.Select(d => d.ShortLabel).Distinct().Count().ShouldBe(8);
    }

    [Fact]
    public void The_evaluator_returns_the_chart_with_the_outcomes_in_key_order()
    {
        var measure = Build.Measure(polarity: Polarity.HigherIsBetter, rules: RuleParameters.Default with { Spc = Xmr.FixedLines }) with { Target = 20 };
        var series = Xmr.After(7.5, 8, 8.5, 9, 9.5, 10);

        var result = ScorecardEvaluator.MakingDataCount.Evaluate(measure, 2, series, PeerData.Empty, null, Xmr.LastMonth(6));

        result.Outcomes.Select(o => o.Id).ShouldBe(RuleSet.MakingDataCount.Key.Select(d => d.Id));
        result.Flags.Select(f => (f.Id, f.Sentiment)).ShouldBe([(RuleIds.SpcTrendUp, Sentiment.Improvement), (RuleIds.SpcShiftLow, Sentiment.Concern)]);
        var chart = result.Spc.ShouldNotBeNull();
        chart.VariationIcon.ShouldBe(VariationIcon.ImprovementHigh);
        chart.AssuranceIcon.ShouldBe(AssuranceIcon.Fail);
        chart.Target.ShouldBe(20);
        ScorecardEvaluator.Default.Evaluate(measure, 2, series, PeerData.Empty, null, Xmr.LastMonth(6)).Spc.ShouldBeNull();
    }

    [Fact]
    public void No_data_for_twelve_months_leaves_every_xmr_rule_not_evaluated_and_keeps_the_chart()
    {
        var series = Xmr.After();
        var month = Xmr.BaselineEnd.PlusMonths(12);

        var result = ScorecardEvaluator.MakingDataCount.Evaluate(Build.Measure(), null, series, PeerData.Empty, null, month);

        result.Outcome(RuleIds.NoData)!.Fired.ShouldBeTrue();
        result.Outcomes.Where(o => o.Id != RuleIds.NoData).ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == "no data in the 12 months to August 2022");
        result.Spc!.Points.Count.ShouldBe(20);
    }

    [Fact]
    public void A_lagging_series_is_judged_at_its_last_month_with_a_value()
    {
        var result = ScorecardEvaluator.MakingDataCount.Evaluate(
            Build.Measure(rules: RuleParameters.Default with { Spc = Xmr.FixedLines }), null, Xmr.After(17), PeerData.Empty, null, Xmr.LastMonth(3));

        var high = result.Outcome(RuleIds.SpcSinglePointHigh)!;
        high.Fired.ShouldBeTrue();
        high.Evidence.Tested!.Single().Month.ShouldBe(Xmr.LastMonth(1));
    }

    [Fact]
    public void Validation_reports_bad_xmr_settings_with_their_paths()
    {
        var spc = new SpcParameters
        {
            ShiftLength = 1,
            TrendLength = 2,
            MinimumPoints = 1,
            Window = 10,
            BaselineEnd = new YearMonth(2022, 3),
            RecalculateAt = [new YearMonth(2022, 4), new YearMonth(2022, 4), new YearMonth(2021, 6)],
        };

        var problems = (RuleParameters.Default with { Spc = spc }).Validate();

        problems.ShouldBe(
        [
            new ParameterProblem("spc.shiftLength", "must be at least 2; found 1."),
            new ParameterProblem("spc.trendLength", "must be at least 3; found 2."),
            new ParameterProblem("spc.minimumPoints", "must be at least 2; found 1."),
            new ParameterProblem("spc.recalculateAt", "lists 2022-04 more than once."),
            new ParameterProblem("spc.recalculateAt", "2021-06 is within the baseline (which ends 2022-03); a recalculation must come after baselineEnd."),
        ]);
        (RuleParameters.Default with { Spc = new SpcParameters { Window = 12 } }).Validate()
            .ShouldBe([new ParameterProblem("spc.window", "must be at least 13; found 12.")]);
        RuleParameters.Default.Validate().ShouldBeEmpty();
    }

    [Fact]
    public void Settings_with_equal_recalculation_months_are_equal()
    {
        var a = new SpcParameters { RecalculateAt = [new YearMonth(2022, 4)] };
        var b = new SpcParameters { RecalculateAt = [new YearMonth(2022, 4)] };

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        (RuleParameters.Default with { Spc = a }).ShouldBe(RuleParameters.Default with { Spc = b });
        a.ShouldNotBe(a with { RecalculateAt = [new YearMonth(2022, 5)] });
    }
}

using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Spc;

public sealed class XmrChartTests
{
    [Fact]
    public void Computes_the_mean_moving_ranges_limits_sigma_and_two_sigma_lines()
    {
        var chart = Xmr.Chart(Xmr.After(), SpcParameters.Default);

        var lines = chart.Periods.ShouldHaveSingleItem().Lines;
        lines.Mean.ShouldBe(11, 1e-12);
        lines.MovingRangeMean!.Value.ShouldBe(2, 1e-12);
        lines.UpperLimit!.Value.ShouldBe(16.32, 1e-12);
        lines.LowerLimit!.Value.ShouldBe(5.68, 1e-12);
        lines.Sigma!.Value.ShouldBe(5.32 / 3, 1e-12);
        lines.UpperTwoSigma!.Value.ShouldBe(11 + (2 * 5.32 / 3), 1e-12);
        lines.LowerTwoSigma!.Value.ShouldBe(11 - (2 * 5.32 / 3), 1e-12);
        chart.Points[0].MovingRange.ShouldBeNull();
        chart.Points.Skip(1).ShouldAllBe(p => p.MovingRange == 2);
        chart.Points.ShouldAllBe(p => p.Variation == Variation.CommonCause && p.Lines == lines);
        chart.VariationIcon.ShouldBe(VariationIcon.CommonCause);
        chart.HasLimits.ShouldBeTrue();
    }

    [Fact]
    public void Below_the_minimum_points_shows_the_mean_only_and_marks_nothing()
    {
        var chart = Xmr.Chart(Build.Series(Xmr.Start, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 40), SpcParameters.Default);

        chart.HasLimits.ShouldBeFalse();
        chart.Points.Count.ShouldBe(12);
        chart.Points.ShouldAllBe(p => p.Signals == XmrSignals.None && p.Variation == Variation.CommonCause && !p.Lines.HasLimits);
        chart.Points[0].Lines.Mean.ShouldBe(106.0 / 12, 1e-12);
        chart.VariationIcon.ShouldBe(VariationIcon.None);
        XmrChart.Build(Build.Series(Xmr.Start, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 40), new YearMonth(2020, 12), SpcParameters.Default, Polarity.HigherIsBetter, 5)
            .AssuranceIcon.ShouldBe(AssuranceIcon.None);
    }

    [Fact]
    public void The_minimum_is_a_setting()
    {
        var series = Build.Series(Xmr.Start, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

        Xmr.Chart(series, new SpcParameters { MinimumPoints = 12 }).Points[^1].Has(XmrSignals.TrendUp).ShouldBeTrue();
        Xmr.Chart(series, SpcParameters.Default).Points[^1].Signals.ShouldBe(XmrSignals.None);
    }

    [Fact]
    public void A_recalculation_starts_a_period_with_its_own_lines_and_no_moving_range_across_it()
    {
        var values = Enumerable.Range(0, 30).Select(i => (double?)((i < 15 ? 10 : 20) + (i % 2 == 0 ? 1 : -1))).ToList();
        var recalculated = new SpcParameters { RecalculateAt = [Xmr.Start.PlusMonths(15)] };

        var chart = Xmr.Chart(Build.Series(Xmr.Start, values), recalculated);

        chart.Periods.Count.ShouldBe(2);
        chart.Periods[0].Months.ToString().ShouldBe("2020-01..2021-03");
        chart.Periods[1].Months.ToString().ShouldBe("2021-04..2022-06");
        chart.Periods[0].Lines.Mean.ShouldBe(10 + (1.0 / 15), 1e-12);
        chart.Periods[1].Lines.Mean.ShouldBe(20 - (1.0 / 15), 1e-12);
        chart.Periods.ShouldAllBe(p => p.Lines.MovingRangeMean == 2 && p.PointCount == 15 && !p.IsBaseline);
        chart.Points[15].MovingRange.ShouldBeNull();
        chart.Points[15].Period.ShouldBe(1);
        chart.Points.ShouldAllBe(p => p.Variation == Variation.CommonCause);

        // Without it, the step is one long shift on either side of a single mean.
        var single = Xmr.Chart(Build.Series(Xmr.Start, values), SpcParameters.Default);
        single.Periods.ShouldHaveSingleItem();
        single.Points[^1].Has(XmrSignals.ShiftHigh).ShouldBeTrue();
    }

    [Fact]
    public void A_recalculation_month_without_a_value_starts_the_period_at_the_next_point_and_one_outside_the_chart_changes_nothing()
    {
        var values = Enumerable.Range(0, 30).Select(i => i == 15 ? null : (double?)(10 + (i % 3))).ToList();
        var series = Build.Series(Xmr.Start, values);

        var atGap = Xmr.Chart(series, new SpcParameters { RecalculateAt = [Xmr.Start.PlusMonths(15)] });
        atGap.Periods[1].Months.First.ShouldBe(Xmr.Start.PlusMonths(16));

        var outside = Xmr.Chart(series, new SpcParameters { RecalculateAt = [Xmr.Start, Xmr.Start.PlusMonths(-3), Xmr.Start.PlusMonths(40)] });
        outside.Periods.ShouldHaveSingleItem().Months.ToString().ShouldBe("2020-01..2022-06");
    }

    [Fact]
    public void A_baseline_fixes_the_lines_from_its_months_and_extends_them_to_the_end()
    {
        var chart = Xmr.Chart(Xmr.After(30, 30, 30), Xmr.FixedLines);

        var period = chart.Periods.ShouldHaveSingleItem();
        period.IsBaseline.ShouldBeTrue();
        period.Basis.ToString().ShouldBe("2020-01..2021-08");
        period.Months.ToString().ShouldBe("2020-01..2021-11");
        (period.BasisCount, period.PointCount).ShouldBe((20, 23));
        period.Lines.Mean.ShouldBe(11, 1e-12);
        period.Lines.UpperLimit!.Value.ShouldBe(16.32, 1e-12);
        chart.Points.TakeLast(3).ShouldAllBe(p => p.Has(XmrSignals.SinglePointHigh) && p.Variation == Variation.Improvement);
    }

    [Fact]
    public void A_recalculation_after_the_baseline_gives_the_later_period_its_own_lines()
    {
        var later = Enumerable.Range(0, 15).Select(i => (double?)(i % 2 == 0 ? 31 : 29)).ToArray();
        var parameters = Xmr.FixedLines with { RecalculateAt = [Xmr.BaselineEnd.PlusMonths(1)] };

        var chart = Xmr.Chart(Xmr.After(later), parameters);

        chart.Periods.Count.ShouldBe(2);
        chart.Periods[0].IsBaseline.ShouldBeTrue();
        chart.Periods[1].IsBaseline.ShouldBeFalse();
        chart.Periods[1].Lines.Mean.ShouldBe(30 + (1.0 / 15), 1e-12);
        chart.Points.ShouldAllBe(p => !p.Has(XmrSignals.SinglePointHigh));
    }

    [Fact]
    public void A_baseline_ending_after_the_last_point_uses_every_point()
    {
        var chart = Xmr.Chart(Xmr.After(), new SpcParameters { BaselineEnd = Xmr.BaselineEnd.PlusMonths(12) });

        var period = chart.Periods.ShouldHaveSingleItem();
        period.IsBaseline.ShouldBeTrue();
        period.Basis.ShouldBe(period.Months);
    }

    [Fact]
    public void The_window_limits_the_chart_to_the_last_months_and_months_after_t_are_ignored()
    {
        var series = Build.Series(Xmr.Start, Enumerable.Range(0, 40).Select(i => (double?)(100 + (i % 5))));
        var month = Xmr.Start.PlusMonths(35);

        var chart = XmrChart.Build(series, month, new SpcParameters { Window = 24 }, Polarity.Neutral);

        chart.Month.ShouldBe(month);
        chart.Points.Count.ShouldBe(24);
        chart.Points[0].Month.ShouldBe(month.PlusMonths(-23));
        chart.Points[^1].Month.ShouldBe(month);
        XmrChart.Build(series, month, SpcParameters.Default, Polarity.Neutral).Points.Count.ShouldBe(36);
    }

    [Fact]
    public void A_gap_is_listed_and_the_points_either_side_are_consecutive()
    {
        var values = Xmr.Baseline.Concat([null, 12, 12, 12]).Concat([12.0, 12, 12]).ToList();
        var chart = Xmr.Chart(Build.Series(Xmr.Start, values));

        chart.Gaps.ShouldBe([Xmr.BaselineEnd.PlusMonths(1)]);
        chart.Points.Count.ShouldBe(26);
        chart.Points[20].Month.ShouldBe(Xmr.BaselineEnd.PlusMonths(2));
        chart.Points[20].MovingRange.ShouldBe(2);
        chart.Points.TakeLast(6).ShouldAllBe(p => p.Has(XmrSignals.ShiftHigh));
    }

    [Fact]
    public void The_last_point_is_the_last_month_with_a_value_up_to_t()
    {
        var series = Xmr.After(12, 12, 12, 12, 12, 12);
        var chart = XmrChart.Build(series, Xmr.LastMonth(6).PlusMonths(2), Xmr.FixedLines, Polarity.HigherIsBetter);

        chart.Last!.Month.ShouldBe(Xmr.LastMonth(6));
        chart.Gaps.ShouldBeEmpty();
        chart.VariationIcon.ShouldBe(VariationIcon.ImprovementHigh);
    }

    [Fact]
    public void A_ratio_is_charted_as_its_percentages_and_a_zero_over_zero_month_is_a_gap()
    {
        var observations = Enumerable.Range(0, 14)
            .Select(i => new MonthlyObservation(Xmr.Start.PlusMonths(i), Numerator: i == 5 ? 0 : 40 + (i % 2), Denominator: i == 5 ? 0 : 100))
            .ToList();

        var chart = Xmr.Chart(new MonthlySeries("m", observations), SpcParameters.Default);

        chart.Points.Count.ShouldBe(13);
        chart.Points[0].Value.ShouldBe(40);
        chart.Gaps.ShouldBe([Xmr.Start.PlusMonths(5)]);
    }

    [Fact]
    public void Every_value_equal_gives_limits_on_the_mean_and_common_cause()
    {
        var chart = Xmr.Chart(Build.Series(Xmr.Start, Build.Repeat(50, 20)), SpcParameters.Default, target: 50);

        var lines = chart.Periods.ShouldHaveSingleItem().Lines;
        (lines.UpperLimit, lines.LowerLimit, lines.MovingRangeMean).ShouldBe((50, 50, 0));
        chart.Points.ShouldAllBe(p => p.Signals == XmrSignals.None);
        chart.VariationIcon.ShouldBe(VariationIcon.CommonCause);
        chart.AssuranceIcon.ShouldBe(AssuranceIcon.Pass);
    }

    [Fact]
    public void A_period_of_one_point_has_a_mean_and_no_limits()
    {
        var parameters = new SpcParameters { RecalculateAt = [Xmr.BaselineEnd.PlusMonths(1)] };
        var chart = Xmr.Chart(Xmr.After(40), parameters);

        chart.Periods[^1].Lines.ShouldBe(new XmrLines(40));
        chart.Last!.Signals.ShouldBe(XmrSignals.None);
        chart.AssuranceIcon.ShouldBe(AssuranceIcon.None);
    }
}

public sealed class XmrSignalTests
{
    [Fact]
    public void A_point_exactly_on_the_mean_ends_a_shift()
    {
        Xmr.Chart(Xmr.After(12, 12, 12, 12, 12, 12, 12)).Points.TakeLast(7).ShouldAllBe(p => p.Has(XmrSignals.ShiftHigh));

        var broken = Xmr.Chart(Xmr.After(12, 12, 12, 11, 12, 12, 12));
        broken.Points.ShouldAllBe(p => !p.Has(XmrSignals.ShiftHigh | XmrSignals.ShiftLow));
        broken.Points[^4].Variation.ShouldBe(Variation.CommonCause);
    }

    [Fact]
    public void A_shift_needs_the_set_number_of_points()
    {
        Xmr.Chart(Xmr.After(12, 12, 12, 12, 12)).Last!.Signals.ShouldBe(XmrSignals.None);
        Xmr.Chart(Xmr.After(12, 12, 12, 12, 12), Xmr.FixedLines with { ShiftLength = 5 }).Last!.Signals.ShouldBe(XmrSignals.ShiftHigh);
    }

    [Fact]
    public void A_shift_runs_on_across_a_recalculation_against_each_periods_own_mean()
    {
        // 20 around 10, then 15 around 20 recalculated: three points above 10 before the break
        // and three above 20 after it make one shift of six.
        var values = Enumerable.Range(0, 17).Select(i => (double?)(i % 2 == 0 ? 9 : 11))
            .Concat([11, 11, 11])
            .Concat(Enumerable.Range(0, 12).Select(i => (double?)(i % 2 == 0 ? 19 : 21)).Prepend(21).Prepend(21).Prepend(21))
            .ToList();
        var parameters = new SpcParameters { RecalculateAt = [Xmr.Start.PlusMonths(20)] };

        var chart = Xmr.Chart(Build.Series(Xmr.Start, values), parameters);

        chart.Points.Skip(17).Take(6).ShouldAllBe(p => p.Has(XmrSignals.ShiftHigh));
        chart.Points[17].Period.ShouldBe(0);
        chart.Points[22].Period.ShouldBe(1);
    }

    [Fact]
    public void A_trend_counts_its_first_point_crosses_the_mean_and_ignores_the_limits()
    {
        var chart = Xmr.Chart(Xmr.After(10.5, 11, 11.5, 12, 12.5));

        chart.Points.TakeLast(6).ShouldAllBe(p => p.Has(XmrSignals.TrendUp));
        chart.Points[^7].Has(XmrSignals.TrendUp).ShouldBeFalse();
        chart.Last!.Variation.ShouldBe(Variation.Improvement);
    }

    [Fact]
    public void An_equal_value_ends_a_trend()
    {
        var chart = Xmr.Chart(Xmr.After(10.5, 11, 11.5, 11.5, 12, 12.5, 13));

        chart.Points.ShouldAllBe(p => !p.Has(XmrSignals.TrendUp));
    }

    [Fact]
    public void A_falling_trend_marks_low_side_points()
    {
        var chart = Xmr.Chart(Xmr.After(12, 11.5, 11, 10.5, 10, 9.5), polarity: Polarity.LowerIsBetter);

        chart.Points.TakeLast(6).ShouldAllBe(p => p.Has(XmrSignals.TrendDown) && p.Variation == Variation.Improvement);
        chart.VariationIcon.ShouldBe(VariationIcon.ImprovementLow);
    }

    [Fact]
    public void Two_of_three_near_the_limit_marks_those_two_and_not_the_third()
    {
        var chart = Xmr.Chart(Xmr.After(15, 12, 15));

        chart.Points[^3].Has(XmrSignals.TwoSigmaHigh).ShouldBeTrue();
        chart.Points[^2].Signals.ShouldBe(XmrSignals.None);
        chart.Points[^1].Has(XmrSignals.TwoSigmaHigh).ShouldBeTrue();
    }

    [Fact]
    public void Two_of_three_needs_all_three_on_the_same_side_of_the_mean()
    {
        Xmr.Chart(Xmr.After(15, 10.5, 15)).Points.ShouldAllBe(p => p.Signals == XmrSignals.None);
        Xmr.Chart(Xmr.After(7, 11.5, 7)).Points.ShouldAllBe(p => p.Signals == XmrSignals.None);
        Xmr.Chart(Xmr.After(7, 10.5, 7)).Points[^1].Signals.ShouldBe(XmrSignals.TwoSigmaLow);
    }

    [Fact]
    public void A_point_beyond_the_limit_does_not_count_towards_two_of_three()
    {
        var chart = Xmr.Chart(Xmr.After(17, 12, 15));

        chart.Points[^3].Signals.ShouldBe(XmrSignals.SinglePointHigh);
        chart.Points[^1].Signals.ShouldBe(XmrSignals.None);
    }

    [Fact]
    public void A_point_exactly_on_the_limit_is_not_beyond_it_but_is_near_it()
    {
        var chart = Xmr.Chart(Xmr.After(16.32, 12, 16.32));

        chart.Points[^3].Signals.ShouldBe(XmrSignals.TwoSigmaHigh);
        chart.Points[^1].Signals.ShouldBe(XmrSignals.TwoSigmaHigh);
    }

    [Fact]
    public void A_point_exactly_on_the_two_sigma_line_is_not_near_the_limit()
    {
        var twoSigma = 11 + (2 * 2.66 * 2 / 3);

        Xmr.Chart(Xmr.After(twoSigma, 12, 15)).Points.ShouldAllBe(p => p.Signals == XmrSignals.None);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, Variation.Improvement, VariationIcon.ImprovementHigh)]
    [InlineData(Polarity.LowerIsBetter, Variation.Improvement, VariationIcon.ImprovementLow)]
    [InlineData(Polarity.Neutral, Variation.Neither, VariationIcon.NeitherLow)]
    public void A_point_marked_both_ways_is_an_improvement_or_for_neither_takes_the_side_of_its_mean(Polarity polarity, Variation variation, VariationIcon icon)
    {
        // A rising trend below the mean: trend up (high side) and shift below (low side).
        var chart = Xmr.Chart(Xmr.After(7.5, 8, 8.5, 9, 9.5, 10), polarity: polarity);

        chart.Last!.Signals.ShouldBe(XmrSignals.TrendUp | XmrSignals.ShiftLow);
        chart.Last.Variation.ShouldBe(variation);
        chart.VariationIcon.ShouldBe(icon);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 17, Variation.Improvement, VariationIcon.ImprovementHigh)]
    [InlineData(Polarity.HigherIsBetter, 5, Variation.Concern, VariationIcon.ConcernLow)]
    [InlineData(Polarity.LowerIsBetter, 17, Variation.Concern, VariationIcon.ConcernHigh)]
    [InlineData(Polarity.LowerIsBetter, 5, Variation.Improvement, VariationIcon.ImprovementLow)]
    [InlineData(Polarity.Neutral, 17, Variation.Neither, VariationIcon.NeitherHigh)]
    [InlineData(Polarity.Neutral, 5, Variation.Neither, VariationIcon.NeitherLow)]
    public void The_colour_and_icon_follow_the_polarity(Polarity polarity, double last, Variation variation, VariationIcon icon)
    {
        var chart = Xmr.Chart(Xmr.After(last), polarity: polarity);

        chart.Last!.Variation.ShouldBe(variation);
        chart.VariationIcon.ShouldBe(icon);
    }
}

public sealed class XmrAssuranceTests
{
    [Theory]
    [InlineData(Polarity.HigherIsBetter, 20, AssuranceIcon.Fail)]
    [InlineData(Polarity.HigherIsBetter, 16.32, AssuranceIcon.Fail)]
    [InlineData(Polarity.HigherIsBetter, 16.3, AssuranceIcon.HitOrMiss)]
    [InlineData(Polarity.HigherIsBetter, 5.7, AssuranceIcon.HitOrMiss)]
    [InlineData(Polarity.HigherIsBetter, 5.68, AssuranceIcon.Pass)]
    [InlineData(Polarity.HigherIsBetter, 0, AssuranceIcon.Pass)]
    [InlineData(Polarity.LowerIsBetter, 20, AssuranceIcon.Pass)]
    [InlineData(Polarity.LowerIsBetter, 16.32, AssuranceIcon.Pass)]
    [InlineData(Polarity.LowerIsBetter, 11, AssuranceIcon.HitOrMiss)]
    [InlineData(Polarity.LowerIsBetter, 5.68, AssuranceIcon.Fail)]
    [InlineData(Polarity.Neutral, 20, AssuranceIcon.None)]
    public void A_target_between_the_limits_is_hit_or_miss_and_on_or_beyond_one_passes_or_fails(Polarity polarity, double target, AssuranceIcon icon)
    {
        Xmr.Chart(Xmr.After(), polarity: polarity, target: target).AssuranceIcon.ShouldBe(icon);
    }

    [Fact]
    public void No_target_gives_no_assurance_icon()
    {
        Xmr.Chart(Xmr.After()).AssuranceIcon.ShouldBe(AssuranceIcon.None);
    }

    [Fact]
    public void The_assurance_uses_the_last_periods_limits()
    {
        var later = Enumerable.Range(0, 15).Select(i => (double?)(i % 2 == 0 ? 31 : 29)).ToArray();
        var parameters = Xmr.FixedLines with { RecalculateAt = [Xmr.BaselineEnd.PlusMonths(1)] };

        Xmr.Chart(Xmr.After(later), parameters, target: 24).AssuranceIcon.ShouldBe(AssuranceIcon.Pass);
        Xmr.Chart(Xmr.After(later), parameters, target: 30).AssuranceIcon.ShouldBe(AssuranceIcon.HitOrMiss);
    }
}

public sealed class SpcNamesTests
{
    [Fact]
    public void Every_variation_and_icon_has_its_contract_name_and_reads_back()
    {
        Enum.GetValues<Variation>().Select(SpcNames.Of).ShouldBe(["common-cause", "improvement", "concern", "neither"]);
        Enum.GetValues<VariationIcon>().Select(SpcNames.Of).ShouldBe(
            ["none", "common-cause", "improvement-high", "improvement-low", "concern-high", "concern-low", "neither-high", "neither-low"]);
        Enum.GetValues<AssuranceIcon>().Select(SpcNames.Of).ShouldBe(["none", "pass", "fail", "hit-or-miss"]);
        Enum.GetValues<VariationIcon>().ShouldAllBe(i => SpcNames.ParseVariationIcon(SpcNames.Of(i)) == i);
        Enum.GetValues<AssuranceIcon>().ShouldAllBe(i => SpcNames.ParseAssuranceIcon(SpcNames.Of(i)) == i);
        Enum.GetValues<Variation>().ShouldAllBe(v => SpcNames.ParseVariation(SpcNames.Of(v)) == v);
        SpcNames.ParseVariationIcon("Improvement-High").ShouldBeNull();
    }
}

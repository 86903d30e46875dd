namespace Scorecard.Core.Tests.Rules;

public sealed class SpikeRuleTests
{
    // W(2017-09..2019-08): 100, 110, ... → mean 105, sd √(600/23); T = September 2019.
    private static readonly double Sd = Math.Sqrt(600.0 / 23.0);
    private static readonly YearMonth WindowStart = new(2017, 9);

    private static IReadOnlyList<RuleOutcome> Evaluate(double? latest, Measure? measure = null) =>
        new SpikeRule().Evaluate(Build.Context(Build.Series(WindowStart, Build.Alternating(24).Append(latest)), measure: measure));

    [Fact]
    public void Fires_high_when_the_last_month_exceeds_the_previous_24_month_average_plus_two_sd()
    {
        var outcomes = Evaluate(116);

        var high = outcomes.Outcome(RuleIds.SpikeHigh);
        high.Status.ShouldBe(RuleStatus.Fired);
        outcomes.Outcome(RuleIds.SpikeLow).Status.ShouldBe(RuleStatus.NotFired);
        high.Evidence.Window.ShouldBe("2017-09..2019-08");
        high.Evidence.N.ShouldBe(24);
        high.Evidence.Mean!.Value.ShouldBe(105, 1e-12);
        high.Evidence.Sd!.Value.ShouldBe(5.107539184552492, 1e-12);
        high.Evidence.Threshold!.Value.ShouldBe(115.21507836910498, 1e-9);
        high.Evidence.Value.ShouldBe(116);
        high.Evidence.K.ShouldBe(2);
    }

    [Fact]
    public void Fires_low_when_the_last_month_is_below_the_average_minus_two_sd()
    {
        var outcomes = Evaluate(94);

        outcomes.Outcome(RuleIds.SpikeLow).Status.ShouldBe(RuleStatus.Fired);
        outcomes.Outcome(RuleIds.SpikeLow).Evidence.Threshold!.Value.ShouldBe(94.78492163089502, 1e-9);
        outcomes.Outcome(RuleIds.SpikeHigh).Status.ShouldBe(RuleStatus.NotFired);
    }

    [Fact]
    public void Does_not_fire_on_the_threshold_or_within_the_floating_point_tolerance_of_it()
    {
        var threshold = 105 + (2 * Sd);

        Evaluate(threshold).Outcome(RuleIds.SpikeHigh).Status.ShouldBe(RuleStatus.NotFired);
        Evaluate(threshold * (1 + 5e-10)).Outcome(RuleIds.SpikeHigh).Status.ShouldBe(RuleStatus.NotFired);
        Evaluate(threshold + 1e-6).Outcome(RuleIds.SpikeHigh).Status.ShouldBe(RuleStatus.Fired);
    }

    [Fact]
    public void A_window_of_equal_values_has_sd_zero_and_any_departure_beyond_it_fires()
    {
        var flat = Build.Series(WindowStart, Build.Repeat(100, 24).Append(100.01));
        var outcomes = new SpikeRule().Evaluate(Build.Context(flat));

        outcomes.Outcome(RuleIds.SpikeHigh).Evidence.Sd.ShouldBe(0);
        outcomes.Outcome(RuleIds.SpikeHigh).Status.ShouldBe(RuleStatus.Fired);

        var same = Build.Series(WindowStart, Build.Repeat(100, 25));
        new SpikeRule().Evaluate(Build.Context(same)).ShouldAllBe(o => o.Status == RuleStatus.NotFired);
    }

    [Fact]
    public void Is_not_evaluated_when_fewer_than_18_of_24_months_are_present()
    {
        var values = Build.Alternating(24).Select((v, i) => i < 10 ? null : v).Append(130);
        var outcomes = new SpikeRule().Evaluate(Build.Context(Build.Series(WindowStart, values)));

        outcomes.ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == "14 of 24 months present");
    }

    [Fact]
    public void Eighteen_of_24_months_are_enough()
    {
        var values = Build.Alternating(24).Select((v, i) => i < 6 ? null : v).Append(130);
        var outcomes = new SpikeRule().Evaluate(Build.Context(Build.Series(WindowStart, values)));

        outcomes.Outcome(RuleIds.SpikeHigh).Status.ShouldBe(RuleStatus.Fired);
        outcomes.Outcome(RuleIds.SpikeHigh).Evidence.N.ShouldBe(18);
    }

    [Fact]
    public void Is_not_evaluated_when_the_tested_month_is_missing()
    {
        var outcomes = Evaluate(null);

        outcomes.ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == "September 2019 missing");
    }

    [Fact]
    public void Names_the_window_when_the_window_is_unusable_and_the_tested_month_missing_too()
    {
        var values = Build.Alternating(24).Select((v, i) => i < 10 ? null : v).Append(null);
        var outcomes = new SpikeRule().Evaluate(Build.Context(Build.Series(WindowStart, values)));

        outcomes.ShouldAllBe(o => o.Reason == "14 of 24 months present");
    }

    [Fact]
    public void Trailing_alignment_ends_the_window_at_the_reporting_month()
    {
        var rules = RuleParameters.Default with { Spike = new SpikeParameters(Alignment: WindowAlignment.Trailing) };
        var outcomes = Evaluate(116, Build.Measure(rules: rules));

        outcomes.Outcome(RuleIds.SpikeHigh).Evidence.Window.ShouldBe("2017-10..2019-09");
    }

    [Fact]
    public void Honours_the_measures_own_k()
    {
        Evaluate(112).Outcome(RuleIds.SpikeHigh).Status.ShouldBe(RuleStatus.NotFired);

        var rules = RuleParameters.Default with { Spike = new SpikeParameters(K: 1) };
        Evaluate(112, Build.Measure(rules: rules)).Outcome(RuleIds.SpikeHigh).Status.ShouldBe(RuleStatus.Fired);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, Sentiment.Improvement)]
    [InlineData(Polarity.LowerIsBetter, Sentiment.Concern)]
    [InlineData(Polarity.Neutral, Sentiment.Neutral)]
    public void A_fired_high_spike_carries_the_sentiment_of_the_measures_polarity(Polarity polarity, Sentiment expected)
    {
        var outcomes = Evaluate(116, Build.Measure(polarity: polarity));

        outcomes.Outcome(RuleIds.SpikeHigh).Sentiment.ShouldBe(expected);
        outcomes.Outcome(RuleIds.SpikeLow).Sentiment.ShouldBeNull();
    }

    [Fact]
    public void Ignores_months_after_the_reporting_month()
    {
        var series = Build.Series(WindowStart, Build.Alternating(24).Append(116).Concat(Build.Repeat(1000, 5)));

        new SpikeRule().Evaluate(Build.Context(series)).Outcome(RuleIds.SpikeHigh).Evidence.Value.ShouldBe(116);
    }
}

using Scorecard.Core.Aggregation;
using Scorecard.Core.Peers;

namespace Scorecard.Core.Tests;

public sealed class DataIssueTests
{
    private static readonly YearMonth July2019 = new(2019, 7);

    private static Measure Level(params DataIssue[] issues) => Build.Measure(MeasureKind.Level) with { Issues = issues };

    /// <summary>Two years at 80, then the new method's three audits at 90, 91, 92.</summary>
    private static MonthlySeries Audits() => Build.Series(new YearMonth(2017, 4), Build.Repeat(80, 27).Concat([90.0, 91, 92]));

    [Fact]
    public void A_change_of_method_leaves_the_earlier_months_out_of_every_test()
    {
        var measure = Level(new DataIssue(July2019, July2019, DataIssueKind.MethodChange, "New audit method."));

        var result = ScorecardEvaluator.Default.Evaluate(measure, 1, Audits(), PeerData.Empty, null, Build.September2019);

        result.Flags.ShouldBeEmpty();
        var spike = result.Outcome(RuleIds.SpikeHigh)!;
        spike.Status.ShouldBe(RuleStatus.NotEvaluated);
        spike.Reason.ShouldBe("2 of 24 months present; the method changed in July 2019, so earlier months are not comparable");
        result.Outcome(RuleIds.TrendUp)!.Reason.ShouldStartWith("3 of 12 months present; the method changed in July 2019");
    }

    [Fact]
    public void Without_the_change_of_method_the_same_months_raise_symbols_across_it()
    {
        var result = ScorecardEvaluator.Default.Evaluate(Level(), 1, Audits(), PeerData.Empty, null, Build.September2019);

        result.Flags.Select(f => f.Id).ShouldContain(RuleIds.SpikeHigh);
    }

    [Fact]
    public void A_change_of_method_keeps_the_figures_but_drops_the_change_across_it()
    {
        var measure = Level(new DataIssue(July2019, July2019, DataIssueKind.MethodChange, "New audit method."));

        var figures = Figures.For(measure, Audits(), Build.September2019);

        figures.Rolling12.ShouldBe(92);
        figures.PreviousQuarter.ShouldBe(80);
        figures.PreviousRolling12.ShouldBeNull();
        figures.ChangeAbsolute.ShouldBeNull();
    }

    [Fact]
    public void An_outage_is_reported_but_does_not_change_the_tests()
    {
        var outage = Level(new DataIssue(Build.September2019, Build.September2019, DataIssueKind.Outage, "IST outage."));

        var with = ScorecardEvaluator.Default.Evaluate(outage, 1, Audits(), PeerData.Empty, null, Build.September2019);
        var without = ScorecardEvaluator.Default.Evaluate(Level(), 1, Audits(), PeerData.Empty, null, Build.September2019);

        with.Outcomes.Select(o => (o.Id, o.Status)).ShouldBe(without.Outcomes.Select(o => (o.Id, o.Status)));
        outage.ComparableFrom.ShouldBeNull();
    }

    [Fact]
    public void Names_its_months_in_words()
    {
        new DataIssue(Build.September2019, Build.September2019, DataIssueKind.Outage, "n").MonthsText.ShouldBe("September 2019");
        new DataIssue(July2019, Build.September2019, DataIssueKind.Outage, "n").MonthsText.ShouldBe("July to September 2019");
        new DataIssue(new YearMonth(2018, 12), new YearMonth(2019, 1), DataIssueKind.Other, "n").MonthsText.ShouldBe("December 2018 to January 2019");
    }
}

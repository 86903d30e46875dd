using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;
using Shouldly;
using Xunit;

namespace Scorecard.Rendering.Tests;

/// <summary>
/// The report takes everything about a rule set from the set itself: each set in use gets its own
/// key, a measure's symbols and sentences come from its own set, and a set whose symbols the
/// report cannot draw or put into words stops the report before anything renders.
/// </summary>
public sealed class RuleSetRenderingTests
{
    private static readonly YearMonth T = Fixtures.T;

    /// <summary>Burglary on the "Making Data Count" set: 24 months around 300, then the last 7 months around 240 (a shift down; lower is better), target 280.</summary>
    private static MeasureResult MdcBurglary()
    {
        var measure = new Measure("burglary", "Burglary", MeasureKind.Count, Polarity.LowerIsBetter, ValueFormat.Count, "burglaries", null, RuleParameters.Default)
        {
            RuleSet = RuleSet.MakingDataCount,
            Target = 280,
        };
        return ScorecardEvaluator.Default.Evaluate(measure, 1, BurglarySeries(), PeerData.Empty, null, T);
    }

    private static MonthlySeries BurglarySeries()
    {
        double[] wobble = [6, -4, 9, -7, 3, -2, 8, -9, 4, -5, 7, -3];
        var first = T.PlusMonths(-30);
        return new MonthlySeries("burglary", Enumerable.Range(0, 31)
            .Select(i => new MonthlyObservation(first.PlusMonths(i), Value: (i < 24 ? 300 : 240) + wobble[i % wobble.Length])));
    }

    private static ScorecardEvaluation Mixed() =>
        new(Fixtures.Q2, T, [Fixtures.CrimeResult(), MdcBurglary()], [RuleSet.DashboardKey, RuleSet.MakingDataCount]);

    [Fact]
    public void Every_symbol_of_every_rule_set_has_an_icon_and_a_sentence()
    {
        RenderingDiagnostics.RuleSetsNotRendered(RuleSet.All).ShouldBeNull();
    }

    [Fact]
    public void A_rule_set_the_report_cannot_draw_stops_the_report_before_anything_renders()
    {
        var invented = new RuleSet("invented", "invented set", [new InventedRule()]);
        var measure = Fixtures.CrimeVolume() with { RuleSet = invented };
        var result = new ScorecardEvaluator(invented).Evaluate(measure, 1, Fixtures.CrimeSeries(), PeerData.Empty, null, T);

        var rendered = new ReportRenderer(null, Fixtures.Clock).Render(new(Fixtures.Q2, T, [result], [invented]), Fixtures.Data(), Fixtures.Info, Fixtures.Commentary());

        rendered.Value.ShouldBeNull();
        var error = rendered.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(RenderingDiagnostics.RuleSetNotRendered);
        error.Message.ShouldContain("no icon for invented-high");
        error.Message.ShouldContain("no sentence for invented-high");
    }

    [Fact]
    public void A_report_that_mixes_rule_sets_gives_each_its_own_key()
    {
        var report = Fixtures.Render(Mixed());

        report.Html.ShouldContain("<h2 id=\"key\">Performance dashboard key</h2>");
        report.Html.ShouldContain("<h2 id=\"key-making-data-count\">Statistical process control key (NHS Making Data Count)</h2>");
        report.Markdown.ShouldContain("## Performance dashboard key");
        report.Markdown.ShouldContain("## Statistical process control key (NHS Making Data Count)");

        // The MDC key lists its own symbols and icons, in words; the dashboard key lists none of them.
        var dashboardKey = Between(report.Html, "<h2 id=\"key\">", "<h2 id=\"key-making-data-count\">");
        dashboardKey.ShouldNotContain("Shift above mean");
        dashboardKey.ShouldContain("Spike above");
        var mdcKey = Between(report.Html, "<h2 id=\"key-making-data-count\">", "</section>");
        mdcKey.ShouldContain("A run of 6 or more points in a row below the mean");
        mdcKey.ShouldContain("aria-label=\"Target consistently met\"");
        mdcKey.ShouldContain("Special cause variation of concerning nature (high values)");
        report.Markdown.ShouldContain("| Target hit or miss |");
    }

    [Fact]
    public void A_making_data_count_measure_speaks_of_special_cause_variation_with_its_nature()
    {
        var burglary = MdcBurglary();
        burglary.Flags.Select(f => f.Id).ShouldContain(RuleIds.SpcShiftLow);

        var report = Fixtures.Render(Mixed());

        report.Markdown.ShouldContain("Special cause variation of improving nature: the last 7 points are all below the average");
        report.Html.ShouldContain("Special cause variation of improving nature: the last 7 points are all below the average");
        report.Markdown.ShouldContain("On the statistical process control chart (March 2017 to September 2019), September 2019 shows special cause variation");
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        from.ShouldBeGreaterThanOrEqualTo(0);
        var to = text.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }

    /// <summary>A rule no part of the report knows: its symbols have no icon and no sentence.</summary>
    private sealed class InventedRule : IRule
    {
        private static readonly RuleDefinition High = new("invented-high", "Something invented", RuleDirection.High, RuleGroup.ExceptionHigh, null, "Invented");

        public IReadOnlyList<RuleDefinition> Definitions { get; } = [High];

        public IReadOnlyList<RuleOutcome> Evaluate(RuleContext context) => [context.Decide(High, true, Evidence.None)];
    }
}

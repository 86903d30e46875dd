using System.Text.RegularExpressions;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Rules;
using Scorecard.Rendering.Model;

namespace Scorecard.Rendering.Tests;

public sealed partial class ScorecardTableTests
{
    private static ScorecardRowModel Row(MeasureResult result, string rules) => ScorecardTable.Rows(result).Single(r => r.Rules == rules);

    [Fact]
    public void A_rule_and_its_mirror_share_one_row_and_a_measure_with_peers_has_eight()
    {
        ScorecardTable.Rows(Fixtures.CrimeResult()).Select(r => r.Rules).ShouldBe(
        [
            "spike-high spike-low",
            "shift-high shift-low",
            "run-above run-below",
            "trend-up trend-down",
            "rolling-trend-up rolling-trend-down",
            "peers-above peers-in-line-above peers-in-line-below peers-below",
            "peers-trend-differs",
            "no-data",
        ]);
        ScorecardTable.Rows(Fixtures.CrimeResult()).Select(r => r.Test).ShouldBe(
            ["Spike", "Shift", "Run", "Trend", "Rolling trend", "Peer position", "Peer trend", "No data"]);
    }

    [Fact]
    public void A_measure_without_a_peer_comparison_says_so_once_on_one_row()
    {
        var rows = ScorecardTable.Rows(Fixtures.Compliance());

        rows.Select(r => r.Test).ShouldBe(["Spike", "Shift", "Run", "Trend", "Rolling trend", "Peers", "No data"]);
        var peers = rows.Single(r => r.Test == "Peers");
        (peers.Status, peers.Result, peers.HasFigures).ShouldBe(("not-applicable", "not applicable: no peer comparison is configured for this measure", false));
    }

    [Fact]
    public void The_result_names_the_fired_rule_with_its_sentiment_or_says_neither_or_not_fired()
    {
        var crime = Fixtures.CrimeResult();
        var run = Row(crime, "run-above run-below");
        run.Status.ShouldBe("fired");
        run.Result.ShouldBe("Run above (concern)");
        run.Fired.Single().Sentiment.ShouldBe("concern");
        run.Tested.ShouldBe("8 of 8 above; lowest 3,750");

        var peers = Row(crime, "peers-above peers-in-line-above peers-in-line-below peers-below");
        peers.Result.ShouldBe("Less than peers (improvement)");
        (peers.Mean, peers.Sd, peers.Lower, peers.Upper, peers.Tested).ShouldBe(("73.00", "6.90", "66.10", "79.90", "Wiltshire 61.20"));
        peers.Window.ShouldBe("year to Jun\u00a019");

        var spike = Row(crime, "spike-high spike-low");
        (spike.Status, spike.Result, spike.Fired.Count).ShouldBe(("neither", "neither", 0));
        (Row(crime, "no-data").Status, Row(crime, "no-data").Result).ShouldBe(("not-fired", "not fired"));
    }

    [Fact]
    public void A_test_not_evaluated_gives_its_reason_and_a_row_with_no_figures_says_so()
    {
        var spike = Row(Fixtures.Confidence(), "spike-high spike-low");
        (spike.Status, spike.Result, spike.Reason).ShouldBe(("not-evaluated", "not evaluated: 14 of 24 months present", "14 of 24 months present"));

        // A peer comparison configured but with no figures in the peer data is a real gap.
        var configured = Fixtures.Compliance() with
        {
            Measure = Fixtures.Compliance().Measure with { PeerKey = "compliance" },
            Outcomes = Fixtures.Outcomes(Polarity.HigherIsBetter, notEvaluated: Fixtures.PeerTests(PeerComparer.NoPeerDataReason)),
        };
        var peers = Row(configured, "peers-above peers-in-line-above peers-in-line-below peers-below");
        peers.Result.ShouldBe("not evaluated: no peer data for this measure");
        peers.HasFigures.ShouldBeFalse();
        Row(Fixtures.CrimeResult(), "run-above run-below").HasFigures.ShouldBeTrue();
    }

    [Fact]
    public void Figures_follow_the_measures_format_one_decimal_finer_than_the_dashboard()
    {
        var response = Row(Fixtures.ResponseTime(), "spike-high spike-low");
        (response.Window, response.N, response.Mean, response.Sd, response.Upper, response.Tested).ShouldBe(("Sep\u00a017–Aug\u00a019", "24", "10 min 50 s", "40 s", "12 min 10 s", "13 min 10 s"));

        var trend = Row(Fixtures.Compliance(), "trend-up trend-down");
        (trend.Slope, trend.P, trend.Lower, trend.Tested).ShouldBe(("+0.420", "0.004", "–", "–"));
        trend.Result.ShouldBe("Trend up (improvement)");

        var tested = Enumerable.Range(0, 3).Select(i => new EvidencePoint(new YearMonth(2019, 7 + i), 16.45 + i)).ToList();
        var evidence = new Evidence(Window: "2017-10..2019-09", N: 24, Mean: 16.314, Sd: 0.7449, LowerThreshold: 15.5691, UpperThreshold: 17.0589, Tested: tested);
        var percent = new MeasureResult(
            new Measure("outcome-rate", "Positive outcome ratio", MeasureKind.Ratio, Polarity.HigherIsBetter, ValueFormat.Percent, null, null, Core.Rules.RuleParameters.Default),
            1,
            new MeasureFigures(16.3, 16.4, 16.3, 16.2, 0.1, 0.6),
            Fixtures.Outcomes(Polarity.HigherIsBetter, new Dictionary<string, Evidence> { ["trend-up"] = new(Slope: 0.02617, P: 0.0004) }, null)
                .Select(o => o.Id is "shift-high" or "shift-low" ? o with { Evidence = evidence } : o).ToList(),
            null);
        var shift = Row(percent, "shift-high shift-low");
        (shift.Mean, shift.Sd, shift.Lower, shift.Upper).ShouldBe(("16.31%", "0.74%", "15.57%", "17.06%"));
        shift.Tested.ShouldBe("2 above, 0 below; 16.45% to 18.45%");
        var percentTrend = Row(percent, "trend-up trend-down");
        (percentTrend.Slope, percentTrend.P).ShouldBe(("+0.0262", "< 0.001"));
    }

    [Theory]
    [InlineData(4.04, "4 s")]
    [InlineData(4.26, "4.3 s")]
    [InlineData(3062.0, "51 min 2 s")]
    [InlineData(3062.51, "51 min 2.5 s")]
    [InlineData(3725.46, "1 h 2 min 5.5 s")]
    public void Durations_in_the_appendix_show_tenths_of_a_second_with_their_units(double seconds, string expected) =>
        UkFormat.DurationFine(seconds).ShouldBe(expected);

    [Fact]
    public void The_markdown_appendix_has_a_table_per_measure_with_the_same_columns()
    {
        var markdown = Fixtures.Render().Markdown;
        markdown.ShouldContain("| Test | Window | n | Mean | SD | Lower | Upper | Tested | Slope (crimes a month) | p | Result |");
        markdown.ShouldContain("| Run, 8 months | Oct\u00a017–Sep\u00a019 | 24 | 3,706.7 | – | – | – | 8 of 8 above; lowest 3,750 | – | – | ⇑ Run above (concern) |");
        markdown.ShouldContain("| Spike, ±2 SD | – | – | – | – | – | – | – | – | – | not evaluated: 14 of 24 months present |");
        Regex.Count(markdown, @"^\| Test \| Window", RegexOptions.Multiline).ShouldBe(4);
    }

    [Fact]
    public void The_html_appendix_flows_on_with_no_page_break_per_measure()
    {
        var html = Fixtures.Render().Html;
        var appendix = html[html.IndexOf("<section class=\"appendix\"", StringComparison.Ordinal)..html.IndexOf("<section class=\"data-quality\"", StringComparison.Ordinal)];
        appendix.ShouldNotContain("style=");
        Regex.Count(appendix, "<div class=\"scorecard\">").ShouldBe(4);
        var rules = ScorecardCssRule().Matches(html).Select(m => m.Value).ToList();
        rules.ShouldNotBeEmpty();
        rules.ShouldAllBe(r => !r.Contains("break-before") && !r.Contains("page-break") && !r.Contains("break-after: page"));
        rules.ShouldContain(r => r.StartsWith(".scorecard {", StringComparison.Ordinal) && r.Contains("break-inside: avoid"));
    }

    [GeneratedRegex(@"\.scorecard[\w-]*[^{}]*\{[^}]*\}")]
    private static partial Regex ScorecardCssRule();
}

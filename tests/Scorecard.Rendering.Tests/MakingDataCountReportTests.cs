using System.Text.RegularExpressions;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;
using Scorecard.Core.Spc;
using Shouldly;
using Xunit;

namespace Scorecard.Rendering.Tests;

/// <summary>
/// A report that mixes the dashboard key and "Making Data Count" measures, built in code: the XmR
/// chart, the summary icons in the headline box, beside the chart and in the dashboard, the
/// appendix rows of the MDC rules, and the words that go with them.
/// </summary>
public sealed partial class MakingDataCountReportTests
{
    private static readonly YearMonth T = Fixtures.T;

    /// <summary>Burglary: 24 months around 300, then 7 around 240 (a shift down; lower is better), target 280.</summary>
    internal static MeasureResult Burglary() => Evaluate(
        new Measure("burglary", "Burglary", MeasureKind.Count, Polarity.LowerIsBetter, ValueFormat.Count, "burglaries", null, RuleParameters.Default) { RuleSet = RuleSet.MakingDataCount, Target = 280 },
        BurglarySeries());

    internal static MonthlySeries BurglarySeries()
    {
        double[] wobble = [6, -4, 9, -7, 3, -2, 8, -9, 4, -5, 7, -3];
        var first = T.PlusMonths(-30);
        return new MonthlySeries("burglary", Enumerable.Range(0, 31)
            .Select(i => new MonthlyObservation(first.PlusMonths(i), Value: (i < 24 ? 300 : 240) + wobble[i % wobble.Length])));
    }

    /// <summary>Victim satisfaction: only 10 months of figures, too few for process limits.</summary>
    internal static MeasureResult Satisfaction() => Evaluate(
        new Measure("satisfaction", "Victim satisfaction", MeasureKind.Level, Polarity.HigherIsBetter, ValueFormat.Percent, null, null, RuleParameters.Default) { RuleSet = RuleSet.MakingDataCount, Target = 80 },
        SatisfactionSeries());

    internal static MonthlySeries SatisfactionSeries() => new("satisfaction", Enumerable.Range(0, 10)
        .Select(i => new MonthlyObservation(T.PlusMonths(-9 + i), Value: 76 + (i % 3))));

    /// <summary>
    /// Domestic abuse (neutral): 30 months with the limits recalculated from April 2019, September
    /// and October 2018 missing, and a rise at the end.
    /// </summary>
    internal static MeasureResult DomesticAbuse()
    {
        var parameters = RuleParameters.Default with { Spc = SpcParameters.Default with { RecalculateAt = [new YearMonth(2019, 4)] } };
        return Evaluate(
            new Measure("domestic-abuse", "Domestic abuse incidents", MeasureKind.Count, Polarity.Neutral, ValueFormat.Count, "incidents", null, parameters) { RuleSet = RuleSet.MakingDataCount },
            DomesticAbuseSeries());
    }

    internal static MonthlySeries DomesticAbuseSeries()
    {
        double[] wobble = [5, -8, 3, 9, -4, -6, 7, -2, 4, -9, 6, -1];
        var first = T.PlusMonths(-29);
        var gaps = new[] { new YearMonth(2018, 9), new YearMonth(2018, 10) };
        return new MonthlySeries("domestic-abuse", Enumerable.Range(0, 30)
            .Select(i => (Month: first.PlusMonths(i), Value: (first.PlusMonths(i) < new YearMonth(2019, 4) ? 500 : 560) + wobble[i % wobble.Length] + (i == 29 ? 60 : 0)))
            .Where(p => !gaps.Contains(p.Month))
            .Select(p => new MonthlyObservation(p.Month, Value: p.Value)));
    }

    private static MeasureResult Evaluate(Measure measure, MonthlySeries series) =>
        ScorecardEvaluator.Default.Evaluate(measure, 1, series, PeerData.Empty, null, T);

    public static ScorecardEvaluation Mixed() =>
        new(Fixtures.Q2, T, [Fixtures.CrimeResult(), Burglary(), Satisfaction(), DomesticAbuse(), Fixtures.Compliance()], [RuleSet.DashboardKey, RuleSet.MakingDataCount]);

    public static MeasureData MixedData() =>
        new([Fixtures.CrimeSeries(), Fixtures.ComplianceSeries(), BurglarySeries(), SatisfactionSeries(), DomesticAbuseSeries()]);

    public static RenderedReport RenderMixed()
    {
        var result = new ReportRenderer(null, Fixtures.Clock).Render(Mixed(), MixedData(), Fixtures.Info, Fixtures.Commentary());
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    private static string Figure(string html, string id)
    {
        var start = html.IndexOf($"<figure class=\"chart chart--xmr\" id=\"{id}\">", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"no XmR chart {id}");
        return html[start..html.IndexOf("</figure>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void A_making_data_count_measure_gets_an_xmr_chart_in_place_of_the_monthly_chart()
    {
        var report = RenderMixed();

        var chart = Figure(report.Html, "m-burglary-xmr");
        report.Html.ShouldNotContain("id=\"m-burglary-monthly\"");
        report.Html.ShouldContain("id=\"m-crime-volume-monthly\"");
        report.Html.ShouldNotContain("id=\"m-crime-volume-xmr\"");

        // The mean and both limits of its one period, the target, and every point.
        Regex.Count(chart, "class=\"xmr-mean\"").ShouldBe(1);
        Regex.Count(chart, "class=\"xmr-limit\"").ShouldBe(2);
        chart.ShouldContain("<title>Upper process limit: 320.5</title>");
        chart.ShouldContain("<title>Target: 280</title>");
        Regex.Count(chart, "class=\"xmr-point ").ShouldBe(31);
    }

    [Fact]
    public void Points_are_told_apart_by_shape_as_well_as_colour()
    {
        var report = RenderMixed();

        // Burglary: the first 24 points are a run above the mean (concern, lower is better): squares;
        // the last 7 a run below it (improvement): large circles.
        var burglary = Figure(report.Html, "m-burglary-xmr");
        Regex.Count(burglary, "<rect class=\"xmr-point xmr-point--concern\"").ShouldBe(24);
        Regex.Count(burglary, "<circle class=\"xmr-point xmr-point--improvement\"[^>]*r=\"4.6\"").ShouldBe(7);
        burglary.ShouldContain("September 2019: 248: special cause, improvement (below the lower limit, in a run below the average)");

        // Domestic abuse is neutral: its special cause points are triangles ("neither"), the others small grey dots.
        var abuse = Figure(report.Html, "m-domestic-abuse-xmr");
        abuse.ShouldContain("<path class=\"xmr-point xmr-point--neutral\"");
        abuse.ShouldContain("<circle class=\"xmr-point xmr-point--none\"");
        abuse.ShouldContain("r=\"2.6\"");
    }

    [Fact]
    public void The_chart_breaks_its_lines_at_a_recalculation_and_its_line_at_a_gap_and_says_so()
    {
        var report = RenderMixed();

        var chart = Figure(report.Html, "m-domestic-abuse-xmr");
        Regex.Count(chart, "class=\"xmr-mean\"").ShouldBe(2);
        Regex.Count(chart, "class=\"xmr-limit\"").ShouldBe(4);
        chart.ShouldContain("Limits recalculated from April 2019");

        // The line is lifted over September and October 2018: two subpaths.
        var path = Regex.Match(chart, "<path class=\"line xmr-line\" d=\"([^\"]*)\"").Groups[1].Value;
        Regex.Count(path, "M").ShouldBe(2);

        chart.ShouldContain("The limits were recalculated from April 2019 (a vertical line marks each break)");
        chart.ShouldContain("No value for September to October 2018: the line is broken there");
    }

    [Fact]
    public void A_chart_with_too_few_points_shows_its_points_and_mean_and_says_why_there_are_no_limits()
    {
        var report = RenderMixed();

        var chart = Figure(report.Html, "m-satisfaction-xmr");
        Regex.Count(chart, "class=\"xmr-point ").ShouldBe(10);
        Regex.Count(chart, "class=\"xmr-mean\"").ShouldBe(1);
        chart.ShouldNotContain("class=\"xmr-limit\"");
        chart.ShouldContain("There are no process limits yet: the chart has 10 points and limits need at least 13, so no point can be called special cause");
        chart.ShouldContain("no process limits: the chart has 10 points and limits need at least 13");
    }

    [Fact]
    public void The_text_alternative_says_what_the_chart_shows_in_words()
    {
        var report = RenderMixed();

        var chart = Figure(report.Html, "m-burglary-xmr");
        var description = Regex.Match(chart, "<desc id=\"m-burglary-xmr-d\">([^<]*)</desc>").Groups[1].Value;
        description.ShouldBe(
            "Burglary: statistical process control chart of 31 monthly points, March 2017 to September 2019. "
            + "Average 287.3; process limits 254.2 and 320.5. "
            + "7 points show special cause variation of improving nature: March to September 2019. "
            + "24 points show special cause variation of concerning nature: March 2017 to February 2019. "
            + "Latest, September 2019: 248, special cause, improvement (below the lower limit, in a run below the average). "
            + "Target 280: target hit or miss.");
        chart.ShouldContain("role=\"img\" aria-labelledby=\"m-burglary-xmr-t m-burglary-xmr-d\"");
    }

    [Fact]
    public void The_axis_stays_within_what_the_measure_can_take()
    {
        var report = RenderMixed();

        // Satisfaction is a percentage in the 70s: no tick above 100 per cent or below 0.
        var chart = Figure(report.Html, "m-satisfaction-xmr");
        var ticks = Regex.Matches(chart, "<text class=\"tick\"[^>]*text-anchor=\"end\">([^<]*)%</text>").Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        ticks.ShouldNotBeEmpty();
        ticks.ShouldAllBe(t => t >= 0 && t <= 100);
        ticks.Distinct().Count().ShouldBe(ticks.Count);
    }

    [Fact]
    public void Each_making_data_count_measure_shows_its_icons_with_their_names_beside_its_chart_and_in_its_headline_box()
    {
        var report = RenderMixed();

        var chart = Figure(report.Html, "m-burglary-xmr");
        chart.ShouldContain("aria-label=\"Special cause variation of improving nature (low values)\"");
        chart.ShouldContain("<span>Special cause variation of improving nature (low values)</span>");

        // The words beside each icon are what a screen reader says: the icon itself is not read a second time.
        chart.ShouldContain("<span class=\"spc-icon-box\" aria-hidden=\"true\"><svg class=\"spc-icon");
        chart.ShouldContain("aria-label=\"Target hit or miss\"");

        var article = Between(report.Html, "<article class=\"measure\" id=\"m-burglary\">", "<div class=\"paras\">");
        article.ShouldContain("<div class=\"headline-spc\">");
        article.ShouldContain("<span>Target hit or miss</span>");
        article.ShouldContain("On the statistical process control chart (March 2017 to September 2019), September 2019 shows special cause variation");

        // The summary is said once, in the headline box, not again as a numbered paragraph.
        Regex.Count(report.Html, "On the statistical process control chart \\(March 2017").ShouldBe(1);

        // A chart with too few points has no icons, and says so in words.
        var satisfaction = Between(report.Html, "<article class=\"measure\" id=\"m-satisfaction\">", "<div class=\"paras\">");
        satisfaction.ShouldContain("<span>No variation icon</span>");
        satisfaction.ShouldContain("The chart has 10 points (December 2018 to September 2019); process limits need at least 13");

        // Markdown: the words.
        report.Markdown.ShouldContain("(improvement)\n>\n> Icons: Special cause variation of improving nature (low values); Target hit or miss<br>\n");
        report.Markdown.ShouldContain("> On the statistical process control chart (March 2017 to September 2019), September 2019 shows special cause variation");
    }

    [Fact]
    public void The_dashboard_has_an_icon_column_that_a_dashboard_key_measure_leaves_blank_with_its_reason()
    {
        var report = RenderMixed();

        var dashboard = Between(report.Html, "<section class=\"dashboard\">", "</section>");
        dashboard.ShouldContain("<th scope=\"col\" class=\"col-spc\">SPC icons</th>");
        dashboard.ShouldContain("colspan=\"7\"");
        var burglary = Between(dashboard, "<a href=\"#m-burglary\">", "</tr>");
        burglary.ShouldContain("aria-label=\"Special cause variation of improving nature (low values)\"");
        burglary.ShouldContain("Special cause variation of improving nature (low values); target hit or miss");
        var crime = Between(dashboard, "<a href=\"#m-crime-volume\">", "</tr>");
        crime.ShouldContain("No SPC icons: this measure is read by the dashboard key");

        report.Markdown.ShouldContain("| Symbols | SPC icons |");
        report.Markdown.ShouldMatch("(?m)^\\| Crime volume \\|.*\\| – \\|$");
        report.Markdown.ShouldMatch("(?m)^\\| Burglary \\|.*\\| Special cause variation of improving nature \\(low values\\); Target hit or miss \\|$");
    }

    [Fact]
    public void A_making_data_count_measure_with_no_figures_yet_says_it_has_no_icons_rather_than_being_taken_for_the_dashboard_key()
    {
        var measure = new Measure("new-measure", "New measure", MeasureKind.Count, Polarity.LowerIsBetter, ValueFormat.Count, "crimes", null, RuleParameters.Default) { RuleSet = RuleSet.MakingDataCount };
        var empty = Evaluate(measure, new MonthlySeries("new-measure", []));
        var evaluation = new ScorecardEvaluation(Fixtures.Q2, T, [Fixtures.CrimeResult(), empty], [RuleSet.DashboardKey, RuleSet.MakingDataCount]);

        var report = Fixtures.Render(evaluation);

        var row = Between(Between(report.Html, "<section class=\"dashboard\">", "</section>"), "<a href=\"#m-new-measure\">", "</tr>");
        row.ShouldContain("No variation icon; no assurance icon");
        row.ShouldNotContain("read by the dashboard key");
        report.Html.ShouldNotContain("id=\"m-new-measure-xmr\"");
        report.Markdown.ShouldContain("> Icons: No variation icon; No assurance icon\n");
    }

    [Fact]
    public void A_report_of_the_dashboard_key_alone_has_no_icon_column()
    {
        var report = Fixtures.Render();

        report.Html.ShouldNotContain("class=\"col-spc\"");
        report.Markdown.ShouldNotContain("SPC icons");
    }

    [Fact]
    public void The_appendix_names_the_xmr_rules_and_shows_the_whole_run_that_fired()
    {
        var report = RenderMixed();

        var rows = Between(report.Html, "<a href=\"#m-burglary\">Burglary</a></h4>", "</table>");
        rows.ShouldContain("<th scope=\"row\">Single point <span class=\"test-detail\">beyond a process limit</span></th>");
        rows.ShouldContain("<th scope=\"row\">Shift <span class=\"test-detail\">");
        rows.ShouldContain("<th scope=\"row\">Trend <span class=\"test-detail\">");
        rows.ShouldContain("<th scope=\"row\">Close to a limit <span class=\"test-detail\">");
        rows.ShouldNotContain(">Near ");

        // The shift that fired ran 7 points, not the unfired mirror's last 6.
        rows.ShouldContain("7 of 7 below; highest 249");

        // The intro speaks of both sets.
        var intro = Between(report.Html, "<h2 id=\"appendix-a\">", "</p>");
        intro.ShouldContain("Every test of every measure");
        intro.ShouldContain("For a measure on a statistical process control chart (\"Making Data Count\")");
        intro.ShouldContain("For the dashboard key");
    }

    [Fact]
    public void The_method_notes_explain_the_xmr_chart_and_the_target_only_when_the_report_has_one()
    {
        var mixed = RenderMixed();
        mixed.Html.ShouldContain("<li id=\"note-xmr\"><strong>Statistical process control (XmR) charts.</strong>");
        mixed.Html.ShouldContain("<li id=\"note-assurance\">");
        mixed.Markdown.ShouldContain("- **Statistical process control (XmR) charts.**");

        var keyOnly = Fixtures.Render();
        keyOnly.Html.ShouldNotContain("note-xmr");
        keyOnly.Markdown.ShouldNotContain("XmR");
    }

    [Fact]
    public void The_template_model_carries_each_point_with_its_lines_and_variation()
    {
        var model = new Scorecard.Rendering.Model.ReportModelBuilder(Mixed(), MixedData(), Fixtures.Info, Fixtures.Commentary(), Fixtures.Clock).Build();

        var burglary = model.Measures.Single(m => m.Id == "burglary");
        var spc = burglary.Spc.ShouldNotBeNull();
        spc.Variation.Id.ShouldBe("improvement-low");
        spc.Assurance.Id.ShouldBe("hit-or-miss");
        spc.HasLimits.ShouldBeTrue();
        spc.Target.ShouldBe("280");
        spc.Points.Count.ShouldBe(31);
        var last = spc.Points[^1];
        last.Month.ShouldBe("2019-09");
        last.Value.ShouldBe(248);
        last.Variation.ShouldBe("improvement");
        last.UpperLimit.ShouldNotBeNull();
        model.Measures.Single(m => m.Id == "crime-volume").Spc.ShouldBeNull();
        model.Measures.Single(m => m.Id == "domestic-abuse").Spc!.Gaps.ShouldBe("September 2018, October 2018");
    }

    [Fact]
    public void A_baseline_is_shaded_and_named_and_a_limit_the_measure_cannot_reach_is_said_in_the_caption()
    {
        // Hate crimes: small counts, so the lower limit falls below zero; the lines come from a baseline to June 2018.
        double[] counts = [3, 9, 1, 7, 2, 10, 4, 8, 0, 6, 2, 9, 5, 1, 8, 3, 7, 2, 6, 9, 1, 5, 8, 2];
        var parameters = RuleParameters.Default with { Spc = SpcParameters.Default with { BaselineEnd = new YearMonth(2018, 6) } };
        var measure = new Measure("hate-crime", "Hate crimes", MeasureKind.Count, Polarity.LowerIsBetter, ValueFormat.Count, "crimes", null, parameters) { RuleSet = RuleSet.MakingDataCount };
        var series = new MonthlySeries("hate-crime", counts.Select((v, i) => new MonthlyObservation(T.PlusMonths(-23 + i), Value: v)));
        var evaluation = new ScorecardEvaluation(Fixtures.Q2, T, [Evaluate(measure, series)], [RuleSet.MakingDataCount]);

        var result = new ReportRenderer(null, Fixtures.Clock).Render(evaluation, new MeasureData([series]), Fixtures.Info, Fixtures.Commentary());

        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        var chart = Figure(result.Value!.Html, "m-hate-crime-xmr");
        chart.ShouldContain("<g class=\"xmr-baseline\"><title>Baseline: the lines come from October 2017 to June 2018</title>");
        chart.ShouldContain("The lines come from the baseline, October 2017 to June 2018 (shaded), extended to September 2019");
        chart.ShouldMatch("The lower process limit \\(−[0-9.]+\\) is below 0, which the measure cannot go below, so it is not drawn");
        Regex.Count(chart, "class=\"xmr-limit\"").ShouldBe(1);
        var ticks = Regex.Matches(chart, "<text class=\"tick\"[^>]*text-anchor=\"end\">([^<]*)</text>").Select(m => m.Groups[1].Value).ToList();
        ticks.ShouldNotContain(t => t.StartsWith('−'));
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        from.ShouldBeGreaterThanOrEqualTo(0, $"not found: {start}");
        var to = text.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }
}

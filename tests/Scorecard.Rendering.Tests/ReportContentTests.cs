using NodaTime;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Rules;

namespace Scorecard.Rendering.Tests;

public sealed class ReportContentTests
{
    [Fact]
    public void The_reference_figures_for_crime_volume_appear_in_words_and_in_the_headline_box()
    {
        var report = Fixtures.Render();

        foreach (var text in new[] { report.Html, report.Markdown })
        {
            text.ShouldContain("There were 11,856 crimes recorded during quarter two and 44,340 in the 12 months to September 2019.");
            text.ShouldContain("This represents 1,258 more recorded crimes (2.9 per cent) compared to the previous 12 months.");
            text.ShouldContain("Q2: 11,856 crimes – 44,340 rolling 12 months");
            text.ShouldContain("Q1: 10,952 crimes – 43,523 rolling 12 months");
        }
    }

    [Fact]
    public void The_title_block_names_the_quarter_and_the_meeting()
    {
        var report = Fixtures.Render();
        report.Html.ShouldContain("Quarter Two 2019-20 (1 July to 30 September 2019)");
        report.Html.ShouldContain("For Police and Crime Panel meeting 19 December 2019");
        report.Html.ShouldContain("<a href=\"#dashboard\">Performance dashboard</a>");
        report.Html.ShouldContain("id=\"dashboard\"");
        report.Html.ShouldContain("<a href=\"#priority-1\">1. Prevent crime and keep people safe</a>");
    }

    [Fact]
    public void A_decrease_is_fewer_and_a_ratio_changes_in_percentage_points()
    {
        var crime = Fixtures.CrimeResult() with { Figures = new MeasureFigures(178, 163, 619, 658, -39, -39.0 / 658 * 100) };
        var report = Fixtures.Render(Fixtures.Evaluation(crime, Fixtures.Compliance()));
        report.Markdown.ShouldContain("This represents 39 fewer recorded crimes (5.9 per cent) compared to the previous 12 months.");
        report.Markdown.ShouldContain("This is 2.5 percentage points higher than the previous 12 months (86.5 per cent).");
    }

    [Fact]
    public void Level_measures_carry_their_margin_of_error()
    {
        var report = Fixtures.Render();
        report.Markdown.ShouldContain("77.7 per cent (± 3.5 per cent)");
        report.Markdown.ShouldContain("This is 6.6 percentage points lower than 12 months earlier (84.3 per cent).");
    }

    [Fact]
    public void Durations_are_written_in_minutes_and_seconds()
    {
        var report = Fixtures.Render();
        report.Markdown.ShouldContain("The average for quarter two was 12 minutes 47 seconds");
        report.Markdown.ShouldContain("This is 20 seconds (2.9 per cent) longer than the previous 12 months (11 minutes 20 seconds).");
        report.Markdown.ShouldContain("| Response time (immediate) | 10 min 26 s | 12 min 47 s | 11 min 40 s |");
    }

    [Fact]
    public void Each_fired_flag_has_a_sentence_with_the_figures_from_its_evidence()
    {
        var report = Fixtures.Render();
        report.Markdown.ShouldContain("The last 8 months were all above the average for the past 24 months (3,706.7); the lowest of them was 3,750.");
        report.Markdown.ShouldContain("September 2019 (13 minutes 10 seconds) was unusually high: above 12 minutes 10 seconds, the top of the usual range for the previous 24 months (their average, 10 minutes 50 seconds, plus 2 standard deviations).");
        report.Markdown.ShouldContain("Over the past 12 months the monthly figures show a statistically significant rise, of about 0.42 percentage points a month.");

        // Test statistics stay in Appendix A: the body gives the size, not the p-value.
        var body = report.Markdown[..report.Markdown.IndexOf("## Appendix A", StringComparison.Ordinal)];
        body.ShouldNotContain("p = ");
        body.ShouldNotContain("p < ");
    }

    [Fact]
    public void The_peer_position_is_a_sentence_and_a_bar_chart()
    {
        var report = Fixtures.Render();
        report.Html.ShouldContain("61.2 crimes per 1,000 population in the 12 months to June 2019, below the most similar group (MSG) average of 73.0.");
        report.Html.ShouldContain("This is less than its peers");
        report.Html.ShouldContain("class=\"bar bar-self\"");
        report.Html.ShouldContain(">Average 73.0</text>");
    }

    [Fact]
    public void Paragraph_numbers_run_through_the_whole_document()
    {
        var report = Fixtures.Render(commentary: Fixtures.Commentary(
            ("crime-volume", "First office paragraph.\n\nSecond office paragraph.\n\n- a bullet, not numbered"),
            ("response-immediate", "The office explains the spike.")));

        // crime volume: 4 generated + 2 commentary; compliance 3; confidence 2; response time: 3 generated + 1 commentary
        report.Html.ShouldContain("<span class=\"para-no\">5.</span><div class=\"para-body\"><p>First office paragraph.</p>");
        report.Html.ShouldContain("<span class=\"para-no\">6.</span><div class=\"para-body\"><p>Second office paragraph.</p>");
        report.Html.ShouldContain("<span class=\"para-no\">12.</span><div class=\"para-body\"><p>The average for quarter two");
        report.Html.ShouldContain("<span class=\"para-no\">15.</span><div class=\"para-body\"><p>The office explains the spike.</p>");
        report.Markdown.ShouldContain("\n15. The office explains the spike.\n");
        report.Html.ShouldContain("<li>a bullet, not numbered</li>");
    }

    [Fact]
    public void Every_fired_symbol_has_a_tooltip_and_an_accessible_label()
    {
        var report = Fixtures.Render();
        report.Html.ShouldContain("aria-label=\"Run above: The last 8 months have all been above the Average for the past 24 months (concern)\"");
        report.Html.ShouldContain("<title>Run above: The last 8 months have all been above the Average for the past 24 months (concern)</title>");
        report.Html.ShouldContain("class=\"sym sym--concern\"");
        report.Html.ShouldContain("class=\"sym sym--improvement\"");
    }

    [Fact]
    public void The_key_lists_every_symbol_in_the_reference_order()
    {
        var report = Fixtures.Render();
        var positions = Fixtures.Key.Select(r => report.Html.IndexOf("<strong>" + r.ShortLabel + ".</strong>", StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p > 0);
        var peers = positions.Take(4).Max();
        var high = positions.Skip(4).Take(5).ToList();
        var low = positions.Skip(9).Take(5).ToList();
        var rest = positions.Skip(14).ToList();
        high.Min().ShouldBeGreaterThan(peers);
        low.Min().ShouldBeGreaterThan(high.Max());
        rest.Min().ShouldBeGreaterThan(low.Max());
        report.Html.ShouldContain("<strong>Concern.</strong>");
    }

    [Fact]
    public void Monthly_charts_have_a_point_title_for_every_month_and_mark_flagged_months()
    {
        var report = Fixtures.Render();
        report.Html.ShouldContain("<title>March 2018: ");
        report.Html.ShouldContain("<title>September 2019: 3,980 — Run above</title>");
        report.Html.ShouldContain("class=\"flagged flagged--concern\"");
        report.Html.ShouldContain("<desc id=\"m-crime-volume-monthly-d\">");
        report.Html.ShouldContain("<figcaption>Crime volume: monthly figures, October 2017 to September 2019");
    }

    [Fact]
    public void The_data_quality_note_lists_each_test_not_evaluated()
    {
        var report = Fixtures.Render();
        report.Markdown.ShouldContain("| Overall confidence with the police in this area | Spike above, Spike below | 14 of 24 months present |");
    }

    [Fact]
    public void The_data_quality_note_counts_measures_with_no_peer_comparison_instead_of_listing_their_peer_tests()
    {
        var withoutPeerKey = Fixtures.Compliance();
        var withPeerKeyButNoData = withoutPeerKey with
        {
            Measure = withoutPeerKey.Measure with { Id = "outcomes", Name = "Outcome ratio", PeerKey = "outcomes" },
            Outcomes = Fixtures.Outcomes(Polarity.HigherIsBetter, notEvaluated: Fixtures.PeerTests(PeerComparer.NoPeerDataReason)),
        };

        var report = Fixtures.Render(Fixtures.Evaluation(withoutPeerKey, withPeerKeyButNoData));

        report.Markdown.ShouldNotContain($"| {withoutPeerKey.Measure.Name} | Greater than peers");
        report.Markdown.ShouldContain("| Outcome ratio | Greater than peers, In line, above average, In line, below average, Less than peers, Does not trend with peers | no peer data for this measure |");
        report.Markdown.ShouldContain("1 measure has no peer comparison configured, so its peer tests are not listed above.");
        report.Html.ShouldContain("1 measure has no peer comparison configured");
    }

    [Fact]
    public void The_html_is_self_contained()
    {
        var html = Fixtures.Render().Html;
        html.ShouldNotContain("<script");
        html.ShouldNotContain("<link");
        html.ShouldNotContain("src=\"http");
        html.ShouldNotContain("@import");
        html.ShouldNotContain("url(");
        html.ShouldContain("size: A4");
    }

    [Fact]
    public void Output_is_deterministic_with_unix_line_endings()
    {
        var a = Fixtures.Render();
        var b = Fixtures.Render();
        a.Html.ShouldBe(b.Html);
        a.Markdown.ShouldBe(b.Markdown);
        a.Html.ShouldNotContain("\r");
        a.Markdown.ShouldNotContain("\r");
    }
}

public sealed class EscapingTests
{
    private const string Hostile = "<script>alert(1)</script>";

    [Fact]
    public void Hostile_text_in_a_measure_name_is_escaped_everywhere()
    {
        var report = Fixtures.Render(Fixtures.Evaluation(Fixtures.CrimeResult("Crime " + Hostile)));
        report.Html.ShouldNotContain(Hostile);
        report.Html.ShouldContain("Crime &lt;script&gt;alert(1)&lt;/script&gt;");
        report.Markdown.ShouldNotContain(Hostile);
    }

    [Fact]
    public void Hostile_text_in_commentary_is_shown_as_text()
    {
        var report = Fixtures.Render(commentary: Fixtures.Commentary(
            ("crime-volume", "Before " + Hostile + " after.\n\n" + Hostile + "\n\n[click](javascript:alert(1)) ![img](http://example.com/x.png)")));
        report.Html.ShouldNotContain(Hostile);
        report.Html.ShouldNotContain("javascript:");
        report.Html.ShouldNotContain("<img");
        report.Html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        report.Markdown.ShouldNotContain(Hostile);
    }

    [Fact]
    public void Hostile_text_in_the_introduction_and_report_details_is_escaped()
    {
        var commentary = new Commentary(Hostile, new Dictionary<string, string>());
        var info = Fixtures.Info with { Office = "Office " + Hostile };
        var result = new ReportRenderer(null, Fixtures.Clock).Render(Fixtures.Evaluation(), Fixtures.Data(), info, commentary);
        result.Value!.Html.ShouldNotContain(Hostile);
        result.Value.Markdown.ShouldNotContain(Hostile);
    }
}

public sealed class CommentaryTests
{
    [Fact]
    public void A_measure_with_an_exception_and_no_commentary_is_a_warning()
    {
        var report = Fixtures.Render(commentary: Fixtures.Commentary(("crime-volume", "Explained.")));
        var warnings = report.Warnings.Where(w => w.Code == "SC0503").ToList();
        warnings.Count.ShouldBe(2);
        warnings.ShouldContain(w => w.Message.Contains("crime-recording-compliance", StringComparison.Ordinal) && w.Message.Contains("trend-up", StringComparison.Ordinal));
        warnings.ShouldContain(w => w.Message.Contains("response-immediate", StringComparison.Ordinal));
        warnings.ShouldAllBe(w => w.Severity == Severity.Warning);
    }

    [Fact]
    public void The_missing_commentary_warning_names_the_file_to_add()
    {
        var folder = Path.Combine(Path.GetTempPath(), "scorecard-commentary-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "crime-volume.md"), "Explained.");
            var commentary = Commentary.Load(folder, ["crime-volume", "response-immediate", "crime-recording-compliance"]).Value!;
            var report = Fixtures.Render(commentary: commentary);

            var warning = report.Warnings.Single(w => w.Code == "SC0503" && w.Message.Contains("response-immediate", StringComparison.Ordinal));
            warning.Location.File.ShouldBe(Path.Combine(folder, "response-immediate.md"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Peer_level_symbols_alone_need_no_commentary()
    {
        var crime = Fixtures.CrimeResult() with
        {
            Outcomes = Fixtures.Outcomes(Polarity.LowerIsBetter, new Dictionary<string, Evidence> { ["peers-below"] = Evidence.None }),
        };
        var report = Fixtures.Render(Fixtures.Evaluation(crime), Commentary.None);
        report.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Commentary_files_are_read_by_measure_id_and_unknown_ids_are_warnings()
    {
        var folder = Directory.CreateTempSubdirectory("scorecard-commentary-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "introduction.md"), "Hello panel.");
            File.WriteAllText(Path.Combine(folder, "crime-volume.md"), "Crime words.");
            File.WriteAllText(Path.Combine(folder, "crime-volumes.md"), "Misspelt.");
            var result = Commentary.Load(folder, ["crime-volume", "public-confidence"]);
            result.HasErrors.ShouldBeFalse();
            result.Value!.Introduction.ShouldBe("Hello panel.");
            result.Value.For("crime-volume").ShouldBe("Crime words.");
            var warning = result.Diagnostics.ShouldHaveSingleItem();
            warning.Code.ShouldBe("SC0502");
            warning.Location.File!.ShouldEndWith("crime-volumes.md");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_commentary_folder_is_an_error()
    {
        var result = Commentary.Load("/nonexistent/commentary", ["crime-volume"]);
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("SC0501");
        result.Value.ShouldBeNull();
    }
}

public sealed class LaggingDataTests
{
    private static readonly YearMonth June2019 = new(2019, 6);

    [Fact]
    public void A_count_whose_data_end_in_june_reports_the_12_months_to_june()
    {
        var crime = Fixtures.CrimeResult() with
        {
            Figures = new MeasureFigures(null, 10952, null, null, null, null, PreviousQuarterRolling12: 43523,
                Latest: new LatestFigures(June2019, 43523, 42000, 1523, 1523.0 / 42000 * 100)),
        };
        var report = Fixtures.Render(Fixtures.Evaluation(crime));

        report.Html.ShouldContain("The figures run to June 2019, so there is no complete figure yet for quarter two; there were 43,523 crimes in the 12 months to June 2019.");
        report.Html.ShouldContain("This represents 1,523 more recorded crimes (3.6 per cent) compared to the previous 12 months.");
        report.Html.ShouldContain("<p>43,523 crimes in the 12 months to June 2019</p>");
        report.Html.ShouldContain("<span class=\"data-to\">to June 2019</span>");
        report.Markdown.ShouldContain("43,523 (to June 2019)");
    }

    [Fact]
    public void A_survey_level_whose_data_end_in_june_gives_its_value_and_margin_to_june()
    {
        var confidence = Fixtures.Confidence() with
        {
            Figures = new MeasureFigures(null, 77.7, null, null, null, null,
                Latest: new LatestFigures(June2019, 77.7, 75.0, 2.7, 3.6, Margin: 3.5)),
        };
        var report = Fixtures.Render(Fixtures.Evaluation(confidence));

        report.Html.ShouldContain("<p>77.7 per cent (&#177; 3.5 per cent) in the 12 months to June 2019</p>");
        report.Html.ShouldContain("The latest figure, for June 2019, is 77.7 per cent (&#177; 3.5 per cent).");
        report.Html.ShouldContain("This is 2.7 percentage points higher than 12 months earlier (75.0 per cent).");
    }

    [Fact]
    public void Data_that_reach_the_reporting_month_are_reported_as_before()
    {
        var crime = Fixtures.CrimeResult() with
        {
            Figures = Fixtures.CrimeResult().Figures with { Latest = new LatestFigures(Fixtures.T, 44340, 43082, 1258, 2.92) },
        };
        var report = Fixtures.Render(Fixtures.Evaluation(crime));

        report.Html.ShouldContain("There were 11,856 crimes recorded during quarter two and 44,340 in the 12 months to September 2019.");
        report.Html.ShouldNotContain("<span class=\"data-to\">");
    }
}

public sealed class MonthInsideAQuarterTests
{
    [Fact]
    public void A_reporting_month_that_does_not_end_a_quarter_is_called_the_three_months_to_it()
    {
        var august = new YearMonth(2019, 8);
        var evaluation = new ScorecardEvaluation(Fixtures.Q2, august, [Fixtures.CrimeResult(), Fixtures.Compliance()], [Core.Rules.RuleSet.DashboardKey]);
        var report = Fixtures.Render(evaluation);

        report.Html.ShouldContain("There were 11,856 crimes recorded during the three months to August 2019 and 44,340 in the 12 months to August 2019.");
        report.Html.ShouldContain("The figure for the three months to August 2019 was 91.3 per cent");
        report.Html.ShouldContain("<p>Mar–May 2019: 10,952 crimes – 43,523 rolling 12 months</p>");
        report.Html.ShouldContain("<p>Jun–Aug 2019: 11,856 crimes – 44,340 rolling 12 months</p>");
        report.Html.ShouldNotContain("during quarter two");
        report.Markdown.ShouldNotContain("during quarter two");
    }
}

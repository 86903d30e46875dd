using ClosedXML.Excel;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;
using Scorecard.Rendering.Model;
using Scorecard.Rendering.Workbook;
using static Scorecard.Rendering.Tests.Workbook.EvaluationBuilder;
using static Scorecard.Rendering.Tests.Workbook.ScorecardWorkbookTests;

namespace Scorecard.Rendering.Tests.Workbook;

/// <summary>
/// The Dashboard, Data issues and Key sheets hide nothing the report says: tests not run and why,
/// measures without a peer comparison, missing commentary, known data issues, the sentiment word
/// beside each symbol and each symbol's plain meaning, in the report's own words.
/// </summary>
public sealed class WorkbookTellsTheReportsStoryTests : IDisposable
{
    private static readonly YearMonth T = new(2019, 9);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private XLWorkbook Write(ScorecardEvaluation evaluation, MeasureData? data = null, WorkbookInfo? info = null)
    {
        var path = _folder.File("scorecard.xlsx");
        ScorecardWorkbook.Write(evaluation, data ?? new MeasureData([]), info ?? Sample.Info, Sample.Clock, path);
        return new XLWorkbook(path);
    }

    private static IXLCell Cell(XLWorkbook workbook, string measure, string heading)
    {
        var sheet = workbook.Worksheet("Dashboard");
        var row = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == measure).RowNumber();
        return CellUnder(sheet, heading, row);
    }

    private static string Notes(XLWorkbook workbook, string measure) => Cell(workbook, measure, "Notes").GetString();

    private static ReportModel ReportModel(ScorecardEvaluation evaluation, Commentary commentary) =>
        new ReportModelBuilder(evaluation, Fixtures.Data(), Fixtures.Info, commentary, Fixtures.Clock).Build();

    [Fact]
    public void Tests_that_did_not_run_are_named_with_why_in_the_reports_own_words()
    {
        var builder = new EvaluationBuilder().Measure(
            "kept-informed",
            "Satisfaction: kept informed",
            MeasureKind.Ratio,
            Polarity.HigherIsBetter,
            outcomes: [.. new[] { "spike-high", "spike-low", "shift-high", "shift-low", "run-above", "run-below" }.Select(id => NotEvaluated(id, "September 2019 missing"))]);
        var evaluation = builder.Build();
        using var workbook = Write(evaluation);

        Notes(workbook, "Satisfaction: kept informed").ShouldBe("3 tests not run: September 2019 missing.");
        Cell(workbook, "Satisfaction: kept informed", "Exception high").GetString().ShouldBe("3 of 5 not run");
        Cell(workbook, "Satisfaction: kept informed", "Exception low").GetString().ShouldBe("3 of 5 not run");
        ReportModel(evaluation, Fixtures.Commentary()).Measures.Single().NotRun.ShouldBe("3 tests not run: September 2019 missing");
    }

    [Fact]
    public void The_notes_say_what_the_reports_dashboard_says_for_every_measure()
    {
        var evaluation = Fixtures.Evaluation();
        using var workbook = Write(evaluation, Fixtures.Data());

        foreach (var measure in ReportModel(evaluation, Fixtures.Commentary()).Measures)
        {
            var notes = Notes(workbook, measure.Name);
            if (measure.NotRun is { } notRun)
            {
                notes.ShouldStartWith(notRun + ".", Case.Sensitive, measure.Name);
            }
            else
            {
                notes.ShouldNotContain("not run", Case.Sensitive, measure.Name);
            }
        }

        Notes(workbook, "Overall confidence with the police in this area").ShouldBe("1 test not run: 14 of 24 months present.");
    }

    [Fact]
    public void A_measure_without_a_peer_comparison_says_so_once_and_not_as_peer_tests_not_run()
    {
        using var workbook = Write(Fixtures.Evaluation(Fixtures.Compliance()), Fixtures.Data());
        const string name = "Crime recording compliance rate";

        Cell(workbook, name, "Peers").GetString().ShouldBe("no peer comparison");
        Cell(workbook, name, "Peers").Style.Font.Italic.ShouldBeTrue();
        Cell(workbook, name, "Peer trend / no data").IsEmpty().ShouldBeTrue();
        Notes(workbook, name).ShouldNotContain("not run");
    }

    [Fact]
    public void A_measure_with_a_peer_comparison_but_no_peer_figures_shows_its_peer_tests_as_not_run()
    {
        var peers = new[] { "peers-above", "peers-in-line-above", "peers-in-line-below", "peers-below", "peers-trend-differs" };
        var builder = new EvaluationBuilder().Measure(
            "burglary", "Burglary", peerKey: "burglary", outcomes: [.. peers.Select(id => NotEvaluated(id, "no peer data for this measure"))]);
        using var workbook = Write(builder.Build());

        Cell(workbook, "Burglary", "Peers").GetString().ShouldBe("not run");
        Cell(workbook, "Burglary", "Peer trend / no data").GetString().ShouldBe("1 of 2 not run");
        Notes(workbook, "Burglary").ShouldBe("2 tests not run: no peer data for this measure.");
    }

    [Fact]
    public void A_level_measures_rolling_trend_is_not_counted_as_a_test_not_run()
    {
        var builder = new EvaluationBuilder().Measure(
            "confidence",
            "Public confidence",
            MeasureKind.Level,
            Polarity.HigherIsBetter,
            ValueFormat.Percent,
            outcomes: [NotEvaluated("rolling-trend-up", RollingTrendRule.LevelReason), NotEvaluated("rolling-trend-down", RollingTrendRule.LevelReason)]);
        using var workbook = Write(builder.Build());

        Cell(workbook, "Public confidence", "Exception high").IsEmpty().ShouldBeTrue();
        Cell(workbook, "Public confidence", "Exception low").IsEmpty().ShouldBeTrue();
        Cell(workbook, "Public confidence", "Notes").IsEmpty().ShouldBeTrue();
    }

    [Fact]
    public void A_measure_with_exceptions_and_no_commentary_carries_the_reports_notice_in_bold()
    {
        var info = Sample.Info with { MeasuresWithCommentary = ["outcome-rate"] };
        using var workbook = Write(Sample.Evaluation, Sample.Data, info);

        var notes = Cell(workbook, "Crime volume", "Notes");
        notes.GetString().ShouldBe("No commentary has been provided for this measure.");
        notes.RichText.Single(t => t.Text.Contains("No commentary", StringComparison.Ordinal)).Bold.ShouldBeTrue();
        Notes(workbook, "Positive outcome rate").ShouldNotContain("commentary");
        Notes(workbook, "Average time to answer 101 calls").ShouldNotContain("commentary", customMessage: "no exceptions, nothing to explain");
    }

    [Fact]
    public void A_peer_position_alone_is_not_an_exception_that_needs_commentary()
    {
        var builder = new EvaluationBuilder().Measure("burglary", "Burglary", peerKey: "burglary", outcomes: [Fired("peers-below", Sentiment.Improvement)]);
        using var workbook = Write(builder.Build(), info: Sample.Info with { MeasuresWithCommentary = [] });

        Cell(workbook, "Burglary", "Notes").IsEmpty().ShouldBeTrue();
    }

    [Fact]
    public void Without_knowing_the_commentary_the_workbook_gives_no_notice()
    {
        using var workbook = Write(Sample.Evaluation, Sample.Data, Sample.Info with { MeasuresWithCommentary = null });

        workbook.Worksheet("Dashboard").CellsUsed().ShouldAllBe(c => !c.GetString().Contains("No commentary", StringComparison.Ordinal));
    }

    [Fact]
    public void The_commentary_notice_is_on_the_measures_the_report_gives_it_to()
    {
        var evaluation = Fixtures.Evaluation();
        var commentary = Fixtures.Commentary(("crime-volume", "Crime rose with the national trend."));
        using var workbook = Write(evaluation, Fixtures.Data(), Sample.Info with { MeasuresWithCommentary = [.. commentary.Measures.Keys] });

        var model = ReportModel(evaluation, commentary);
        model.Measures.Count(m => m.CommentaryMissing).ShouldBeGreaterThan(0);
        foreach (var measure in model.Measures)
        {
            Notes(workbook, measure.Name).Contains("No commentary has been provided for this measure.", StringComparison.Ordinal)
                .ShouldBe(measure.CommentaryMissing, measure.Name);
        }
    }

    [Fact]
    public void Known_data_issues_have_their_own_sheet_and_a_note_against_each_measure_they_affect()
    {
        var outage = new DataIssue(T, T, DataIssueKind.Outage, "An IST system outage from 14 to 17 September 2019.");
        var method = new DataIssue(new YearMonth(2019, 7), new YearMonth(2019, 7), DataIssueKind.MethodChange, "A new audit methodology.");
        var builder = new EvaluationBuilder()
            .Measure("compliance", "Crime recording compliance", MeasureKind.Ratio, issues: [method])
            .Measure("response", "Response time", MeasureKind.Mean, format: ValueFormat.Duration, issues: [outage])
            .Measure("answer-999", "999 answer time", MeasureKind.Mean, format: ValueFormat.Duration, issues: [outage])
            .Measure("burglary", "Burglary");
        using var workbook = Write(builder.Build());

        var sheet = workbook.Worksheet("Data issues");
        sheet.Row(1).CellsUsed().Select(c => c.GetString()).ShouldBe(["When", "What", "Measures", "Note"]);
        sheet.Row(2).CellsUsed().Select(c => c.GetString()).ShouldBe(["from July 2019", "Change of method", "Crime recording compliance", "A new audit methodology."]);
        sheet.Row(3).CellsUsed().Select(c => c.GetString()).ShouldBe(["September 2019", "Outage", "Response time, 999 answer time", "An IST system outage from 14 to 17 September 2019."]);
        sheet.CellsUsed().Select(c => c.GetString()).ShouldContain(DataIssuesSheet.Explanation);

        Notes(workbook, "Crime recording compliance").ShouldBe("Change of method, from July 2019: see Data issues.");
        Notes(workbook, "Response time").ShouldBe("Outage, September 2019: see Data issues.");
        Cell(workbook, "Burglary", "Notes").IsEmpty().ShouldBeTrue();
    }

    [Fact]
    public void The_data_issues_are_the_reports_data_quality_table()
    {
        var issue = new DataIssue(T, T, DataIssueKind.Other, "Figures re-based.");
        var evaluation = new EvaluationBuilder().Measure("a", "A", issues: [issue]).Measure("b", "B", issues: [issue]).Build();
        using var workbook = Write(evaluation);

        var row = ReportModel(evaluation, Fixtures.Commentary()).DataIssues.ShouldNotBeNull().Single();
        workbook.Worksheet("Data issues").Row(2).CellsUsed().Select(c => c.GetString()).ShouldBe([row.Months, row.KindLabel, row.Measures, row.Note]);
    }

    [Fact]
    public void Every_symbol_carries_its_sentiment_word_so_that_greyscale_print_tells_a_concern_from_an_improvement()
    {
        var builder = new EvaluationBuilder()
            .Measure("answer-999", "999 answer time", polarity: Polarity.LowerIsBetter, outcomes: [Fired("trend-up", Sentiment.Concern)])
            .Measure("complaints", "Complaints recorded in 10 days", polarity: Polarity.HigherIsBetter, outcomes: [Fired("trend-up", Sentiment.Improvement)])
            .Measure("domestic-abuse", "Domestic abuse", polarity: Polarity.Neutral, outcomes: [Fired("trend-up", Sentiment.Neutral)]);
        using var workbook = Write(builder.Build());

        Cell(workbook, "999 answer time", "Exception high").GetString().ShouldBe("↗ Trend up (concern)");
        Cell(workbook, "Complaints recorded in 10 days", "Exception high").GetString().ShouldBe("↗ Trend up (improvement)");
        Cell(workbook, "Domestic abuse", "Exception high").GetString().ShouldBe("↗ Trend up (neutral)");
    }

    [Fact]
    public void Does_not_trend_with_peers_shows_in_the_peer_trend_column_not_the_peers_column()
    {
        var builder = new EvaluationBuilder().Measure(
            "crime-volume", "Crime volume", peerKey: "all-crime", outcomes: [Fired("peers-below", Sentiment.Improvement), Fired("peers-trend-differs", Sentiment.Attention)]);
        using var workbook = Write(builder.Build());

        Cell(workbook, "Crime volume", "Peers").GetString().ShouldBe("▼ Less than peers (improvement)");
        Cell(workbook, "Crime volume", "Peer trend / no data").GetString().ShouldBe("⇅ Does not trend with peers (needs attention)");
    }

    [Fact]
    public void A_percentages_change_is_in_percentage_points_and_never_a_percentage_of_a_percentage()
    {
        using var workbook = Write(Sample.Evaluation, Sample.Data);

        var change = Cell(workbook, "Positive outcome rate", "Change");
        change.GetDouble().ShouldBe(-1.2);
        change.Style.NumberFormat.Format.ShouldBe("+0.0\" pp\";-0.0\" pp\";0.0\" pp\"");
        Cell(workbook, "Positive outcome rate", "Change %").IsEmpty().ShouldBeTrue("−6.94 would be a percentage of a percentage");
        Cell(workbook, "Public confidence", "Change %").IsEmpty().ShouldBeTrue();
        Cell(workbook, "Crime volume", "Change %").GetDouble().ShouldBe(2.92);
    }

    [Fact]
    public void A_change_too_small_for_the_measures_decimals_gets_the_decimals_that_tell_it_from_none()
    {
        var builder = new EvaluationBuilder()
            .Measure("answer-999", "999 answer time", MeasureKind.Mean, format: ValueFormat.Duration, figures: new MeasureFigures(5, 4, 4.3, 4.1, 0.2, 4.9))
            .Measure("response", "Response time", MeasureKind.Mean, format: ValueFormat.Duration, figures: new MeasureFigures(767, 626, 700, 680, 20, 2.9));
        using var workbook = Write(builder.Build());

        Cell(workbook, "999 answer time", "Change").Style.NumberFormat.Format.ShouldBe("+#,##0.0\" s\";-#,##0.0\" s\";#,##0.0\" s\"");
        Cell(workbook, "Response time", "Change").Style.NumberFormat.Format.ShouldBe("+#,##0\" s\";-#,##0\" s\";#,##0\" s\"");
    }

    [Fact]
    public void The_key_gives_each_symbol_the_reports_plain_sentence_beside_the_keys_own_words()
    {
        var evaluation = Fixtures.Evaluation();
        using var workbook = Write(evaluation, Fixtures.Data());
        var sheet = workbook.Worksheet("Key");
        var meanings = ReportModel(evaluation, Fixtures.Commentary()).Key.Groups.SelectMany(g => g.Symbols).ToDictionary(s => s.Id, s => s.Meaning);

        for (var row = 2; row < 2 + Key.Count; row++)
        {
            var id = CellUnder(sheet, "Rule id", row).GetString();
            var meaning = CellUnder(sheet, "Meaning", row);
            meaning.GetString().ShouldBe(meanings[id], id);
            meaning.CellRight().GetString().ShouldBe(Key.Single(r => r.Id == id).KeyText, "the key's own words are beside it");
        }

        sheet.CellsUsed().Select(c => c.GetString())
            .ShouldContain("Last month was unusually high: above the range expected from the previous two years.");
    }

    [Fact]
    public void The_key_explains_not_run_not_evaluated_and_not_applicable()
    {
        using var workbook = Write(Sample.Evaluation, Sample.Data);
        var text = string.Join("\n", workbook.Worksheet("Key").CellsUsed().Select(c => c.GetString()));

        text.ShouldContain("\"not run\"");
        text.ShouldContain("\"not evaluated\"");
        text.ShouldContain("\"not applicable\"");
        text.ShouldContain("\"no peer comparison\"");
    }
}

using System.Globalization;
using ClosedXML.Excel;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Rules;
using Scorecard.Rendering.Export;
using Scorecard.Rendering.Workbook;
using static Scorecard.Rendering.Tests.Workbook.EvaluationBuilder;
using static Scorecard.Rendering.Tests.Workbook.ScorecardWorkbookTests;

namespace Scorecard.Rendering.Tests.Workbook;

/// <summary>
/// The Evidence sheet and the CSV: tests that can never run are "not applicable", the peer trend's
/// figures are in its own columns, and the sheet's numbers keep every digit but show rounded in the
/// measure's own style.
/// </summary>
public sealed class EvidenceSheetTests : IDisposable
{
    private static readonly Evidence Spike = new(Window: "2017-09..2019-08", N: 24, Mean: 3632.541666666667, Sd: 276.3141, K: 2, Threshold: 4185.169866666667, Value: 3816);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (XLWorkbook Workbook, List<Dictionary<string, string>> Csv) Write(EvaluationBuilder builder)
    {
        var path = _folder.File("scorecard.xlsx");
        var evaluation = builder.Build();
        ScorecardWorkbook.Write(evaluation, builder.Data(), Sample.Info, Sample.Clock, path);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ScorecardCsv.Write(evaluation, writer);
        return (new XLWorkbook(path), CsvText.Records(writer.ToString()));
    }

    private static IXLCell Evidence(XLWorkbook workbook, string measureId, string ruleId, string heading)
    {
        var sheet = workbook.Worksheet("Evidence");
        return CellUnder(sheet, heading, EvidenceRow(sheet, measureId, ruleId));
    }

    private static Dictionary<string, string> Csv(List<Dictionary<string, string>> records, string measureId, string ruleId) =>
        records.Single(r => r["measure_id"] == measureId && r["rule_id"] == ruleId);

    [Fact]
    public void The_peer_tests_of_a_measure_without_a_peer_comparison_are_not_applicable_with_the_reports_reason()
    {
        var peers = new[] { "peers-above", "peers-in-line-above", "peers-in-line-below", "peers-below", "peers-trend-differs" };
        var builder = new EvaluationBuilder().Measure("compliance", outcomes: [.. peers.Select(id => NotEvaluated(id, PeerComparer.NoPeerComparisonReason))]);
        var (workbook, csv) = Write(builder);
        using var _ = workbook;

        foreach (var id in peers)
        {
            Evidence(workbook, "compliance", id, "Status").GetString().ShouldBe("not applicable");
            Evidence(workbook, "compliance", id, "Reason").GetString().ShouldBe("no peer comparison is configured for this measure");
            Csv(csv, "compliance", id)["status"].ShouldBe("not applicable");
            Csv(csv, "compliance", id)["reason"].ShouldBe("no peer comparison is configured for this measure");
        }
    }

    [Fact]
    public void A_level_measures_rolling_trend_is_not_applicable()
    {
        var builder = new EvaluationBuilder().Measure(
            "confidence",
            kind: MeasureKind.Level,
            outcomes: [NotEvaluated("rolling-trend-up", RollingTrendRule.LevelReason), NotEvaluated("rolling-trend-down", RollingTrendRule.LevelReason)]);
        var (workbook, csv) = Write(builder);
        using var _ = workbook;

        Evidence(workbook, "confidence", "rolling-trend-up", "Status").GetString().ShouldBe("not applicable");
        Evidence(workbook, "confidence", "rolling-trend-down", "Reason").GetString().ShouldBe(RollingTrendRule.LevelReason);
        Csv(csv, "confidence", "rolling-trend-down")["status"].ShouldBe("not applicable");
    }

    [Fact]
    public void Tests_the_data_did_not_allow_stay_not_evaluated_in_grey_italics()
    {
        var builder = new EvaluationBuilder().Measure(
            "burglary", peerKey: "burglary", outcomes: [NotEvaluated("peers-above", PeerComparer.NoPeerDataReason), NotEvaluated("spike-high", "September 2019 missing")]);
        var (workbook, csv) = Write(builder);
        using var _ = workbook;

        Evidence(workbook, "burglary", "peers-above", "Status").GetString().ShouldBe("not evaluated");
        Evidence(workbook, "burglary", "peers-above", "Reason").GetString().ShouldBe(PeerComparer.NoPeerDataReason);
        Evidence(workbook, "burglary", "spike-high", "Status").Style.Font.Italic.ShouldBeTrue();
        Csv(csv, "burglary", "spike-high")["status"].ShouldBe("not evaluated");
    }

    [Fact]
    public void The_peer_trends_figures_are_its_own_changes_against_a_threshold_in_percentage_points()
    {
        var trend = new Evidence(Mean: 72.999625, Value: 61.197, Threshold: 5, ComparisonMonth: new YearMonth(2019, 6), PeerCount: 8, ForceChangePercent: -0.2282472243507191, GroupChangePercent: 5.384755583706429);
        var builder = new EvaluationBuilder().Measure("crime-volume", peerKey: "all-crime", outcomes: [Fired("peers-trend-differs", Sentiment.Attention, trend)]);
        var (workbook, csv) = Write(builder);
        using var _ = workbook;

        Evidence(workbook, "crime-volume", "peers-trend-differs", "Group").GetString().ShouldBe("Peer trend / no data");
        Evidence(workbook, "crime-volume", "peers-trend-differs", "Mean").IsEmpty().ShouldBeTrue("the group's average is the peer position's figure");
        Evidence(workbook, "crime-volume", "peers-trend-differs", "Value").IsEmpty().ShouldBeTrue("the force's value is the peer position's figure");
        var threshold = Evidence(workbook, "crime-volume", "peers-trend-differs", "Threshold");
        threshold.GetDouble().ShouldBe(5);
        threshold.Style.NumberFormat.Format.ShouldBe("#,##0.0\" pp\"");
        var force = Evidence(workbook, "crime-volume", "peers-trend-differs", "Force change %");
        force.GetDouble().ShouldBe(-0.2282472243507191, tolerance: 1e-14);
        force.Style.NumberFormat.Format.ShouldBe("+0.0\"%\";-0.0\"%\";0.0\"%\"");
        Evidence(workbook, "crime-volume", "peers-trend-differs", "Group change %").GetDouble().ShouldBe(5.384755583706429, tolerance: 1e-12);

        var row = Csv(csv, "crime-volume", "peers-trend-differs");
        row["group"].ShouldBe("Peer trend / no data");
        row["mean"].ShouldBe(string.Empty);
        row["value"].ShouldBe(string.Empty);
        row["threshold"].ShouldBe("5");
        row["force_change_percent"].ShouldBe("-0.2282472243507191");
    }

    [Fact]
    public void A_counts_figures_keep_every_digit_and_show_one_decimal_finer_than_the_measure_and_a_tested_count_as_counted()
    {
        var builder = new EvaluationBuilder().Measure("crime-volume", outcomes: [NotFired("spike-high", Spike)]);
        var (workbook, _) = Write(builder);
        using var _w = workbook;

        var mean = Evidence(workbook, "crime-volume", "spike-high", "Mean");
        mean.GetDouble().ShouldBe(3632.541666666667, tolerance: 1e-9, "Excel keeps 15 significant digits");
        mean.Style.NumberFormat.Format.ShouldBe("#,##0.0");
        Evidence(workbook, "crime-volume", "spike-high", "SD").Style.NumberFormat.Format.ShouldBe("#,##0.0");
        Evidence(workbook, "crime-volume", "spike-high", "Threshold").GetDouble().ShouldBe(4185.169866666667, tolerance: 1e-9);
        Evidence(workbook, "crime-volume", "spike-high", "Value").Style.NumberFormat.Format.ShouldBe("#,##0");
        Evidence(workbook, "crime-volume", "spike-high", "k").GetDouble().ShouldBe(2);
        Evidence(workbook, "crime-volume", "spike-high", "n").GetDouble().ShouldBe(24);
    }

    [Fact]
    public void A_percentages_figures_are_percentages_and_its_spread_and_slope_percentage_points()
    {
        var spike = new Evidence(Window: "2017-09..2019-08", N: 24, Mean: 17.2, Sd: 0.3, K: 2, Threshold: 16.6, Value: 15.9);
        var trend = new Evidence(Window: "2018-10..2019-09", N: 12, Mean: 16.4, Sd: 0.5, Slope: 0.42, Intercept: 16.9, StandardError: 0.11, T: 3.818, Df: 10, P: 0.0035, Alpha: 0.05);
        var builder = new EvaluationBuilder().Measure(
            "outcome-rate", kind: MeasureKind.Ratio, polarity: Polarity.HigherIsBetter, outcomes: [Fired("spike-low", Sentiment.Concern, spike), Fired("trend-up", Sentiment.Improvement, trend)]);
        var (workbook, _) = Write(builder);
        using var _w = workbook;

        Evidence(workbook, "outcome-rate", "spike-low", "Mean").Style.NumberFormat.Format.ShouldBe("0.00\"%\"");
        Evidence(workbook, "outcome-rate", "spike-low", "SD").Style.NumberFormat.Format.ShouldBe("0.00\" pp\"");
        Evidence(workbook, "outcome-rate", "spike-low", "Value").Style.NumberFormat.Format.ShouldBe("0.00\"%\"");
        var slope = Evidence(workbook, "outcome-rate", "trend-up", "Slope per month");
        slope.GetDouble().ShouldBe(0.42);
        slope.Style.NumberFormat.Format.ShouldBe("+#,##0.000\" pp\";-#,##0.000\" pp\";#,##0.000\" pp\"");
        Evidence(workbook, "outcome-rate", "trend-up", "Standard error").Style.NumberFormat.Format.ShouldBe("#,##0.000\" pp\"");
        Evidence(workbook, "outcome-rate", "trend-up", "t").Style.NumberFormat.Format.ShouldBe("0.00");
        var p = Evidence(workbook, "outcome-rate", "trend-up", "p");
        p.GetDouble().ShouldBe(0.0035);
        p.Style.NumberFormat.Format.ShouldBe("[<0.001]\"< 0.001\";0.000");
    }

    [Fact]
    public void A_durations_figures_are_times_with_units_held_as_fractions_of_a_day()
    {
        var spike = new Evidence(Window: "2017-09..2019-08", N: 24, Mean: 650.25, Sd: 40.04, K: 2, Threshold: 730.33, Value: 790);
        var low = new Evidence(Window: "2017-09..2019-08", N: 24, Mean: 10, Sd: 8, K: 2, Threshold: -6, Value: 12);
        var trend = new Evidence(Window: "2018-10..2019-09", N: 12, Slope: -1.7, StandardError: 0.3, Intercept: 82.9);
        var builder = new EvaluationBuilder()
            .Measure("response", kind: MeasureKind.Mean, format: ValueFormat.Duration, outcomes: [Fired("spike-high", Sentiment.Concern, spike), Fired("trend-down", Sentiment.Improvement, trend)])
            .Measure("answer-999", kind: MeasureKind.Mean, format: ValueFormat.Duration, outcomes: [NotFired("spike-low", low)]);
        var (workbook, csv) = Write(builder);
        using var _ = workbook;

        var mean = Evidence(workbook, "response", "spike-high", "Mean");
        mean.GetDateTime().ToOADate().ShouldBe(650.25 / 86400, tolerance: 1e-12);
        mean.Style.NumberFormat.Format.ShouldBe("[<0.000693865740740741]s.0\" s\";[m]\" min \"s.0\" s\"");
        Evidence(workbook, "response", "spike-high", "SD").GetDateTime().ToOADate().ShouldBe(40.04 / 86400, tolerance: 1e-12);
        Evidence(workbook, "response", "trend-down", "Slope per month").GetDouble().ShouldBe(-1.7);
        Evidence(workbook, "response", "trend-down", "Slope per month").Style.NumberFormat.Format.ShouldBe("+#,##0.00\" s\";-#,##0.00\" s\";#,##0.00\" s\"");
        Evidence(workbook, "response", "trend-down", "Intercept").GetDateTime().ToOADate().ShouldBe(82.9 / 86400, tolerance: 1e-12);

        // Excel cannot show a negative time: a line below zero is held in seconds.
        var below = Evidence(workbook, "answer-999", "spike-low", "Threshold");
        below.GetDouble().ShouldBe(-6);
        below.Style.NumberFormat.Format.ShouldBe("0.0\" s\";-0.0\" s\"");

        Csv(csv, "response", "spike-high")["mean"].ShouldBe("650.25", "the CSV keeps seconds");
    }

    [Fact]
    public void A_tested_value_that_would_show_as_its_threshold_gets_the_decimals_that_tell_them_apart()
    {
        var borderline = new Evidence(Window: "2017-09..2019-08", N: 24, Mean: 17.2, Sd: 0.3, K: 2, Threshold: 16.6003, Value: 16.6);
        var builder = new EvaluationBuilder().Measure("outcome-rate", kind: MeasureKind.Ratio, outcomes: [NotFired("spike-low", borderline)]);
        var (workbook, _) = Write(builder);
        using var _w = workbook;

        Evidence(workbook, "outcome-rate", "spike-low", "Value").Style.NumberFormat.Format.ShouldBe("0.0000\"%\"");
        Evidence(workbook, "outcome-rate", "spike-low", "Threshold").Style.NumberFormat.Format.ShouldBe("0.0000\"%\"");
    }

    [Fact]
    public void A_p_value_that_would_show_as_alpha_gets_the_decimals_that_tell_which_side_it_falls()
    {
        var trend = new Evidence(Window: "2018-10..2019-09", N: 12, Slope: 2, P: 0.0503, Alpha: 0.05);
        var builder = new EvaluationBuilder().Measure("burglary", outcomes: [NotFired("trend-up", trend)]);
        var (workbook, _) = Write(builder);
        using var _w = workbook;

        Evidence(workbook, "burglary", "trend-up", "p").Style.NumberFormat.Format.ShouldBe("[<0.001]\"< 0.001\";0.0000");
    }

    [Fact]
    public void Peer_position_figures_show_two_decimals()
    {
        var position = new Evidence(Mean: 72.999625, Sd: 7.5473, K: 1, Threshold: 65.4523, LowerThreshold: 65.4523, UpperThreshold: 80.5469, Value: 61.197, ComparisonMonth: new YearMonth(2019, 6), PeerCount: 8);
        var builder = new EvaluationBuilder().Measure("crime-volume", peerKey: "all-crime", outcomes: [Fired("peers-below", Sentiment.Improvement, position)]);
        var (workbook, _) = Write(builder);
        using var _w = workbook;

        Evidence(workbook, "crime-volume", "peers-below", "Mean").Style.NumberFormat.Format.ShouldBe("#,##0.00");
        Evidence(workbook, "crime-volume", "peers-below", "Value").Style.NumberFormat.Format.ShouldBe("#,##0.00");
        Evidence(workbook, "crime-volume", "peers-below", "Comparison month").GetString().ShouldBe("2019-06");
    }

    [Fact]
    public void The_sheet_has_a_test_column_the_csv_does_not()
    {
        var (workbook, csv) = Write(Sample.Builder());
        using var _ = workbook;

        Evidence(workbook, "crime-volume", "trend-up", "Test").GetString().ShouldBe("↗ Trend up");
        csv[0].Keys.ShouldNotContain("Test");
        ScorecardCsv.ColumnNames.Count.ShouldBe(32);
    }

    [Fact]
    public void The_sheet_leaves_the_icon_columns_to_the_csv_and_the_dashboard()
    {
        var (workbook, _) = Write(Sample.Builder());
        using var __ = workbook;

        var headings = workbook.Worksheet("Evidence").Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        headings.ShouldNotContain("Variation icon");
        headings.ShouldNotContain("Assurance icon");
        ScorecardCsv.ColumnNames.ShouldContain("variation_icon");
    }
}

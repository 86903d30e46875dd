using System.Globalization;
using Scorecard.Core.Evaluation;
using Scorecard.Rendering.Export;
using static Scorecard.Rendering.Tests.Workbook.EvaluationBuilder;

namespace Scorecard.Rendering.Tests.Workbook;

public sealed class ScorecardCsvTests
{
    private static string Write(ScorecardEvaluation evaluation)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ScorecardCsv.Write(evaluation, writer);
        return writer.ToString();
    }

    [Fact]
    public void Starts_with_a_header_row_naming_the_documented_columns()
    {
        var text = Write(Sample.Evaluation);

        text.Split('\n')[0].ShouldBe(
            "priority,measure_id,measure,rule_id,key_text,group,status,sentiment,reason,window,n,mean,sd,k,threshold,"
            + "lower_threshold,upper_threshold,value,slope,intercept,standard_error,t,df,p,alpha,comparison_month,"
            + "peer_count,force_change_percent,group_change_percent,tested,variation_icon,assurance_icon");
        ScorecardCsv.ColumnNames.Count.ShouldBe(32);
    }

    [Fact]
    public void Has_one_row_per_measure_and_rule_in_report_and_key_order_with_lf_line_endings()
    {
        var text = Write(Sample.Evaluation);
        var records = CsvText.Records(text);

        text.ShouldNotContain("\r");
        text.ShouldEndWith("\n");
        records.Count.ShouldBe(5 * Key.Count);
        records.Take(Key.Count).Select(r => r["rule_id"]).ShouldBe(Key.Select(k => k.Id));
        records.Select(r => r["measure_id"]).Distinct().ShouldBe(["crime-volume", "outcome-rate", "call-answer-time", "confidence", "hate-crime-outcomes"]);
    }

    [Fact]
    public void A_fired_rule_carries_its_status_sentiment_and_evidence()
    {
        var trend = CsvText.Records(Write(Sample.Evaluation)).Single(r => r["measure_id"] == "crime-volume" && r["rule_id"] == "trend-up");

        trend["status"].ShouldBe("fired");
        trend["sentiment"].ShouldBe("concern");
        trend["group"].ShouldBe("Exception high");
        trend["window"].ShouldBe("2018-10..2019-09");
        trend["n"].ShouldBe("12");
        trend["slope"].ShouldBe("12.25");
        trend["standard_error"].ShouldBe("4.1");
        trend["df"].ShouldBe("10");
        trend["p"].ShouldBe("0.0136");
        trend["mean"].ShouldBe(string.Empty);
        trend["priority"].ShouldBe("1");
    }

    [Fact]
    public void A_rule_not_evaluated_says_why_and_has_no_sentiment()
    {
        var run = CsvText.Records(Write(Sample.Evaluation)).Single(r => r["measure_id"] == "outcome-rate" && r["rule_id"] == "run-below");

        run["status"].ShouldBe("not evaluated");
        run["reason"].ShouldBe("August 2019 missing");
        run["sentiment"].ShouldBe(string.Empty);
    }

    [Theory]
    [InlineData(0.1 + 0.2)]
    [InlineData(1.0 / 3)]
    [InlineData(-5.25e-7)]
    [InlineData(123456789.123456789)]
    [InlineData(-0.0136)]
    public void Numbers_round_trip_whatever_the_machines_culture(double mean)
    {
        var evaluation = new EvaluationBuilder()
            .Measure("burglary", outcomes: [Fired("spike-high", Sentiment.Concern, new Evidence(Mean: mean, Sd: mean * 2))])
            .Build();
        var saved = CultureInfo.CurrentCulture;
        string text;
        try
        {
            CultureInfo.CurrentCulture = GermanCulture.Get();
            text = Write(evaluation);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        var spike = CsvText.Records(text).Single(r => r["rule_id"] == "spike-high");
        double.Parse(spike["mean"], NumberStyles.Float, CultureInfo.InvariantCulture).ShouldBe(mean);
        double.Parse(spike["sd"], NumberStyles.Float, CultureInfo.InvariantCulture).ShouldBe(mean * 2);
        spike["mean"].ShouldNotStartWith("'");
    }

    [Fact]
    public void Tested_months_list_each_month_and_value_with_missing_months_named()
    {
        var tested = new Evidence(Tested: [new(new NodaTime.YearMonth(2019, 8), 130.5), new(new NodaTime.YearMonth(2019, 9), null)]);
        var evaluation = new EvaluationBuilder().Measure("burglary", outcomes: [Fired("shift-high", Sentiment.Concern, tested)]).Build();

        var shift = CsvText.Records(Write(evaluation)).Single(r => r["rule_id"] == "shift-high");

        shift["tested"].ShouldBe("2019-08: 130.5; 2019-09: missing");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("@SUM(1)")]
    [InlineData("+1+1")]
    [InlineData("-1")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Text_that_looks_like_a_formula_is_prefixed_with_a_single_quote(string name)
    {
        var evaluation = new EvaluationBuilder().Measure("injected", name).Build();

        var records = CsvText.Records(Write(evaluation));

        records.ShouldAllBe(r => r["measure"] == "'" + name);
    }

    [Fact]
    public void Ordinary_text_and_negative_numbers_are_left_alone()
    {
        var evaluation = new EvaluationBuilder()
            .Measure("burglary", "Burglary, dwelling", outcomes: [Fired("trend-down", Sentiment.Improvement, new Evidence(Slope: -3.5, T: -2.5))])
            .Build();

        var trend = CsvText.Records(Write(evaluation)).Single(r => r["rule_id"] == "trend-down");

        trend["measure"].ShouldBe("Burglary, dwelling");
        trend["slope"].ShouldBe("-3.5");
        trend["t"].ShouldBe("-2.5");
    }

    [Fact]
    public void Leaves_the_writer_open_for_the_caller()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        ScorecardCsv.Write(new EvaluationBuilder().Build(), writer);
        writer.Write("more");

        writer.ToString().ShouldEndWith("assurance_icon\nmore");
    }
}

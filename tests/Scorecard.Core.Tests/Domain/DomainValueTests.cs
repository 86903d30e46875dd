using NodaTime;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;

namespace Scorecard.Core.Tests.Domain;

public sealed class DomainValueTests
{
    [Fact]
    public void A_window_counts_calendar_months_and_prints_as_evidence_does()
    {
        var window = MonthWindow.Ending(new YearMonth(2019, 8), 24);

        window.First.ShouldBe(new YearMonth(2017, 9));
        window.Length.ShouldBe(24);
        window.Months().Count().ShouldBe(24);
        window.ToString().ShouldBe("2017-09..2019-08");
        MonthWindow.MonthsBetween(new YearMonth(2019, 9), new YearMonth(2018, 9)).ShouldBe(-12);
    }

    [Theory]
    [InlineData("Sep", 9)]
    [InlineData("sept", 9)]
    [InlineData("SEPTEMBER", 9)]
    [InlineData("Ma", 0)]
    [InlineData("Marchy", 0)]
    public void Reads_month_names_and_their_abbreviations(string text, int month)
    {
        EnglishDates.ParseMonthName(text).ShouldBe(month);
    }

    [Fact]
    public void Writes_dates_in_british_english_whatever_the_machine_culture()
    {
        EnglishDates.Long(new LocalDate(2019, 9, 30)).ShouldBe("30 September 2019");
        EnglishDates.Month(new YearMonth(2019, 6)).ShouldBe("June 2019");
        EnglishDates.ShortMonth(new YearMonth(2019, 6)).ShouldBe("Jun-19");
        EnglishDates.Iso(new YearMonth(2019, 6)).ShouldBe("2019-06");
    }

    [Fact]
    public void A_ratio_month_with_nothing_to_measure_is_missing_and_zero_over_something_is_zero()
    {
        var month = new YearMonth(2019, 9);

        new MonthlyObservation(month, Numerator: 0, Denominator: 0).RuleValue.ShouldBeNull();
        new MonthlyObservation(month, Numerator: 0, Denominator: 40).RuleValue.ShouldBe(0);
        new MonthlyObservation(month, Numerator: 43, Denominator: 255).RuleValue!.Value.ShouldBe(16.8627, 0.0001);
        new MonthlyObservation(month, Value: 0).RuleValue.ShouldBe(0, "zero is a value, not a gap");
    }

    [Fact]
    public void A_series_knows_its_gaps_and_ignores_nothing_it_was_given()
    {
        var series = new MonthlySeries("crime-volume",
        [
            new MonthlyObservation(new YearMonth(2019, 4), Value: 1),
            new MonthlyObservation(new YearMonth(2019, 7), Value: 4),
            new MonthlyObservation(new YearMonth(2019, 5), Value: 2),
        ]);

        series.FirstMonth.ShouldBe(new YearMonth(2019, 4));
        series.LastMonth.ShouldBe(new YearMonth(2019, 7));
        series.Gaps().ShouldBe([new YearMonth(2019, 6)]);
        series.ValueAt(new YearMonth(2019, 6)).ShouldBeNull();
        series.Through(new YearMonth(2019, 5)).Count.ShouldBe(2);
        Should.Throw<ArgumentException>(() => new MonthlySeries("x", [new MonthlyObservation(new YearMonth(2019, 4), 1), new MonthlyObservation(new YearMonth(2019, 4), 2)]));
    }

    [Fact]
    public void A_diagnostic_prints_where_what_and_how_to_fix_in_one_line()
    {
        Diagnostic.Error("SC0102", SourceLocation.InCell("monthly.xlsx", "Monthly", "F14"), "expected a number; found \"n/a\".").ToString()
            .ShouldBe("error SC0102 monthly.xlsx 'Monthly'!F14: expected a number; found \"n/a\".");
        Diagnostic.Error("SC0102", SourceLocation.InCell("m.xlsx", "Bob's data", "A1"), "x").ToString().ShouldBe("error SC0102 m.xlsx 'Bob''s data'!A1: x");
        Diagnostic.Warning("SC0441", SourceLocation.AtLine("peers.csv", 7), "skipped").ToString().ShouldBe("warning SC0441 peers.csv line 7: skipped");
        Diagnostic.Error("SC0204", SourceLocation.AtPath("scorecard.config.json", "$.measures[3].polarity", 12), "bad").ToString()
            .ShouldBe("error SC0204 scorecard.config.json $.measures[3].polarity (line 12): bad");
        Diagnostic.Error("SC0002", SourceLocation.None, "no data").ToString().ShouldBe("error SC0002: no data");
    }

    [Fact]
    public void The_default_rule_parameters_are_the_specs_and_pass_their_own_checks()
    {
        var p = RuleParameters.Default;

        p.Validate().ShouldBeEmpty();
        (p.Spike.Window, p.Spike.K, p.Spike.Alignment).ShouldBe((24, 2.0, WindowAlignment.Previous));
        (p.Shift.Length, p.Shift.Window, p.Shift.K, p.Shift.Alignment).ShouldBe((3, 24, 1.0, WindowAlignment.Trailing));
        (p.Run.Length, p.Run.Window).ShouldBe((8, 24));
        (p.Trend.Window, p.Trend.Alpha).ShouldBe((12, 0.05));
        p.MinimumPresent(24).ShouldBe(18);
        p.MinimumPresent(12).ShouldBe(9);
    }

    [Fact]
    public void Rule_parameter_checks_name_each_bad_setting()
    {
        var bad = RuleParameters.Default with
        {
            Coverage = 0,
            Spike = new SpikeParameters(Window: 1, K: -1),
            Trend = new TrendParameters(Alpha: 1),
            Run = new RunParameters(Length: 30),
        };

        bad.Validate().Select(p => p.Path).ShouldBe(["coverage", "spike.window", "spike.k", "run.length", "trend.alpha"], ignoreOrder: true);
    }
}

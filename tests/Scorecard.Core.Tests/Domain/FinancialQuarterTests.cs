using NodaTime;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Tests.Domain;

public sealed class FinancialQuarterTests
{
    [Theory]
    [InlineData("2019-20Q2")]
    [InlineData("2019-20 Q2")]
    [InlineData("Q2 2019-20")]
    [InlineData("q2 2019-20")]
    [InlineData("2019/20 Q2")]
    [InlineData(" 2019-2020Q2 ")]
    public void Reads_the_forms_analysts_write(string text)
    {
        FinancialQuarter.TryParse(text, out var quarter).ShouldBeTrue();
        quarter.ShouldBe(new FinancialQuarter(2019, 2));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2019 Q2")]
    [InlineData("2019-21Q2")]
    [InlineData("2019-20Q5")]
    [InlineData("2019-20Q0")]
    [InlineData("Quarter Two 2019-20")]
    [InlineData("2019-20")]
    [InlineData(null)]
    public void Refuses_what_is_not_a_financial_quarter(string? text)
    {
        FinancialQuarter.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Parse_explains_the_forms_it_accepts()
    {
        Should.Throw<FormatException>(() => FinancialQuarter.Parse("Q5")).Message.ShouldContain("2019-20Q2");
    }

    [Fact]
    public void Prints_the_title_exactly_as_the_reference_report_does()
    {
        var quarter = new FinancialQuarter(2019, 2);

        quarter.LongLabel.ShouldBe("Quarter Two 2019-20 (1 July to 30 September 2019)");
        quarter.Label.ShouldBe("Quarter Two 2019-20");
        quarter.ShortLabel.ShouldBe("Q2");
        quarter.FinancialYear.ShouldBe("2019-20");
        quarter.ToString().ShouldBe("2019-20Q2");
        FinancialQuarter.Parse(quarter.ToString()).ShouldBe(quarter);
    }

    [Theory]
    [InlineData(1, 2019, 4, 2019, 6, "Quarter One 2019-20 (1 April to 30 June 2019)")]
    [InlineData(2, 2019, 7, 2019, 9, "Quarter Two 2019-20 (1 July to 30 September 2019)")]
    [InlineData(3, 2019, 10, 2019, 12, "Quarter Three 2019-20 (1 October to 31 December 2019)")]
    [InlineData(4, 2020, 1, 2020, 3, "Quarter Four 2019-20 (1 January to 31 March 2020)")]
    public void Quarters_run_april_to_march(int number, int firstYear, int firstMonth, int lastYear, int lastMonth, string title)
    {
        var quarter = new FinancialQuarter(2019, number);

        quarter.FirstMonth.ShouldBe(new YearMonth(firstYear, firstMonth));
        quarter.LastMonth.ShouldBe(new YearMonth(lastYear, lastMonth));
        quarter.LongLabel.ShouldBe(title);
    }

    [Fact]
    public void The_century_turns_in_the_year_label()
    {
        new FinancialQuarter(1999, 1).FinancialYear.ShouldBe("1999-00");
    }

    [Theory]
    [InlineData(2019, 4, 2019, 1)]
    [InlineData(2019, 9, 2019, 2)]
    [InlineData(2019, 12, 2019, 3)]
    [InlineData(2020, 1, 2019, 4)]
    [InlineData(2020, 3, 2019, 4)]
    public void Finds_the_quarter_a_month_falls_in(int year, int month, int startYear, int number)
    {
        FinancialQuarter.Containing(new YearMonth(year, month)).ShouldBe(new FinancialQuarter(startYear, number));
    }

    [Fact]
    public void Steps_back_and_forward_across_financial_years()
    {
        new FinancialQuarter(2019, 1).Previous.ShouldBe(new FinancialQuarter(2018, 4));
        new FinancialQuarter(2018, 4).Next.ShouldBe(new FinancialQuarter(2019, 1));
        new FinancialQuarter(2019, 2).Contains(new YearMonth(2019, 8)).ShouldBeTrue();
        new FinancialQuarter(2019, 2).Contains(new YearMonth(2019, 10)).ShouldBeFalse();
    }
}

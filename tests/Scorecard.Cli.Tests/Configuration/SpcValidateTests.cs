using System.Globalization;
using System.Text;
using NodaTime;

namespace Scorecard.Cli.Tests.Configuration;

/// <summary><c>validate</c> on "Making Data Count" measures: what the configuration alone cannot know, checked against the data.</summary>
public sealed class SpcValidateTests
{
    /// <summary>Monthly counts of "calls", <paramref name="months"/> months to September 2019.</summary>
    private static string Monthly(int months)
    {
        var sb = new StringBuilder("measure,month,value\n");
        var first = new YearMonth(2019, 9).PlusMonths(-(months - 1));
        for (var i = 0; i < months; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"calls,{first.PlusMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)},{100 + (i % 5)}\n");
        }

        return sb.ToString();
    }

    private static (int Code, string Output, string Error) Validate(string measure, int months)
    {
        using var run = new CliRun();
        run.Write("data/monthly.csv", Monthly(months));
        run.Write("scorecard.config.json", $$"""
            { "ruleSet": "making-data-count", "quarter": "2019-20Q2", "data": { "monthly": "data/monthly.csv" },
              "measures": [ {{measure}} ] }
            """);
        return run.Run("validate");
    }

    [Fact]
    public void A_chart_with_enough_points_and_settings_inside_it_validates_clean()
    {
        var (code, _, error) = Validate("""{ "id": "calls", "rules": { "spc": { "recalculateAt": ["2018-09"], "baselineEnd": "2018-03" } } }""", 30);

        code.ShouldBe(0, error);
        error.ShouldBeEmpty();
    }

    [Fact]
    public void Warns_of_a_chart_with_too_few_points_for_process_limits_at_the_measure()
    {
        var (code, _, error) = Validate("""{ "id": "calls" }""", 10);

        code.ShouldBe(0);
        error.ShouldContain("warning SC0264");
        error.ShouldContain("$.measures[0].id");
        error.ShouldContain("its chart has only 10 points up to September 2019");
        error.ShouldContain("need at least 13");
    }

    [Fact]
    public void Warns_of_a_window_that_leaves_too_few_points_naming_the_window()
    {
        var (_, _, error) = Validate("""{ "id": "calls", "rules": { "spc": { "window": 13, "minimumPoints": 13 } } }""", 12);

        error.ShouldContain("warning SC0264");
        error.ShouldContain("in the last 13 months, rules.spc.window");
    }

    [Fact]
    public void Warns_of_recalculations_and_a_baseline_outside_the_chart_as_they_change_nothing()
    {
        var (code, _, error) = Validate("""{ "id": "calls", "rules": { "spc": { "recalculateAt": ["2016-01", "2019-12"] } } }""", 24);

        code.ShouldBe(0);
        error.ShouldContain("warning SC0265");
        error.ShouldContain("runs from October 2017 to September 2019, so the months 2016-01, 2019-12 in rules.spc");

        var (_, _, baseline) = Validate("""{ "id": "calls", "rules": { "spc": { "baselineEnd": "2017-01" } } }""", 24);
        baseline.ShouldContain("warning SC0265");
        baseline.ShouldContain("the month 2017-01");
    }

    [Fact]
    public void Says_nothing_of_the_chart_for_a_dashboard_key_measure()
    {
        var (code, _, error) = Validate("""{ "id": "calls", "ruleSet": "dashboard-key" }""", 10);

        code.ShouldBe(0);
        error.ShouldNotContain("SC0264");
    }
}

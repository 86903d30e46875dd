namespace Scorecard.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    private static string MonthlyCsv(int months, Func<int, string> value)
    {
        var lines = new List<string> { "measure,month,value" };
        for (var i = 0; i < months; i++)
        {
            var year = 2017 + ((i + 3) / 12);
            var month = ((i + 3) % 12) + 1;
            lines.Add($"crime-volume,{year:0000}-{month:00},{value(i)}");
        }

        return string.Join('\n', lines) + "\n";
    }

    [Fact]
    public void Prints_a_one_line_summary_and_exits_zero_for_clean_data_with_no_configuration()
    {
        using var run = new CliRun();
        run.Write("monthly.csv", MonthlyCsv(30, i => (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var (code, output, error) = run.Run("validate", "--data", "monthly.csv");

        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.Trim().ShouldBe("OK monthly.csv: 1 measure (0 configured), 30 months (April 2017 to September 2019), no gaps.");
    }

    [Fact]
    public void Reports_a_bad_value_with_its_file_and_line_and_exits_one()
    {
        using var run = new CliRun();
        run.Write("monthly.csv", MonthlyCsv(12, i => i == 5 ? "n/a" : "10"));

        var (code, output, error) = run.Run("validate", "--data", "monthly.csv");

        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain("monthly.csv line 7");
        error.ShouldContain("\"n/a\"");
    }

    [Fact]
    public void Reports_problems_in_the_configuration_and_the_data_in_one_run()
    {
        using var run = new CliRun();
        run.Write("data/monthly.csv", MonthlyCsv(12, i => i == 2 ? "#N/A" : "10"));
        run.Write("scorecard.config.json", """
            { "data": { "monthly": "data/monthly.csv" },
              "measures": [ { "id": "crime-volume", "polarity": "down" } ] }
            """);

        var (code, _, error) = run.Run("validate");

        code.ShouldBe(1);
        error.ShouldContain("error SC0204 scorecard.config.json $.measures[0].polarity (line 2)");
        error.ShouldContain("data/monthly.csv line 4");
        error.ShouldContain("2 errors, 0 warnings.");
    }

    [Fact]
    public void Warns_about_a_configured_measure_that_has_no_data_but_still_succeeds()
    {
        using var run = new CliRun();
        run.Write("monthly.csv", MonthlyCsv(12, _ => "10"));
        run.Write("scorecard.config.json", """
            { "data": { "monthly": "monthly.csv" },
              "measures": [ { "id": "crime-volume" }, { "id": "hate-crime", "name": "Hate crime" } ] }
            """);

        var (code, output, error) = run.Run("validate");

        code.ShouldBe(0);
        error.ShouldContain("warning SC0209");
        error.ShouldContain("\"hate-crime\"");
        output.ShouldContain("2 configured");
    }

    [Fact]
    public void Refuses_a_configuration_that_calls_a_ratio_a_count()
    {
        using var run = new CliRun();
        run.Write("monthly.csv", "measure,month,numerator,denominator\noutcomes,2019-08,10,100\noutcomes,2019-09,12,100\n");
        run.Write("scorecard.config.json", """{ "data": { "monthly": "monthly.csv" }, "measures": [ { "id": "outcomes", "kind": "count" } ] }""");

        var (code, _, error) = run.Run("validate");

        code.ShouldBe(1);
        error.ShouldContain("error SC0210");
        error.ShouldContain("\"kind\": \"ratio\"");
    }

    [Fact]
    public void Says_how_to_give_data_when_there_is_none()
    {
        using var run = new CliRun();

        var (code, _, error) = run.Run("validate");

        code.ShouldBe(1);
        error.ShouldContain("error SC0002");
        error.ShouldContain("--data FILE");
    }

    [Fact]
    public void A_wrong_command_line_exits_two_with_a_hint()
    {
        using var run = new CliRun();

        var (code, _, error) = run.Run("validate", "--colour", "red");

        code.ShouldBe(2);
        error.ShouldContain("scorecard --help");
    }

    [Fact]
    public void Reports_a_data_file_that_does_not_exist()
    {
        using var run = new CliRun();

        var (code, _, error) = run.Run("validate", "--data", "missing.xlsx");

        code.ShouldBe(1);
        error.ShouldContain("missing.xlsx");
    }

    [Fact]
    public void Notes_the_columns_it_skips_and_still_exits_zero()
    {
        using var run = new CliRun();
        var months = Enumerable.Range(0, 30).Select(i => new NodaTime.YearMonth(2017, 4).PlusMonths(i)).ToList();
        run.Write("monthly.csv",
            "Measure," + string.Join(',', months.Select(m => $"{m.Year:0000}-{m.Month:00}")) + ",Total,Trend\n" +
            "crime-volume," + string.Join(',', months.Select(_ => "10")) + ",300,flat\n");
        run.Write("scorecard.config.json", """{ "data": { "monthly": "monthly.csv", "ignoreColumns": ["trend"] } }""");

        var (code, output, error) = run.Run("validate");

        code.ShouldBe(0);
        error.Trim().ShouldStartWith("info SC0127 monthly.csv line 1, column 32: the columns \"Total\", \"Trend\" after the months are not months and are not read");
        output.ShouldStartWith("OK monthly.csv: 1 measure (0 configured), 30 months");
    }
}

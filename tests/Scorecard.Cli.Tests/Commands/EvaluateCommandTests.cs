using System.Globalization;
using System.Text.Json;

namespace Scorecard.Cli.Tests.Commands;

public sealed class EvaluateCommandTests
{
    /// <summary>36 months to September 2019: 100 a month, then 130 for the last 8, so run-above fires.</summary>
    private static string StepCsv()
    {
        var lines = new List<string> { "measure,month,value" };
        for (var i = 0; i < 36; i++)
        {
            var month = new NodaTime.YearMonth(2016, 10).PlusMonths(i);
            var value = i >= 28 ? 130 : 100 + (i % 3);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"crime-volume,{month.Year:0000}-{month.Month:00},{value}"));
        }

        return string.Join('\n', lines) + "\n";
    }

    [Fact]
    public void Json_output_follows_the_contract_shape()
    {
        using var run = new CliRun();
        run.Write("monthly.csv", StepCsv());
        run.Write("scorecard.config.json", """
            { "data": { "monthly": "monthly.csv" }, "quarter": "2019-20Q2",
              "measures": [ { "id": "crime-volume", "name": "Crime volume", "polarity": "lower-is-better" } ] }
            """);

        var (code, output, error) = run.Run("evaluate", "--format", "json");

        error.ShouldBeEmpty();
        code.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        var quarter = json.RootElement.GetProperty("quarter");
        quarter.GetProperty("label").GetString().ShouldBe("Quarter Two 2019-20");
        quarter.GetProperty("financialYear").GetString().ShouldBe("2019-20");
        quarter.GetProperty("number").GetInt32().ShouldBe(2);
        quarter.GetProperty("start").GetString().ShouldBe("2019-07-01");
        quarter.GetProperty("end").GetString().ShouldBe("2019-09-30");
        quarter.GetProperty("month").GetString().ShouldBe("2019-09");

        var measure = json.RootElement.GetProperty("measures").EnumerateArray().ShouldHaveSingleItem();
        measure.GetProperty("id").GetString().ShouldBe("crime-volume");
        measure.GetProperty("kind").GetString().ShouldBe("count");
        measure.GetProperty("polarity").GetString().ShouldBe("lower-is-better");
        measure.GetProperty("quarter").GetDouble().ShouldBe(390);
        measure.GetProperty("previousQuarter").GetDouble().ShouldBe(390, "April to June 2019 are all in the step to 130");
        measure.GetProperty("rolling12").ValueKind.ShouldBe(JsonValueKind.Number);
        measure.GetProperty("previousRolling12").ValueKind.ShouldBe(JsonValueKind.Number);
        measure.GetProperty("change").GetProperty("absolute").ValueKind.ShouldBe(JsonValueKind.Number);
        measure.GetProperty("change").GetProperty("percent").ValueKind.ShouldBe(JsonValueKind.Number);

        var flags = measure.GetProperty("flags").EnumerateArray().ToList();
        flags.ShouldContain(f => f.GetProperty("id").GetString() == "run-above" && f.GetProperty("sentiment").GetString() == "concern");
        var rules = measure.GetProperty("rules").EnumerateArray().ToList();
        rules.Count.ShouldBe(16);
        rules.Select(r => r.GetProperty("status").GetString()).ShouldAllBe(s => s == "fired" || s == "not-fired" || s == "not-evaluated");
        var spike = rules.Single(r => r.GetProperty("id").GetString() == "spike-high");
        var evidence = spike.GetProperty("evidence");
        evidence.GetProperty("window").GetString().ShouldBe("2017-09..2019-08");
        evidence.GetProperty("n").GetInt32().ShouldBe(24);
        foreach (var field in new[] { "mean", "sd", "threshold", "value" })
        {
            evidence.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Number);
        }

        rules.Where(r => r.GetProperty("id").GetString()!.StartsWith("peers-", StringComparison.Ordinal))
            .ShouldAllBe(r => r.GetProperty("status").GetString() == "not-evaluated" && r.GetProperty("reason").GetString() != null);
        flags.Count.ShouldBe(rules.Count(r => r.GetProperty("status").GetString() == "fired"));
    }

    [Fact]
    public void A_month_option_evaluates_at_that_month_and_describes_the_quarter_it_falls_in()
    {
        using var run = new CliRun();
        run.Write("monthly.csv", StepCsv());

        var (code, output, _) = run.Run("evaluate", "--data", "monthly.csv", "--month", "2019-08", "--format", "json");

        code.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("quarter").GetProperty("label").GetString().ShouldBe("Quarter Two 2019-20");
        json.RootElement.GetProperty("quarter").GetProperty("month").GetString().ShouldBe("2019-08");
        var spike = json.RootElement.GetProperty("measures")[0].GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "spike-high");
        spike.GetProperty("evidence").GetProperty("window").GetString().ShouldBe("2017-08..2019-07");
    }

    [Fact]
    public void Without_a_quarter_it_reports_the_latest_complete_quarter_in_the_data()
    {
        using var run = new CliRun();
        run.Write("monthly.csv", StepCsv() + "crime-volume,2019-10,120\n");

        var (code, output, _) = run.Run("evaluate", "--data", "monthly.csv", "--format", "json");

        code.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("quarter").GetProperty("month").GetString().ShouldBe("2019-09");
    }

    [Fact]
    public void The_table_lists_each_measure_with_its_figures_and_flags()
    {
        using var run = new CliRun();
        run.Write("monthly.csv", StepCsv());

        var (code, output, _) = run.Run("evaluate", "--data", "monthly.csv", "--quarter", "2019-20Q2");

        code.ShouldBe(0);
        output.ShouldContain("Quarter Two 2019-20 (1 July to 30 September 2019)");
        output.ShouldContain("crime-volume");
        output.ShouldContain("run-above (neutral)");
    }

    [Fact]
    public void Refuses_a_quarter_and_a_month_together()
    {
        using var run = new CliRun();
        run.Write("monthly.csv", StepCsv());

        var (code, _, error) = run.Run("evaluate", "--data", "monthly.csv", "--quarter", "2019-20Q2", "--month", "2019-09");

        code.ShouldBe(1);
        error.ShouldContain("not both");
    }

    [Fact]
    public void Refuses_an_unreadable_quarter_saying_how_to_write_one()
    {
        using var run = new CliRun();
        run.Write("monthly.csv", StepCsv());

        var (code, _, error) = run.Run("evaluate", "--data", "monthly.csv", "--quarter", "Q5");

        code.ShouldBe(1);
        error.ShouldContain("2019-20Q2");
    }
}

namespace Scorecard.Core.Tests;

/// <summary>
/// The trend rules against R's lm() on the cases of CrossCheck/trend-crosscheck.csv (made by
/// CrossCheck/make-trend-fixture.R): synthetic series with gaps, negative and near-zero slopes,
/// 9 of 12 months, and the Metropolitan Police series at several reporting months.
/// </summary>
public sealed class CrossCheckTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in CrossCheckData.Read("trend-crosscheck.csv"))
        {
            data.Add(row["case"], row["kind"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_lm_slope_standard_error_t_p_and_flag(string name, string kind)
    {
        var expected = CrossCheckData.Read("trend-crosscheck.csv").Single(r => r["case"] == name && r["kind"] == kind);
        var series = new MonthlySeries(name, CrossCheckData.Read("trend-crosscheck-series.csv")
            .Where(r => r["case"] == name)
            .Select(r => new MonthlyObservation(CrossCheckData.Month(r["month"]), CrossCheckData.Number(r["value"]))));
        IRule rule = kind == "discrete" ? new TrendRule() : new RollingTrendRule();
        var outcomes = rule.Evaluate(Build.Context(series, CrossCheckData.Month(expected["t_month"])));
        var e = outcomes[0].Evidence;

        e.N.ShouldBe(int.Parse(expected["n"], System.Globalization.CultureInfo.InvariantCulture));
        e.Df.ShouldBe(int.Parse(expected["df"], System.Globalization.CultureInfo.InvariantCulture));
        ShouldBeClose(e.Slope!.Value, expected["slope"]);
        ShouldBeClose(e.Intercept!.Value, expected["intercept"]);
        ShouldBeClose(e.StandardError!.Value, expected["se"]);
        ShouldBeClose(e.T!.Value, expected["t"]);
        ShouldBeClose(e.P!.Value, expected["p"]);
        var fired = outcomes.SingleOrDefault(o => o.Fired)?.Rule.Direction;
        var flag = fired switch { RuleDirection.High => "up", RuleDirection.Low => "down", _ => "none" };
        flag.ShouldBe(expected["flag"]);
    }

    private static void ShouldBeClose(double actual, string expectedText)
    {
        var expected = CrossCheckData.Number(expectedText);
        Math.Abs(actual - expected).ShouldBeLessThanOrEqualTo(1e-9 * Math.Max(Math.Abs(expected), 1e-300), $"expected {expectedText}, got {actual:R}");
    }
}

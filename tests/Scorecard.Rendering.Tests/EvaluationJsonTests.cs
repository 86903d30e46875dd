using System.Text.Json;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Rendering.Json;

namespace Scorecard.Rendering.Tests;

public sealed class EvaluationJsonTests
{
    [Fact]
    public void A_measure_whose_data_lag_keeps_null_figures_at_T_and_gives_its_latest_figures()
    {
        var crime = Fixtures.CrimeResult() with
        {
            Figures = new MeasureFigures(null, 10952, null, null, null, null, PreviousQuarterRolling12: 43523,
                Latest: new LatestFigures(new YearMonth(2019, 6), 43523, 42000, 1523, 3.6)),
        };
        using var doc = JsonDocument.Parse(EvaluationJson.Write(Fixtures.Evaluation(crime)));
        var measure = doc.RootElement.GetProperty("measures")[0];

        measure.GetProperty("rolling12").ValueKind.ShouldBe(JsonValueKind.Null);
        measure.GetProperty("change").GetProperty("absolute").ValueKind.ShouldBe(JsonValueKind.Null);
        measure.GetProperty("previousQuarterRolling12").GetDouble().ShouldBe(43523);
        var latest = measure.GetProperty("latest");
        latest.GetProperty("month").GetString().ShouldBe("2019-06");
        latest.GetProperty("rolling12").GetDouble().ShouldBe(43523);
        latest.GetProperty("previousRolling12").GetDouble().ShouldBe(42000);
        latest.GetProperty("change").GetProperty("absolute").GetDouble().ShouldBe(1523);
        latest.GetProperty("change").GetProperty("percent").GetDouble().ShouldBe(3.6);
    }
}

using NodaTime;
using Scorecard.Core.Series;
using Scorecard.Excel;
using Scorecard.Rendering.Workbook;

namespace Scorecard.Rendering.Tests.Workbook;

/// <summary>The workbook's <c>Data</c> sheet can be fed back into Scorecard and gives the same series.</summary>
public sealed class DataSheetReloadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_data_sheet_loads_back_as_the_same_series()
    {
        var path = _folder.File("scorecard.xlsx");
        ScorecardWorkbook.Write(Sample.Evaluation, Sample.Data, Sample.Info, Sample.Clock, path);

        var loaded = SeriesLoader.Load(path, new SeriesLoadOptions("Data"));

        loaded.HasErrors.ShouldBeFalse(string.Join("\n", loaded.Diagnostics));
        Describe(loaded.Value!).ShouldBe(Describe(Sample.Data));
    }

    [Fact]
    public void Ratio_mean_and_level_parts_and_gaps_survive_the_round_trip()
    {
        var first = new YearMonth(2018, 4);
        var builder = new EvaluationBuilder()
            .Measure("abandoned", kind: Core.Measures.MeasureKind.Ratio)
            .Measure("answer", kind: Core.Measures.MeasureKind.Mean)
            .Measure("confidence", kind: Core.Measures.MeasureKind.Level)
            .Series("abandoned", new MonthlyObservation(first, Numerator: 0, Denominator: 0), new MonthlyObservation(first.PlusMonths(2), Numerator: 12.5, Denominator: 1040))
            .Series("answer", new MonthlyObservation(first, Value: 12.75), new MonthlyObservation(first.PlusMonths(1), Value: 11.5, Volume: 3000))
            .Series("confidence", new MonthlyObservation(first.PlusMonths(3), Value: 77.7, Margin: 3.5));
        var path = _folder.File("scorecard.xlsx");
        ScorecardWorkbook.Write(builder.Build(), builder.Data(), Sample.Info, Sample.Clock, path);

        var loaded = SeriesLoader.Load(path, new SeriesLoadOptions("Data"));

        loaded.HasErrors.ShouldBeFalse(string.Join("\n", loaded.Diagnostics));
        Describe(loaded.Value!).ShouldBe(Describe(builder.Data()));
    }

    /// <summary>Every observation of every series as text, sorted by measure id, for a readable comparison.</summary>
    private static List<string> Describe(MeasureData data) =>
        data.Series.OrderBy(s => s.MeasureId, StringComparer.Ordinal)
            .SelectMany(s => s.Observations.Select(o =>
                $"{s.MeasureId} {o.Month} value={o.Value} numerator={o.Numerator} denominator={o.Denominator} volume={o.Volume} margin={o.Margin}"))
            .ToList();
}

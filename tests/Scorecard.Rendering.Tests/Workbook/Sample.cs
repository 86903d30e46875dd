using NodaTime;
using NodaTime.Testing;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Series;
using Scorecard.Rendering.Workbook;
using static Scorecard.Rendering.Tests.Workbook.EvaluationBuilder;

namespace Scorecard.Rendering.Tests.Workbook;

/// <summary>A small scorecard in the shape of the reference report's Quarter Two 2019-20 dashboard.</summary>
internal static class Sample
{
    public const string Office = "Office of the Police and Crime Commissioner for Wiltshire & Swindon";

    public static readonly Instant GeneratedAt = Instant.FromUtc(2019, 12, 2, 9, 30);

    public static FakeClock Clock => new(GeneratedAt);

    public static WorkbookInfo Info { get; } = new(
        Office,
        "1.2.3-test",
        new Dictionary<int, string> { [1] = "Prevent crime and keep people safe", [2] = "Protect the most vulnerable people" });

    public static readonly Evidence TrendEvidence = new(
        Window: "2018-10..2019-09", N: 12, Slope: 12.25, Intercept: 3710.5, StandardError: 4.1, T: 2.9878, Df: 10, P: 0.0136, Alpha: 0.05);

    public static EvaluationBuilder Builder()
    {
        var first = new YearMonth(2017, 10);
        return new EvaluationBuilder()
            .Measure(
                "crime-volume",
                "Crime volume",
                figures: new MeasureFigures(11856, 10952, 44340, 43082, 1258, 2.92, LatestMonthValue: 3950),
                peerKey: "all-crime",
                outcomes: [Fired("peers-below", Sentiment.Improvement), Fired("trend-up", Sentiment.Concern, TrendEvidence)])
            .Measure(
                "outcome-rate",
                "Positive outcome rate",
                MeasureKind.Ratio,
                Polarity.HigherIsBetter,
                figures: new MeasureFigures(16.5, 15.9, 16.1, 17.3, -1.2, -6.94),
                outcomes:
                [
                    Fired("spike-low", Sentiment.Concern, new Evidence(Window: "2017-09..2019-08", N: 24, Mean: 17.2, Sd: 0.3, K: 2, Threshold: 16.6, Value: 16.5)),
                    NotEvaluated("run-below", "August 2019 missing"),
                ])
            .Measure(
                "call-answer-time",
                "Average time to answer 101 calls",
                MeasureKind.Mean,
                Polarity.LowerIsBetter,
                ValueFormat.Duration,
                priority: 2,
                figures: new MeasureFigures(767, 800, 790, 745, 45, 6.04))
            .Measure(
                "confidence",
                "Public confidence",
                MeasureKind.Level,
                Polarity.HigherIsBetter,
                ValueFormat.Percent,
                priority: 2,
                figures: new MeasureFigures(77.7, 78.1, 77.7, 79.0, -1.3, -1.65, Margin: 3.5))
            .Measure(
                "hate-crime-outcomes",
                "Hate crime outcomes",
                priority: 2,
                outcomes:
                [
                    Fired("no-data", Sentiment.Attention),
                    .. Key.Where(r => r.Id != "no-data").Select(r => NotEvaluated(r.Id, "no data in the 12 months to September 2019")),
                ])
            .Series("crime-volume", Counts(first, [.. Enumerable.Range(0, 24).Select(i => (double?)(3500 + (10 * i)))]))
            .Series(
                "outcome-rate",
                [.. Enumerable.Range(0, 24).Where(i => i != 22).Select(i => new MonthlyObservation(first.PlusMonths(i), Numerator: 600 + i, Denominator: 3600 + (5 * i)))])
            .Series(
                "call-answer-time",
                [.. Enumerable.Range(0, 24).Select(i => new MonthlyObservation(first.PlusMonths(i), Value: 700 + (3 * i), Volume: 20000 + (100 * i)))])
            .Series(
                "confidence",
                [.. Enumerable.Range(0, 8).Select(i => new MonthlyObservation(first.PlusMonths(3 * i), Value: 77.5 + (0.1 * i), Margin: 3.5))])
            .Series("hate-crime-outcomes", Counts(first, 12, 15, 9));
    }

    public static ScorecardEvaluation Evaluation => Builder().Build();

    public static MeasureData Data => Builder().Data();
}

using NodaTime;
using NodaTime.Testing;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;

namespace Scorecard.Rendering.Tests;

/// <summary>Hand-built evaluations for the rendering tests: the reference report's Quarter Two 2019-20.</summary>
internal static class Fixtures
{
    public static readonly FinancialQuarter Q2 = new(2019, 2);
    public static readonly YearMonth T = new(2019, 9);

    public static IClock Clock { get; } = new FakeClock(Instant.FromUtc(2019, 12, 2, 9, 30));

    public static readonly IReadOnlyList<RuleDefinition> Key = RuleSet.DashboardKey.Key;

    public static RuleDefinition Rule(string id) => Key.Single(r => r.Id == id);

    public static PeerGroup Msg { get; } = new("Wiltshire", ["Avon and Somerset", "Devon and Cornwall", "Dorset", "Gloucestershire", "Norfolk", "Suffolk", "West Mercia"], AsOf: new LocalDate(2019, 4, 1));

    public static ReportInfo Info { get; } = new(
        "Office of the Police and Crime Commissioner for Wiltshire and Swindon",
        "Wiltshire",
        "Angus Macpherson",
        new LocalDate(2019, 12, 19),
        "Police and Crime Plan 2017-21",
        [new PriorityHeading(1, "Prevent crime and keep people safe"), new PriorityHeading(2, "Protect the most vulnerable in society")],
        Msg);

    public static Measure CrimeVolume(string name = "Crime volume") => new(
        "crime-volume", name, MeasureKind.Count, Polarity.LowerIsBetter, ValueFormat.Count, "crimes", "all-crime", RuleParameters.Default,
        PeerUnit: "crimes per 1,000 population");

    /// <summary>Outcomes for every rule of the key: the named ones fired (with evidence), the rest not fired, or not evaluated with a reason.</summary>
    public static List<RuleOutcome> Outcomes(Polarity polarity, IReadOnlyDictionary<string, Evidence>? fired = null, IReadOnlyDictionary<string, string>? notEvaluated = null)
    {
        var list = new List<RuleOutcome>();
        foreach (var rule in Key)
        {
            if (fired is not null && fired.TryGetValue(rule.Id, out var evidence))
            {
                list.Add(new RuleOutcome(rule, RuleStatus.Fired, null, evidence, SentimentOf(rule, polarity)));
            }
            else if (notEvaluated is not null && notEvaluated.TryGetValue(rule.Id, out var reason))
            {
                list.Add(new RuleOutcome(rule, RuleStatus.NotEvaluated, reason, Evidence.None, null, new NotEvaluatedReason(CodeOf(reason), reason)));
            }
            else
            {
                list.Add(new RuleOutcome(rule, RuleStatus.NotFired, null, Evidence.None, null));
            }
        }

        return list;
    }

    /// <summary>The code the evaluator gives a reason worded so.</summary>
    private static string CodeOf(string reason) => reason switch
    {
        PeerComparer.NoPeerComparisonReason => ReasonCodes.NoPeerComparison,
        PeerComparer.NoPeerDataReason => ReasonCodes.NoPeerData,
        RollingTrendRule.LevelReason => ReasonCodes.LevelRollingTrend,
        _ when reason.EndsWith("months present", StringComparison.Ordinal) => ReasonCodes.WindowShort,
        _ => ReasonCodes.MonthsMissing,
    };

    /// <summary>The five peer tests, not evaluated with <paramref name="reason"/>.</summary>
    public static Dictionary<string, string> PeerTests(string reason) =>
        Key.Where(r => r.Group == RuleGroup.Peers).ToDictionary(r => r.Id, _ => reason);

    public static Sentiment SentimentOf(RuleDefinition rule, Polarity polarity) => rule.Direction switch
    {
        RuleDirection.None => Sentiment.Attention,
        _ when polarity == Polarity.Neutral => Sentiment.Neutral,
        RuleDirection.High => polarity == Polarity.HigherIsBetter ? Sentiment.Improvement : Sentiment.Concern,
        _ => polarity == Polarity.LowerIsBetter ? Sentiment.Improvement : Sentiment.Concern,
    };

    /// <summary>
    /// Monthly crime counts, October 2016 to September 2019, made to add up to the reference
    /// report's figures: Q1 10,952 (43,523 rolling), Q2 11,856 (44,340 rolling), 43,082 for the
    /// 12 months to September 2018.
    /// </summary>
    public static MonthlySeries CrimeSeries()
    {
        var values = new List<double>();
        values.AddRange(Spread(42_300, 12, 0));          // Oct-16..Sep-17
        values.AddRange(Spread(43_082 - 11_039, 9, 1));  // Oct-17..Jun-18
        values.AddRange(Spread(11_039, 3, 2));           // Jul-18..Sep-18
        values.AddRange(Spread(43_523 - 11_039 - 10_952, 6, 3)); // Oct-18..Mar-19
        values.AddRange(Spread(10_952, 3, 4));           // Apr-19..Jun-19
        values.AddRange([3_890, 3_986, 3_980]);          // Jul-19..Sep-19 = 11,856
        var start = new YearMonth(2016, 10);
        return new MonthlySeries("crime-volume", values.Select((v, i) => new MonthlyObservation(start.PlusMonths(i), v)));
    }

    /// <summary>n whole numbers adding up to total, wobbling around the mean.</summary>
    private static IEnumerable<double> Spread(int total, int n, int seed)
    {
        var wobble = Enumerable.Range(0, n).Select(i => (int)Math.Round(90 * Math.Sin((i + seed) * 1.7))).ToList();
        wobble[^1] -= wobble.Sum();
        var baseValue = total / n;
        var remainder = total - (baseValue * n);
        return wobble.Select((w, i) => (double)(baseValue + w + (i < remainder ? 1 : 0)));
    }

    public static PeerComparison CrimePeers() => new(
        new YearMonth(2019, 6),
        "most similar group (MSG)",
        "Wiltshire",
        61.2,
        73.0,
        6.9,
        [
            new PeerPoint("Wiltshire", 61.2, true),
            new PeerPoint("Avon and Somerset", 80.1, false),
            new PeerPoint("Devon and Cornwall", 66.4, false),
            new PeerPoint("Dorset", 68.9, false),
            new PeerPoint("Gloucestershire", 74.5, false),
            new PeerPoint("Norfolk", 70.2, false),
            new PeerPoint("Suffolk", 72.8, false),
            new PeerPoint("West Mercia", 89.9, false),
        ],
        8,
        62.0,
        70.1);

    public static MeasureResult CrimeResult(string name = "Crime volume") => new(
        CrimeVolume(name),
        1,
        new MeasureFigures(11856, 10952, 44340, 43082, 1258, 1258.0 / 43082 * 100, LatestMonthValue: 3980, PreviousQuarterRolling12: 43523),
        Outcomes(Polarity.LowerIsBetter, new Dictionary<string, Evidence>
        {
            ["run-above"] = new(Window: "2017-10..2019-09", N: 24, Mean: 3706.7, Tested: Enumerable.Range(0, 8).Select(i => new EvidencePoint(new YearMonth(2019, 2).PlusMonths(i), 3750 + (i * 30))).ToList()),
            ["peers-below"] = new(ComparisonMonth: new YearMonth(2019, 6), PeerCount: 8, Mean: 73.0, Sd: 6.9, K: 1, Value: 61.2, LowerThreshold: 66.1, UpperThreshold: 79.9),
        }),
        CrimePeers());

    public static MeasureResult Compliance() => new(
        new Measure("crime-recording-compliance", "Crime recording compliance rate", MeasureKind.Ratio, Polarity.HigherIsBetter, ValueFormat.Percent, null, null, RuleParameters.Default),
        1,
        new MeasureFigures(91.3, 88.1, 89.0, 86.5, 2.5, 2.5 / 86.5 * 100, QuarterNumerator: 913, QuarterDenominator: 1000, Rolling12Numerator: 3560, Rolling12Denominator: 4000, PreviousQuarterRolling12: 88.9),
        Outcomes(Polarity.HigherIsBetter, new Dictionary<string, Evidence>
        {
            ["trend-up"] = new(Window: "2018-10..2019-09", N: 12, Slope: 0.42, StandardError: 0.11, T: 3.8, Df: 10, P: 0.0035, Alpha: 0.05),
        }, PeerTests(PeerComparer.NoPeerComparisonReason)),
        null);

    public static MeasureResult Confidence() => new(
        new Measure("public-confidence", "Overall confidence with the police in this area", MeasureKind.Level, Polarity.HigherIsBetter, ValueFormat.Percent, null, null, RuleParameters.Default),
        1,
        new MeasureFigures(77.7, 80.2, 77.7, 84.3, -6.6, -6.6 / 84.3 * 100, Margin: 3.5, LatestMonthValue: 77.7),
        Outcomes(Polarity.HigherIsBetter, notEvaluated: new Dictionary<string, string>
        {
            ["spike-high"] = "14 of 24 months present",
            ["spike-low"] = "14 of 24 months present",
        }),
        null);

    public static MeasureResult ResponseTime() => new(
        new Measure("response-immediate", "Response time (immediate)", MeasureKind.Mean, Polarity.LowerIsBetter, ValueFormat.Duration, null, null, RuleParameters.Default),
        2,
        new MeasureFigures(767, 626, 700, 680, 20, 20.0 / 680 * 100),
        Outcomes(Polarity.LowerIsBetter, new Dictionary<string, Evidence>
        {
            ["spike-high"] = new(Window: "2017-09..2019-08", N: 24, Mean: 650, Sd: 40, K: 2, Threshold: 730, Value: 790),
        }),
        null);

    public static ScorecardEvaluation Evaluation(params MeasureResult[] measures) =>
        new(Q2, T, measures.Length == 0 ? [CrimeResult(), Compliance(), Confidence(), ResponseTime()] : measures, [RuleSet.DashboardKey]);

    public static MeasureData Data() => new([CrimeSeries(), ComplianceSeries()]);

    public static MonthlySeries ComplianceSeries()
    {
        var start = new YearMonth(2017, 10);
        return new MonthlySeries("crime-recording-compliance", Enumerable.Range(0, 24)
            .Select(i => new MonthlyObservation(start.PlusMonths(i), Numerator: 840 + (i * 3) + (i % 3 * 5), Denominator: 1000)));
    }

    public static Commentary Commentary(params (string Id, string Text)[] measures) =>
        new("This document provides the performance information for quarter two 2019-20.\n\n- a) Have shown a significant change;\n- b) Are of particular concern to me.",
            measures.ToDictionary(m => m.Id, m => m.Text, StringComparer.Ordinal));

    public static RenderedReport Render(ScorecardEvaluation? evaluation = null, Commentary? commentary = null, string? templates = null, ReportInfo? info = null)
    {
        var result = new ReportRenderer(templates, Clock).Render(evaluation ?? Evaluation(), Data(), info ?? Info, commentary ?? Commentary());
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}

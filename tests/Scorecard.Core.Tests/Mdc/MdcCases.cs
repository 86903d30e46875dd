using System.Text.Json;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Mdc;

/// <summary>One chart of the Making Data Count conformance set, with its settings from cases.json.</summary>
internal sealed record MdcCase(
    string Measure,
    Polarity Polarity,
    SpcParameters Parameters,
    YearMonth LastMonth,
    int Points,
    JsonElement Json)
{
    public override string ToString() => Measure;
}

/// <summary>The committed copy of shared/data/mdc (see Mdc/README.md): series, expected colours and cases.</summary>
internal static class MdcCases
{
    public static readonly string[] Files = ["series.csv", "expected.csv", "cases.json"];

    private static readonly Lazy<JsonDocument> Document = new(() => JsonDocument.Parse(File.ReadAllText(PathOf("cases.json"))));

    private static readonly Lazy<IReadOnlyList<MdcCase>> AllCases = new(() =>
        Document.Value.RootElement.GetProperty("cases").EnumerateArray().Select(Case).ToList());

    private static readonly Lazy<ILookup<string, (YearMonth Month, string Value)>> Series = new(() => Rows("series.csv", "value"));

    private static readonly Lazy<ILookup<string, (YearMonth Month, string Value)>> Colours = new(() => Rows("expected.csv", "colour"));

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Mdc", file);

    public static IReadOnlyList<MdcCase> All => AllCases.Value;

    public static MdcCase Named(string measure) => All.Single(c => c.Measure == measure);

    /// <summary>Every measure id, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Measures
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var c in All)
            {
                data.Add(c.Measure);
            }

            return data;
        }
    }

    public static MonthlySeries SeriesOf(string measure) =>
        new(measure, Series.Value[measure].Select(r => new MonthlyObservation(r.Month, CrossCheckData.Number(r.Value))));

    /// <summary>The expected colour of every point of <paramref name="measure"/>, in month order.</summary>
    public static IReadOnlyList<(YearMonth Month, Variation Variation)> ExpectedColours(string measure) =>
        Colours.Value[measure].OrderBy(r => r.Month).Select(r => (r.Month, Colour(r.Value))).ToList();

    /// <summary>grey, blue, orange and purple: the MDC tool's point colours.</summary>
    public static Variation Colour(string colour) => colour switch
    {
        "grey" => Variation.CommonCause,
        "blue" => Variation.Improvement,
        "orange" => Variation.Concern,
        "purple" => Variation.Neither,
        _ => throw new InvalidDataException($"Unknown colour {colour}."),
    };

    /// <summary>The chart of a case, built as the rule set builds it, at its last month.</summary>
    public static XmrChart Chart(MdcCase c, double? target = null) =>
        XmrChart.Build(SeriesOf(c.Measure), c.LastMonth, c.Parameters, c.Polarity, target);

    private static MdcCase Case(JsonElement json)
    {
        var polarity = json.GetProperty("direction").GetString() switch
        {
            "higher-is-better" => Polarity.HigherIsBetter,
            "lower-is-better" => Polarity.LowerIsBetter,
            "neutral" => Polarity.Neutral,
            var other => throw new InvalidDataException($"Unknown direction {other}."),
        };
        var recalculations = json.GetProperty("recalculate_at_months") is { ValueKind: JsonValueKind.Array } months
            ? months.EnumerateArray().Select(m => CrossCheckData.Month(m.GetString()!)).ToList()
            : [];
        YearMonth? baselineEnd = json.GetProperty("baseline_months") is { ValueKind: JsonValueKind.Array } baseline
            ? CrossCheckData.Month(baseline[1].GetString()!)
            : null;
        var parameters = new SpcParameters
        {
            ShiftLength = json.GetProperty("shift_points").GetInt32(),
            TrendLength = json.GetProperty("trend_points").GetInt32(),
            MinimumPoints = json.GetProperty("min_points").GetInt32(),
            RecalculateAt = recalculations,
            BaselineEnd = baselineEnd,
        };
        return new MdcCase(
            json.GetProperty("measure").GetString()!,
            polarity,
            parameters,
            CrossCheckData.Month(json.GetProperty("last_month").GetString()!),
            json.GetProperty("points").GetInt32(),
            json);
    }

    private static ILookup<string, (YearMonth Month, string Value)> Rows(string file, string column)
    {
        var lines = File.ReadAllLines(PathOf(file)).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split(',');
        var (measure, month, value) = (Array.IndexOf(header, "measure"), Array.IndexOf(header, "month"), Array.IndexOf(header, column));
        return lines.Skip(1)
            .Select(l => l.Split(','))
            .ToLookup(f => f[measure], f => (CrossCheckData.Month(f[month]), f[value]));
    }
}

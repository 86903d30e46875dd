using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scorecard.Cli.Tests.Mdc;

/// <summary>
/// The NHS "Making Data Count" Single Chart Tool v5 test cases (35 charts, 765 points) through
/// the command a user runs: a configuration built from <c>cases.json</c> over <c>series.csv</c>,
/// <c>scorecard evaluate --format json</c>, and the chart in the JSON. Every point's colour, every
/// stated or derived variation icon, and the guide's assurance examples (targets 40, 30 and 10).
/// The data come from <c>../shared/data/mdc</c> beside the repository, or, on a clone on its own,
/// from the committed copy in <c>tests/Scorecard.Core.Tests/Mdc</c> (the Core tests check the two are equal).
/// </summary>
public sealed class MdcCliConformanceTests
{
    public static TheoryData<string> Measures
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var c in MdcData.Cases)
            {
                data.Add(c.GetProperty("measure").GetString()!);
            }

            return data;
        }
    }

    [Fact]
    public void The_json_holds_all_35_charts_and_765_points()
    {
        var charts = MdcData.Charts.Value;

        charts.Count.ShouldBe(35);
        charts.Values.Sum(c => c.GetProperty("points").GetArrayLength()).ShouldBe(765);
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void Reproduces_every_point_colour_through_evaluate_json(string measure)
    {
        var points = MdcData.Charts.Value[measure].GetProperty("points").EnumerateArray()
            .Select(p => $"{p.GetProperty("month").GetString()}: {p.GetProperty("variation").GetString()}");

        points.ShouldBe(MdcData.ExpectedColours(measure).Select(e => $"{e.Month}: {e.Variation}"));
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void Gives_every_stated_and_derived_variation_icon_through_evaluate_json(string measure)
    {
        var chart = MdcData.Charts.Value[measure];

        chart.GetProperty("variationIcon").GetString().ShouldBe(MdcData.ExpectedVariationIcon(measure));
    }

    /// <summary>The guide's assurance examples: the same chart with targets 40, 30 and 10, high and low is good.</summary>
    private static readonly (string Measure, double Target, string Icon)[] AssuranceExamples =
    [
        ("summary-icons-assurance-high-is-good", 40, "fail"),
        ("summary-icons-assurance-high-is-good", 30, "hit-or-miss"),
        ("summary-icons-assurance-high-is-good", 10, "pass"),
        ("summary-icons-assurance-low-is-good", 40, "pass"),
        ("summary-icons-assurance-low-is-good", 30, "hit-or-miss"),
        ("summary-icons-assurance-low-is-good", 10, "fail"),
    ];

    public static TheoryData<string, double, string> Assurance
    {
        get
        {
            var data = new TheoryData<string, double, string>();
            foreach (var (measure, target, icon) in AssuranceExamples)
            {
                data.Add(measure, target, icon);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Assurance))]
    public void Gives_the_guides_assurance_icons_for_targets_40_30_and_10_through_evaluate_json(string measure, double target, string icon)
    {
        var (json, _) = MdcData.Evaluate(MdcData.LastMonthOf(measure), new Dictionary<string, double> { [measure] = target });
        var result = json.RootElement.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetString() == measure);

        result.GetProperty("target").GetDouble().ShouldBe(target);
        var spc = result.GetProperty("spc");
        spc.GetProperty("assuranceIcon").GetString().ShouldBe(icon);
        var last = spc.GetProperty("points").EnumerateArray().Last();
        Math.Round(last.GetProperty("lowerLimit").GetDouble(), 2).ShouldBe(13.33);
        Math.Round(last.GetProperty("upperLimit").GetDouble(), 2).ShouldBe(37.00);

        // The target moves no point's colour.
        spc.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("variation").GetString())
            .ShouldBe(MdcData.ExpectedColours(measure).Select(e => (string?)e.Variation));
    }

    [Fact]
    public void Every_assurance_example_in_cases_json_is_among_those_tested()
    {
        var examples = MdcData.Cases
            .Where(c => c.TryGetProperty("expected_summary_icons", out var icons) && icons.TryGetProperty("assurance", out _))
            .SelectMany(c => c.GetProperty("expected_summary_icons").GetProperty("assurance").EnumerateArray()
                .Select(a => $"{c.GetProperty("measure").GetString()} {a.GetProperty("target").GetDouble().ToString(CultureInfo.InvariantCulture)} {a.GetProperty("icon").GetString()}"))
            .ToList();

        var tested = AssuranceExamples.Select(a => $"{a.Measure} {a.Target.ToString(CultureInfo.InvariantCulture)} {a.Icon}");
        examples.Count.ShouldBe(6);
        tested.ShouldBe(examples, ignoreOrder: true);
    }

    [Fact]
    public void The_configuration_built_from_cases_json_validates_without_an_error()
    {
        using var run = new CliRun();
        var config = run.Write("scorecard.config.json", MdcData.Configuration(new Dictionary<string, double>()));

        var (code, output, error) = run.Run("validate", "--config", config, "--month", "2023-06");

        code.ShouldBe(0, error);
        error.ShouldNotContain("error");
        output.ShouldContain("35 measures (35 configured)");
    }
}

/// <summary>The conformance data, the configuration made from them, and the JSON that <c>evaluate</c> gives.</summary>
internal static class MdcData
{
    private static readonly string[] Files = ["series.csv", "expected.csv", "cases.json"];

    /// <summary>The folder the data are read from: shared beside the repository, else the committed copy.</summary>
    public static string Folder { get; } = FindFolder();

    private static readonly JsonDocument CasesDocument = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "cases.json")));

    public static IReadOnlyList<JsonElement> Cases { get; } = [.. CasesDocument.RootElement.GetProperty("cases").EnumerateArray()];

    private static readonly ILookup<string, (string Month, string Colour)> Colours = File.ReadAllLines(Path.Combine(Folder, "expected.csv"))
        .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToLookup(f => f[0], f => (f[1], f[2]));

    /// <summary>
    /// Each measure's chart (the JSON's <c>spc</c>), from <c>evaluate</c> run at the measure's own
    /// last month, as an office would report it: one run per distinct last month.
    /// </summary>
    public static Lazy<IReadOnlyDictionary<string, JsonElement>> Charts { get; } = new(() =>
    {
        var charts = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var group in Cases.GroupBy(c => c.GetProperty("last_month").GetString()!))
        {
            var (json, _) = Evaluate(group.Key, new Dictionary<string, double>());
            foreach (var c in group)
            {
                var id = c.GetProperty("measure").GetString()!;
                var measure = json.RootElement.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetString() == id);
                measure.GetProperty("ruleSet").GetString().ShouldBe("making-data-count");
                charts[id] = measure.GetProperty("spc").Clone();
            }
        }

        return charts;
    });

    public static string LastMonthOf(string measure) => Case(measure).GetProperty("last_month").GetString()!;

    /// <summary>Runs <c>scorecard evaluate --format json --month <paramref name="month"/></c> over the configuration, with <paramref name="targets"/> set.</summary>
    public static (JsonDocument Json, string Error) Evaluate(string month, IReadOnlyDictionary<string, double> targets)
    {
        using var run = new CliRun();
        var config = run.Write("scorecard.config.json", Configuration(targets));
        var (code, output, error) = run.Run("evaluate", "--config", config, "--month", month, "--format", "json");
        code.ShouldBe(0, error);
        return (JsonDocument.Parse(output), error);
    }

    /// <summary>
    /// The configuration a user would write for the 35 charts: <c>"ruleSet": "making-data-count"</c>,
    /// the series file, and per measure its polarity and <c>rules.spc</c> (shift and trend lengths,
    /// minimum points, recalculation months, the baseline's last month), with <paramref name="targets"/>.
    /// </summary>
    public static string Configuration(IReadOnlyDictionary<string, double> targets)
    {
        var measures = new JsonArray();
        foreach (var c in Cases)
        {
            var id = c.GetProperty("measure").GetString()!;
            var spc = new JsonObject
            {
                ["shiftLength"] = c.GetProperty("shift_points").GetInt32(),
                ["trendLength"] = c.GetProperty("trend_points").GetInt32(),
                ["minimumPoints"] = c.GetProperty("min_points").GetInt32(),
            };
            if (c.GetProperty("recalculate_at_months") is { ValueKind: JsonValueKind.Array } recalculations)
            {
                spc["recalculateAt"] = new JsonArray([.. recalculations.EnumerateArray().Select(m => (JsonNode)JsonValue.Create(m.GetString()!))]);
            }

            if (c.GetProperty("baseline_months") is { ValueKind: JsonValueKind.Array } baseline)
            {
                spc["baselineEnd"] = baseline[1].GetString();
            }

            var measure = new JsonObject
            {
                ["id"] = id,
                ["name"] = c.GetProperty("metric").GetString(),
                ["kind"] = "count",
                ["polarity"] = c.GetProperty("direction").GetString(),
                ["format"] = "decimal",
                ["rules"] = new JsonObject { ["spc"] = spc },
            };
            if (targets.TryGetValue(id, out var target))
            {
                measure["target"] = target;
            }

            measures.Add(measure);
        }

        var config = new JsonObject
        {
            ["office"] = "Making Data Count conformance",
            ["ruleSet"] = "making-data-count",
            ["data"] = new JsonObject { ["monthly"] = Path.Combine(Folder, "series.csv") },
            ["measures"] = measures,
        };
        return config.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The expected variation of every point of <paramref name="measure"/>, in month order, in the JSON's words.</summary>
    public static IReadOnlyList<(string Month, string Variation)> ExpectedColours(string measure) =>
        Colours[measure].OrderBy(r => r.Month, StringComparer.Ordinal).Select(r => (r.Month, Variation(r.Colour))).ToList();

    /// <summary>The icon cases.json states, or else the one the last point's expected colour gives (as the data's README derives it).</summary>
    public static string ExpectedVariationIcon(string measure)
    {
        var c = Case(measure);
        if (c.TryGetProperty("expected_summary_icons", out var icons))
        {
            return icons.GetProperty("variation").GetString()!;
        }

        if (c.GetProperty("points").GetInt32() < c.GetProperty("min_points").GetInt32())
        {
            return "none";
        }

        return (ExpectedColours(measure)[^1].Variation, c.GetProperty("direction").GetString()) switch
        {
            ("common-cause", _) => "common-cause",
            ("improvement", "higher-is-better") => "improvement-high",
            ("improvement", "lower-is-better") => "improvement-low",
            ("concern", "higher-is-better") => "concern-low",
            ("concern", "lower-is-better") => "concern-high",
            _ => throw new InvalidDataException($"{measure}: a purple last point needs its icon stated in cases.json."),
        };
    }

    private static JsonElement Case(string measure) => Cases.Single(c => c.GetProperty("measure").GetString() == measure);

    /// <summary>grey, blue, orange and purple, the MDC tool's colours, as the JSON names them.</summary>
    private static string Variation(string colour) => colour switch
    {
        "grey" => "common-cause",
        "blue" => "improvement",
        "orange" => "concern",
        "purple" => "neither",
        _ => throw new InvalidDataException($"Unknown colour {colour}."),
    };

    private static string FindFolder()
    {
        var shared = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "data", "mdc"));
        return Files.All(f => File.Exists(Path.Combine(shared, f)))
            ? shared
            : Path.Combine(RepositoryRoot.Path, "tests", "Scorecard.Core.Tests", "Mdc");
    }
}

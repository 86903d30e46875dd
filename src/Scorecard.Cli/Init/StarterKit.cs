using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Excel;
using Scorecard.Rendering;
using ConfigReader = Scorecard.Cli.Configuration.ConfigReader;
using ScorecardConfig = Scorecard.Cli.Configuration.ScorecardConfig;

namespace Scorecard.Cli.Init;

/// <summary>A file of the starter kit: its path relative to the new office's folder, and its bytes.</summary>
internal sealed record StarterFile(string Path, byte[] Content);

/// <summary>
/// What <c>scorecard init</c> writes: a ready-to-edit office folder. The configuration starts
/// from the reference report's measures and priorities (the bundled example's
/// <c>examples/measures.json</c>, embedded at build time) with every optional setting present at
/// its default (null where the default is "not set"); the data workbook has those measures as
/// rows and the last 36 complete months as columns, all empty.
/// </summary>
internal static class StarterKit
{
    public const string ConfigFile = InputLoader.DefaultConfigName;
    public const string SchemaFile = "scorecard.schema.json";
    public const string DataFile = "data/monthly.xlsx";
    public const string IntroductionFile = "commentary/introduction.md";
    public const string ReadmeFile = "README.md";
    public const int Months = 36;

    private const string DefaultOffice = "Office of the Police and Crime Commissioner";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every file of the kit, in the order they are written.</summary>
    public static IReadOnlyList<StarterFile> Files(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var today = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
        var lastMonth = new YearMonth(today.Year, today.Month).PlusMonths(-1);
        var months = Enumerable.Range(0, Months).Select(i => lastMonth.PlusMonths(i - Months + 1)).ToList();
        var priorities = ReferencePriorities();
        return
        [
            new(ConfigFile, Utf8.GetBytes(Config(priorities))),
            new(SchemaFile, Resource("Starter/scorecard.schema.json")),
            new(DataFile, StarterWorkbook.Write($"{DefaultOffice}: monthly figures", Rows(priorities), months)),
            new(IntroductionFile, Utf8.GetBytes(Introduction)),
            new(ReadmeFile, Utf8.GetBytes(Readme(months, priorities.SelectMany(p => p.Measures).Count()))),
        ];
    }

    /// <summary>The reference report's priorities, each with its measures as JSON objects.</summary>
    internal static IReadOnlyList<(string Title, IReadOnlyList<JsonObject> Measures)> ReferencePriorities()
    {
        var root = JsonNode.Parse(Resource("Starter/measures.json"))!.AsObject();
        return root["priorities"]!.AsArray()
            .Select(p => (p!["title"]!.GetValue<string>(), (IReadOnlyList<JsonObject>)p["measures"]!.AsArray().Select(m => m!.AsObject()).ToList()))
            .ToList();
    }

    private static string Config(IReadOnlyList<(string Title, IReadOnlyList<JsonObject> Measures)> priorities)
    {
        var palette = new JsonObject();
        foreach (var colour in SentimentPalette.Default.All)
        {
            palette[SentimentPalette.Id(colour.Sentiment)] = new JsonObject { ["base"] = colour.Base, ["fill"] = colour.Fill, ["text"] = colour.Text };
        }

        var config = new JsonObject
        {
            ["$schema"] = "./" + SchemaFile,
            ["office"] = DefaultOffice,
            ["force"] = null,
            ["commissioner"] = null,
            ["plan"] = null,
            ["title"] = ReportInfo.DefaultTitle,
            ["panel"] = ReportInfo.DefaultPanel,
            ["commissionerTitle"] = ReportInfo.DefaultCommissionerTitle,
            ["logo"] = null,
            ["palette"] = palette,
            ["quarter"] = null,
            ["meeting"] = null,
            ["data"] = new JsonObject
            {
                ["monthly"] = DataFile,
                ["sheet"] = StarterWorkbook.DataSheet,
                ["ignoreColumns"] = new JsonArray(),
                ["limits"] = new JsonObject
                {
                    ["fileMegabytes"] = LoadLimits.Default.FileBytes / (1024 * 1024),
                    ["unpackedMegabytes"] = LoadLimits.Default.UnpackedBytes / (1024 * 1024),
                    ["cells"] = LoadLimits.Default.Cells,
                },
                ["peers"] = null,
                ["commentary"] = "commentary",
            },
            ["peerGroup"] = null,
            ["output"] = new JsonObject
            {
                ["folder"] = "out",
                ["formats"] = new JsonArray([.. ScorecardConfig.AllFormats.Select(f => (JsonNode)JsonValue.Create(f))]),
                ["templates"] = null,
                ["pdf"] = false,
            },
            ["ruleSet"] = RuleSet.DashboardKey.Id,
            ["rules"] = Rules(RuleParameters.Default),
            ["priorities"] = new JsonArray([.. priorities.Select(p => (JsonNode)new JsonObject
            {
                ["title"] = p.Title,
                ["measures"] = new JsonArray([.. p.Measures.Select(WithTarget)]),
            })]),
            ["measures"] = new JsonArray(),
            ["dataIssues"] = new JsonArray(),
        };
        return config.ToJsonString(Json) + "\n";
    }

    /// <summary>A measure of the reference report, with its <c>target</c> shown unset (a target is read only by the Making Data Count rule set).</summary>
    private static JsonNode WithTarget(JsonObject measure)
    {
        var copy = measure.DeepClone().AsObject();
        copy.TryAdd("target", null);
        return copy;
    }

    private static JsonObject Rules(RuleParameters r) => new()
    {
        ["coverage"] = r.Coverage,
        ["spike"] = new JsonObject { ["window"] = r.Spike.Window, ["k"] = r.Spike.K, ["alignment"] = Alignment(r.Spike.Alignment) },
        ["shift"] = new JsonObject { ["length"] = r.Shift.Length, ["window"] = r.Shift.Window, ["k"] = r.Shift.K, ["alignment"] = Alignment(r.Shift.Alignment) },
        ["run"] = new JsonObject { ["length"] = r.Run.Length, ["window"] = r.Run.Window, ["alignment"] = Alignment(r.Run.Alignment) },
        ["trend"] = new JsonObject { ["window"] = r.Trend.Window, ["alpha"] = r.Trend.Alpha },
        ["rollingTrend"] = new JsonObject { ["window"] = r.RollingTrend.Window, ["alpha"] = r.RollingTrend.Alpha },
        ["noData"] = new JsonObject { ["window"] = r.NoData.Window },
        ["peers"] = new JsonObject
        {
            ["k"] = r.Peers.K,
            ["trendDifference"] = r.Peers.TrendDifference,
            ["includeSelf"] = r.Peers.IncludeSelf,
            ["average"] = r.Peers.Average == PeerAverage.Weighted ? "weighted" : "mean",
            ["maxLagMonths"] = r.Peers.MaxLagMonths,
            ["minimumPeerShare"] = r.Peers.MinimumPeerShare,
        },
        ["spc"] = new JsonObject
        {
            ["shiftLength"] = r.Spc.ShiftLength,
            ["trendLength"] = r.Spc.TrendLength,
            ["minimumPoints"] = r.Spc.MinimumPoints,
            ["recalculateAt"] = new JsonArray([.. r.Spc.RecalculateAt.Select(m => (JsonNode)JsonValue.Create(EnglishDates.Iso(m)))]),
            ["baselineEnd"] = r.Spc.BaselineEnd is { } end ? EnglishDates.Iso(end) : null,
            ["window"] = r.Spc.Window,
        },
    };

    private static string Alignment(WindowAlignment alignment) => alignment == WindowAlignment.Previous ? "previous" : "trailing";

    /// <summary>The workbook's rows: one per value the measure's kind needs.</summary>
    internal static IReadOnlyList<StarterRow> Rows(IReadOnlyList<(string Title, IReadOnlyList<JsonObject> Measures)> priorities)
    {
        var rows = new List<StarterRow>();
        foreach (var m in priorities.SelectMany(p => p.Measures))
        {
            var id = m["id"]!.GetValue<string>();
            var name = m["name"]?.GetValue<string>() ?? id;
            var unit = m["unit"]?.GetValue<string>();
            var kind = ConfigReader.Kinds.GetValueOrDefault(m["kind"]?.GetValue<string>() ?? "count", MeasureKind.Count);
            var duration = m["format"] is JsonValue f && f.TryGetValue<string>(out var style) && style == "duration";
            switch (kind)
            {
                case MeasureKind.Ratio:
                    rows.Add(new StarterRow(id + ".numerator", name, $"The month's {unit ?? "count"}: what the percentage counts (the part)."));
                    rows.Add(new StarterRow(id + ".denominator", name, "What the percentage is of (the whole), in the same month."));
                    break;
                case MeasureKind.Mean:
                    rows.Add(new StarterRow(id, name, duration ? "The month's average, in seconds (a time of 12:47 is 767)." : "The month's average."));
                    rows.Add(new StarterRow(id + ".volume", name, $"How many {unit ?? "cases"} the month's average is taken over, so quarters are weighted properly."));
                    break;
                case MeasureKind.Level:
                    rows.Add(new StarterRow(id, name, "The month's figure as published (a survey result, an audit, or a figure already for the 12 months to the month)."));
                    break;
                default:
                    rows.Add(new StarterRow(id, name, $"The month's count of {unit ?? "cases"}."));
                    break;
            }
        }

        return rows;
    }

    private const string Introduction =
        "Write the introduction to this quarter's report here, in plain paragraphs (Markdown): what\n" +
        "the panel should look at first, and why. It is printed at the front of the report under the\n" +
        "heading \"Introduction by the Police and Crime Commissioner\".\n" +
        "\n" +
        "Commentary on a measure goes in a file of its own in this folder, named after the measure's\n" +
        "id: `crime-volume.md` for crime volume. For a quarter's own words, put the files in a folder\n" +
        "named after the quarter (`2019-20Q2/crime-volume.md`); files there are used for that quarter\n" +
        "in place of the ones here.\n";

    private static string Readme(List<YearMonth> months, int measures)
    {
        var first = EnglishDates.Month(months[0]);
        var last = EnglishDates.Month(months[^1]);
        return string.Create(CultureInfo.InvariantCulture, $"""
            # Your office's performance report

            Made by `scorecard init`. The folder holds everything one quarterly report needs; fill it in,
            then run `scorecard validate` and `scorecard render` here.

            | file | what to do with it |
            |---|---|
            | `{ConfigFile}` | Put in your office's name (`office`), the force (`force`, as peer data name it), the commissioner's name and title, the panel the report is for (`panel`), your plan's name and priorities, and your measures. It starts with the {measures} measures of a real report (Wiltshire's, Quarter Two 2019-20): keep, rename, remove or add. Every setting is listed with its default; `null` means "not set". Editors that read `{SchemaFile}` complete and check it. |
            | `{DataFile}` | Type each measure's monthly figures into the sheet `Monthly`: one row per measure, one column per month ({first} to {last}). The sheet `Notes` explains every row. A blank cell is a month with no figure. |
            | `commentary/` | `introduction.md`, and one `<measure-id>.md` for each measure you want to comment on (write one for every measure that raises a symbol). |
            | `{SchemaFile}` | The configuration's schema, for your editor. Leave it as it is. |

            Then:

            ```sh
            scorecard validate     # checks the configuration, the data and the commentary; says what is still missing
            scorecard render       # writes out/report.html, report.md, scorecard.xlsx and evaluation.json
            ```

            Until the workbook has figures, the report says which measures have no data yet. Optional:
            peer-group figures (`data.peers`, a CSV of `measure,force,month,value,population`) for the
            comparisons with similar forces, your logo (`logo`), your colours (`palette`) and a PDF
            (`"pdf": true` under `output`, with Chromium installed). To read measures on NHS "Making
            Data Count" XmR charts (process limits, special cause variation, variation and assurance
            icons) instead of the dashboard key, set `"ruleSet": "making-data-count"` at the top or on
            a measure, give it a `target` if it has one, and tune `rules.spc`.
            """) + "\n";
    }

    private static byte[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

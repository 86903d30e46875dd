using System.Diagnostics;
using System.Globalization;
using NodaTime;
using NodaTime.Testing;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Peers;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;
using Scorecard.Excel;
using Scorecard.Rendering;
using Scorecard.Rendering.Json;
using Scorecard.Rendering.Workbook;

// A quarter's work at the top of the range the tool is built for: 40 measures (a quarter of
// them ratios, a quarter means), 20 years of months, written as a wide workbook and a long CSV,
// then loaded, evaluated and rendered. Prints the median of several runs and the peak memory.
const int Measures = 40;
const int Years = 20;
const int Runs = 5;

if (args is ["national", var outFolder, ..])
{
    // bench-commands.sh: the national-sized inputs for whole-command timings (see README.md).
    var series = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
    var months = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 120;
    WriteNational(outFolder, series, months);
    return;
}

if (args is ["stages", var dataFile, ..])
{
    // Where a whole `evaluate --format json` of one file spends its time and memory, stage by
    // stage, once, cold (as the command runs): load, evaluate, write JSON.
    var total = Stopwatch.StartNew();
    var watch = Stopwatch.StartNew();
    var loaded = SeriesLoader.Load(dataFile);
    Stage("load", watch);
    var series = loaded.Value ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics));
    var all = series.Series.Select(s => (Measure: new Measure(s.MeasureId, s.MeasureId, s.HasRatioParts ? MeasureKind.Ratio : MeasureKind.Count, Polarity.Neutral, ValueFormat.Count, null, null, RuleParameters.Default), Priority: (int?)null)).ToList();
    var last = series.Series.Max(s => s.LastMonth!.Value);
    var at = FinancialQuarter.Containing(last);
    var result = ScorecardEvaluator.Default.Evaluate(all, series, PeerData.Empty, null, at, at.LastMonth);
    Stage("evaluate", watch);
    var json = EvaluationJson.Write(result);
    Stage("write JSON", watch);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {total.Elapsed.TotalMilliseconds:0} ms; {series.Series.Count} series; JSON {json.Length / (1024.0 * 1024.0):0.0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):0} MB"));
    return;
}

var folder = Directory.CreateTempSubdirectory("scorecard-bench-").FullName;
try
{
    var data = Generate(Measures, Years);
    var workbook = Path.Combine(folder, "monthly.xlsx");
    var csv = Path.Combine(folder, "monthly-long.csv");
    SeriesWriter.WriteWide(data, workbook);
    SeriesWriter.WriteLong(data, csv);
    var months = data.Series.Max(s => s.Count);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"input: {Measures} measures × {months} months; workbook {new FileInfo(workbook).Length / 1024.0:0} KB, CSV {new FileInfo(csv).Length / 1024.0:0} KB"));

    var quarter = new FinancialQuarter(2019, 2);
    var measures = data.Series.Select((s, i) => (Measure: MeasureFor(s, i), Priority: (int?)((i % 4) + 1))).ToList();
    ScorecardEvaluation? evaluation = null;
    RenderedReport? report = null;
    var clock = new FakeClock(Instant.FromUtc(2019, 12, 2, 9, 0));
    var info = new ReportInfo("Benchmark office", "Benchmark", null, new LocalDate(2019, 12, 19), null,
        Enumerable.Range(1, 4).Select(n => new PriorityHeading(n, $"Priority {n}")).ToList(), null);

    Measure("load wide workbook", () => SeriesLoader.Load(workbook).Value!.Series.Count);
    Measure("load long CSV", () => SeriesLoader.Load(csv).Value!.Series.Count);
    Measure("evaluate (16 rules each)", () => (evaluation = ScorecardEvaluator.Default.Evaluate(measures, data, PeerData.Empty, null, quarter, quarter.LastMonth)).Measures.Count);
    Measure("render HTML and Markdown", () => (report = new ReportRenderer(null, clock).Render(evaluation!, data, info, Commentary.None).Value!).Html.Length);
    Measure("write scorecard.xlsx", () =>
    {
        using var stream = new MemoryStream();
        ScorecardWorkbook.Write(evaluation!, data, new WorkbookInfo("Benchmark office", "bench"), clock, stream);
        return (int)stream.Length;
    });
    Measure("write evaluation JSON", () => EvaluationJson.Write(evaluation!).Length);

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report.html {report!.Html.Length / 1024.0:0} KB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):0} MB"));
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static void Measure(string what, Func<int> work)
{
    // Wall time, and the process's CPU time (steadier on a machine shared with other work: wall
    // time there includes waiting for a core).
    var process = Process.GetCurrentProcess();
    var cold = Stopwatch.StartNew();
    work(); // the first run in the process: JIT, first-touch
    var first = cold.Elapsed.TotalMilliseconds;
    var times = new List<double>();
    var cpus = new List<double>();
    for (var i = 0; i < Runs; i++)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        work();
        times.Add(watch.Elapsed.TotalMilliseconds);
        process.Refresh();
        cpus.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    times.Sort();
    cpus.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-28} median {times[Runs / 2],8:0.0} ms, CPU {cpus[Runs / 2],8:0.0} ms   (min {times[0]:0.0}, max {times[^1]:0.0}, {Runs} runs; first {first:0} ms)"));
}

static MeasureData Generate(int measures, int years)
{
    var random = new Random(20191219);
    var first = new YearMonth(2019 - years + 1, 10);
    var series = new List<MonthlySeries>();
    for (var m = 0; m < measures; m++)
    {
        var level = 100 + random.Next(5000);
        var observations = new List<MonthlyObservation>();
        for (var i = 0; i < years * 12; i++)
        {
            var month = first.PlusMonths(i);
            var seasonal = 1 + (0.1 * Math.Sin(2 * Math.PI * month.Month / 12.0));
            var value = Math.Round(level * seasonal * (1 + (0.002 * i)) * (0.9 + (0.2 * random.NextDouble())));
            observations.Add((m % 4) switch
            {
                1 => new MonthlyObservation(month, Numerator: Math.Round(value * 0.2), Denominator: value),
                2 => new MonthlyObservation(month, Value: 600 + (value % 300), Volume: value),
                _ => new MonthlyObservation(month, Value: value),
            });
        }

        series.Add(new MonthlySeries(string.Create(CultureInfo.InvariantCulture, $"measure-{m + 1:00}"), observations));
    }

    return new MeasureData(series);
}

static Measure MeasureFor(MonthlySeries series, int index) => (index % 4) switch
{
    1 => new Measure(series.MeasureId, series.MeasureId, MeasureKind.Ratio, Polarity.HigherIsBetter, ValueFormat.Percent, null, null, RuleParameters.Default),
    2 => new Measure(series.MeasureId, series.MeasureId, MeasureKind.Mean, Polarity.LowerIsBetter, ValueFormat.Duration, null, null, RuleParameters.Default),
    _ => new Measure(series.MeasureId, series.MeasureId, MeasureKind.Count, Polarity.LowerIsBetter, ValueFormat.Count, "crimes", null, RuleParameters.Default),
};

// 43 forces × 40 measures is 1,720 series; 2,000 rounds it up. Written as a long CSV (the
// data-warehouse export) and a wide workbook, named by the series count: national-2000.csv.
static void WriteNational(string folder, int seriesCount, int months)
{
    Directory.CreateDirectory(folder);
    var years = (months + 11) / 12;
    var data = Generate(seriesCount, years);
    var trimmed = new MeasureData(data.Series
        .Select((s, i) => new MonthlySeries(string.Create(CultureInfo.InvariantCulture, $"force-{(i / 40) + 1:00}-measure-{(i % 40) + 1:00}"), s.Observations.TakeLast(months).ToList()))
        .ToList());
    var csv = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"national-{seriesCount}.csv"));
    var workbook = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"national-{seriesCount}.xlsx"));
    SeriesWriter.WriteLong(trimmed, csv);
    SeriesWriter.WriteWide(trimmed, workbook);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{csv}: {seriesCount} series × {months} months, {new FileInfo(csv).Length / (1024.0 * 1024.0):0.0} MB; {workbook}: {new FileInfo(workbook).Length / (1024.0 * 1024.0):0.0} MB"));
}

static void Stage(string what, Stopwatch watch)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-12} {watch.Elapsed.TotalMilliseconds,8:0} ms   working set {Environment.WorkingSet / (1024.0 * 1024.0):0} MB, GC heap {GC.GetTotalMemory(false) / (1024.0 * 1024.0):0} MB, allocated {GC.GetTotalAllocatedBytes() / (1024.0 * 1024.0):0} MB, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pause {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms"));
    watch.Restart();
}

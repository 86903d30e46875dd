using NodaTime;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;
using Scorecard.Rendering;

namespace Scorecard.Cli.Commands;

/// <summary>
/// Gets the HTML and Markdown report's code ready on the second core before <c>render</c> renders
/// the report. The first report a process renders costs about twice the next one: the report
/// model, the charts, Scriban, Markdig and the link check compile much of their code at run time
/// (generic code that ReadyToRun cannot precompile across assemblies, and the stubs .NET makes to
/// read the model's properties for Scriban) and build their tables. Started when the command
/// starts, that cost is paid while the first core reads and evaluates the data. It renders a
/// two-measure report made up here, with commentary and peers, through the built-in templates,
/// in memory: nothing is written anywhere, and nothing the user gave is read.
/// </summary>
internal static class ReportWarmUp
{
    private static readonly Lazy<Task> Started = new(
        () => Environment.ProcessorCount > 1 ? Task.Run(() => Render()) : Task.CompletedTask,
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Whether <c>render</c> with these formats (null: the configuration's) gains from the warm-up:
    /// when it renders the report (HTML, Markdown, or the PDF printed from the HTML) and does not
    /// write the workbook. Writing the workbook takes the second core too (<see cref="WorkbookWarmUp"/>),
    /// and with all formats the report's warm-up gained nothing there for its cost (with the
    /// streaming workbook writer, 15 cold runs each: 0.60 s with it, 0.61 s without, and 0.08 s more
    /// CPU; with ClosedXML, whose workbook was the longer path, it cost 0.08 s: 0.96 s against 0.88 s).
    /// </summary>
    public static bool Wanted(IReadOnlyList<string>? formats, bool serve) =>
        formats is not null && !formats.Contains("xlsx") && (formats.Contains("html") || formats.Contains("md") || formats.Contains("pdf") || serve);

    /// <summary>
    /// Starts the warm-up, once a process (later calls return the same task). Its task is never
    /// waited on: a problem it meets, the real render meets again and reports. On a machine with one
    /// core it does nothing: there it would only add its own work (about 0.05 s) to the render's.
    /// </summary>
    public static Task Start() => Started.Value;

    /// <summary>Renders the made-up report (what the warm-up does), and returns it for the tests to check it reaches the code the real one runs.</summary>
    internal static Result<RenderedReport> Render()
    {
        var quarter = new FinancialQuarter(2019, 2);
        var month = quarter.LastMonth;
        var months = Enumerable.Range(0, 36).Select(i => month.PlusMonths(i - 35)).ToList();
        var crimes = new Measure("crimes", "Crimes", MeasureKind.Count, Polarity.LowerIsBetter, ValueFormat.Count, "crimes", "crimes", RuleParameters.Default,
            Issues: [new DataIssue(month.PlusMonths(-5), month.PlusMonths(-4), DataIssueKind.Outage, "A new system.")]);
        var answered = new Measure("answered", "Calls answered", MeasureKind.Ratio, Polarity.HigherIsBetter, ValueFormat.Percent, null, null, RuleParameters.Default);
        var data = new MeasureData(
        [
            new MonthlySeries(crimes.Id, months.Select((m, i) => new MonthlyObservation(m, 100 + (i % 7) + (i > 27 ? 20 : 0)))),
            new MonthlySeries(answered.Id, months.Where((m, i) => i is < 20 or > 22).Select((m, i) => new MonthlyObservation(m, Numerator: 90 - (i % 3), Denominator: 100))),
        ]);
        string[] forces = ["Here", "There", "Elsewhere"];
        var peers = new PeerData([.. forces.SelectMany((force, f) => months.Select((m, i) => new PeerObservation(crimes.Id, force, m, 50 + f + (i % 5), 100_000)))]);
        var group = new PeerGroup(forces[0], forces, AsOf: new LocalDate(2019, 4, 1));
        var evaluation = ScorecardEvaluator.Default.Evaluate([(crimes, 1), (answered, 2)], data, peers, group, quarter, month);
        var info = new ReportInfo("Office", forces[0], "Commissioner", new LocalDate(2019, 12, 19), "Plan", [new PriorityHeading(1, "First"), new PriorityHeading(2, "Second")], group);
        var commentary = new Commentary(
            "Crime *fell* by 5%: see [the plan](https://example.org/plan).",
            new Dictionary<string, string>(StringComparer.Ordinal) { [crimes.Id] = "- One\n- **Two**\n\n> Quoted." });
        return new ReportRenderer(null, SystemClock.Instance).Render(evaluation, data, info, commentary);
    }
}

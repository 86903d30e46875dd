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
    /// Whether <c>render</c> with these formats (null: the configuration's, which render the
    /// report unless an office has chosen otherwise) gains from the warm-up: whenever it renders
    /// the report (HTML, Markdown, or the PDF printed from the HTML), or serves it. The report is the
    /// first core's longest stage and its path is the command's longest; the workbook, when it is
    /// written too, is written on the second core after the warm-up, without its own warm-up
    /// (<see cref="WorkbookWarmUp.Wanted"/>), and still ends first. Render of the bundled example,
    /// all formats, 3 × 9 cold runs alternated: medians 0.51, 0.48 and 0.45 s with this warm-up
    /// against 0.59, 0.50 and 0.47 s with the workbook's.
    /// </summary>
    public static bool Wanted(IReadOnlyList<string>? formats, bool serve) =>
        formats is null || formats.Contains("html") || formats.Contains("md") || formats.Contains("pdf") || serve;

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

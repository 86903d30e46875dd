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
        () => SecondCore.Run(() => Render()),
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
        var (evaluation, data, group) = MadeUpScorecard.Evaluate();
        var info = new ReportInfo("Office", group.Force, "Commissioner", new LocalDate(2019, 12, 19), "Plan", [new PriorityHeading(1, "First"), new PriorityHeading(2, "Second")], group);
        var commentary = new Commentary(
            "Crime *fell* by 5%: see [the plan](https://example.org/plan).",
            new Dictionary<string, string>(StringComparer.Ordinal) { [evaluation.Measures[0].Measure.Id] = "- One\n- **Two**\n\n> Quoted." });
        return new ReportRenderer(null, SystemClock.Instance).Render(evaluation, data, info, commentary);
    }
}

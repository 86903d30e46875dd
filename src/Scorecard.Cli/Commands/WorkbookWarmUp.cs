using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Series;
using Scorecard.Rendering.Workbook;

namespace Scorecard.Cli.Commands;

/// <summary>
/// Gets the workbook writer ready on the second core before <c>render</c> writes the scorecard
/// workbook. The first workbook a process writes costs more than the next: the writer, the sheets'
/// code, <c>XmlWriter</c> and the zip's deflater are compiled and their tables built (generic code
/// over types of other assemblies, which ReadyToRun does not precompile). Started when the command
/// starts, that cost is paid while the first core reads and evaluates the data (about 0.03 s of
/// render's wall time with --format xlsx on the bundled example). When the report is rendered too,
/// the report's warm-up takes the second core instead (<see cref="Wanted"/>).
/// It writes a scorecard made up here (<see cref="MadeUpScorecard"/>) through the same code, to
/// <see cref="Stream.Null"/>: nothing is written anywhere, and nothing the user gave is read.
/// </summary>
internal static class WorkbookWarmUp
{
    private static readonly Lazy<Task> Started = new(
        () => SecondCore.Run(Run),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Whether <c>render</c> with these formats gains from the warm-up: when it writes the workbook
    /// and does not render the report, so that the workbook is the command's longest path. With the
    /// report, the second core warms the report up instead (<see cref="ReportWarmUp.Wanted"/>),
    /// which shortens the longer path more.
    /// </summary>
    public static bool Wanted(IReadOnlyList<string>? formats, bool serve) =>
        formats is not null && formats.Contains("xlsx") && !ReportWarmUp.Wanted(formats, serve);

    /// <summary>
    /// Starts the warm-up, once a process (later calls return the same task). Its task is never
    /// waited on for its outcome: a problem it meets, the real write meets again and reports. On a
    /// machine with one core it does nothing: there it would only add its own work.
    /// </summary>
    public static Task Start() => Started.Value;

    /// <summary>The warm-up's task if it was started, else a finished one: the real write waits for it, so that the two never compete for the core.</summary>
    public static Task Running => Started.IsValueCreated ? Started.Value : Task.CompletedTask;

    private static void Run()
    {
        var (evaluation, data, _) = MadeUpScorecard.Evaluate();
        var info = new WorkbookInfo("Scorecard", "warm-up", new Dictionary<int, string> { [1] = "Priority" }) { MeasuresWithCommentary = [] };
        ScorecardWorkbook.Write(evaluation, data, info, SystemClock.Instance, Stream.Null);
    }
}

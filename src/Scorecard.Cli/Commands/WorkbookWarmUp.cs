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
/// render's wall time on the bundled example; tests/Scorecard.Benchmarks/README.md).
/// It writes a one-measure scorecard made up here through the same code, to
/// <see cref="Stream.Null"/>: nothing is written anywhere, and nothing the user gave is read.
/// </summary>
internal static class WorkbookWarmUp
{
    private static readonly Lazy<Task> Started = new(() => Task.Run(Run), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Starts the warm-up, once a process (later calls return the same task). Its task is never waited on for its outcome: a problem it meets, the real write meets again and reports.</summary>
    public static Task Start() => Started.Value;

    private static void Run()
    {
        var quarter = new FinancialQuarter(2019, 2);
        var month = quarter.LastMonth;
        var measure = Measure.Default("warm-up");
        var series = new MonthlySeries(measure.Id, Enumerable.Range(0, 27).Select(i => new MonthlyObservation(month.PlusMonths(i - 26), 100 + (i % 5))));
        var data = new MeasureData([series]);
        var evaluation = ScorecardEvaluator.Default.Evaluate([(measure, 1)], data, PeerData.Empty, null, quarter, month);
        var info = new WorkbookInfo("Scorecard", "warm-up", new Dictionary<int, string> { [1] = "Priority" });
        ScorecardWorkbook.Write(evaluation, data, info, SystemClock.Instance, Stream.Null);
    }
}

using Scorecard.Rendering.Export;
using Scorecard.Rendering.Json;

namespace Scorecard.Cli.Commands;

/// <summary>
/// Gets <c>evaluate</c>'s code ready on the second core while the first reads the configuration
/// and the data: the rules' evaluation and the chosen output (JSON, CSV or the table) compile much
/// of their code at run time in each process (generic code over NodaTime's <c>YearMonth</c> and
/// the rules' own types, which ReadyToRun cannot precompile across assemblies). It evaluates and
/// writes the made-up scorecard (<see cref="MadeUpScorecard"/>) to nowhere: nothing the user gave
/// is read, and nothing is written. On a machine with one core it does nothing: there it would
/// only add its own work.
/// </summary>
internal static class EvaluateWarmUp
{
    private static readonly Lock Gate = new();
    private static Task? _started;

    /// <summary>Starts the warm-up for output in <paramref name="format"/> (table, json or csv), once a process; later calls return the same task. Its task is never waited on: a problem it meets, the real command meets again and reports.</summary>
    public static Task Start(string format)
    {
        lock (Gate)
        {
            return _started ??= SecondCore.Run(() => Run(format));
        }
    }

    /// <summary>Evaluates the made-up scorecard and writes it as <paramref name="format"/> to nowhere (what the warm-up does).</summary>
    internal static void Run(string format)
    {
        var evaluation = MadeUpScorecard.Evaluate().Evaluation;
        switch (format)
        {
            case "json":
                EvaluationJson.Write(evaluation, Stream.Null, ScorecardApp.Version);
                break;
            case "csv":
                ScorecardCsv.Write(evaluation, TextWriter.Null);
                break;
            default:
                EvaluateCommand.WriteTable(TextWriter.Null, evaluation);
                break;
        }
    }
}

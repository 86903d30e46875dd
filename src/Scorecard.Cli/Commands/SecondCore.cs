namespace Scorecard.Cli.Commands;

/// <summary>
/// Where the warm-ups run (<see cref="ReportWarmUp"/>, <see cref="WorkbookWarmUp"/>,
/// <see cref="EvaluateWarmUp"/>): work whose only use is to make the first core's work cheaper,
/// done on a thread-pool thread while the first core reads the inputs. On a machine with one core
/// it is not done at all: there it would only add its own work to the command's (pinned to one
/// core, render --format html,md,json took 0.64 s with the report's warm-up, 0.57 s without).
/// </summary>
internal static class SecondCore
{
    /// <summary>Starts <paramref name="warmUp"/> on the thread pool, or, on a one-core machine, returns a finished task without running it.</summary>
    public static Task Run(Action warmUp) => Environment.ProcessorCount > 1 ? Task.Run(warmUp) : Task.CompletedTask;
}

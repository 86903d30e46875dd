using System.CommandLine;
using Scorecard.Core.Diagnostics;
using Scorecard.Excel;

namespace Scorecard.Cli.Commands;

/// <summary><c>scorecard validate</c>: checks configuration and data, prints every problem and a summary of what was loaded.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("validate", "Check the configuration and the data; print every problem and a summary of what was loaded.");
        var common = new CommonOptions(command, period: false);
        command.SetAction(parse => Run(context, common.Read(parse)));
        return command;
    }

    private static int Run(CommandContext context, CommonArguments arguments)
    {
        var diagnostics = new DiagnosticBag();
        var inputs = InputLoader.Load(arguments, context.WorkingDirectory, diagnostics);
        if (context.Report(diagnostics) || inputs is null)
        {
            return ExitCodes.InputProblems;
        }

        context.Output.WriteLine(Summary(inputs, context.WorkingDirectory));
        return ExitCodes.Success;
    }

    /// <summary>One line on what was loaded: measures, months, first and last month, gaps, peers.</summary>
    internal static string Summary(RunInputs inputs, string workingDirectory)
    {
        var loaded = LoadSummary.Of(inputs.Data);
        var configured = inputs.Config.ConfiguredMeasures.Count();
        var peerMeasures = inputs.Peers.Observations.Select(o => o.MeasureKey).Distinct(StringComparer.Ordinal).Count();
        var peerForces = inputs.Peers.Observations.Select(o => o.Force).Distinct(StringComparer.Ordinal).Count();
        var peers = peerMeasures == 0 ? string.Empty : $"; peers: {InputLoader.Count(peerMeasures, "measure", "measures")} for {InputLoader.Count(peerForces, "force", "forces")}";
        var source = InputLoader.Relative(inputs.DataFile, workingDirectory);
        return $"OK {source}: {InputLoader.Count(loaded.Measures, "measure", "measures")} ({configured} configured), {loaded.SpanText}, {loaded.GapText}{peers}.";
    }
}

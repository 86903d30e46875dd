using System.CommandLine;
using Scorecard.Core.Diagnostics;
using Scorecard.Excel;
using Scorecard.Rendering;
using Scorecard.Rendering.Safety;
using Scorecard.Rendering.Templates;

namespace Scorecard.Cli.Commands;

/// <summary>
/// <c>scorecard validate</c>: checks everything <c>render</c> would, without writing anything: the
/// configuration, the data and peer figures, the reporting quarter against the data, the peer
/// keys and forces against the peer data, every commentary file, and every template (its syntax
/// and every name in it against the template model). Prints every problem and a summary.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CommandContext context)
    {
        var templates = new Option<string?>("--templates", "-t") { Description = "A folder of templates to check (default: the configuration's, if any); the built-in templates are checked too.", HelpName = "DIR" };
        var command = new Command("validate", "Check everything render would, and write nothing.");
        var common = new CommonOptions(command, period: true);
        command.Options.Add(templates);
        command.SetAction(parse => Run(context, common.Read(parse), parse.GetValue(templates)));
        return command;
    }

    private static int Run(CommandContext context, CommonArguments arguments, string? templatesOption)
    {
        var diagnostics = new DiagnosticBag();

        // The template and commentary checks below are the process's first use of Scriban and
        // Markdig, which costs more than the checking itself: that is paid on the second core
        // while the first reads the inputs, by checking the built-in templates (the check of an
        // office without its own templates, whose outcome is then used below) and a line of
        // Markdown made up here.
        var builtIn = Task.Run(() =>
        {
            var found = TemplateChecker.Check(null);
            SafeMarkdown.Inspect("Crime *fell* by 5%: see [the plan](https://example.org/plan).");
            return found;
        });
        var inputs = InputLoader.Load(arguments, context.WorkingDirectory, diagnostics, out var config);
        if (inputs is not null && !diagnostics.HasErrors && InputLoader.ResolvePeriod(arguments, inputs, diagnostics, context.Clock, context.WorkingDirectory) is { } period)
        {
            InputChecks.Meeting(inputs.Config.Meeting, period.Quarter, inputs.Config.Where("meeting"), diagnostics);
            Configuration.SpcChecks.Check(inputs.Config, inputs.Measures, inputs.Data, period.Month, diagnostics);
        }

        Task.WaitAny(builtIn); // never throws: a problem it met, the checks below meet and report
        if (config is not null && config.Data.Commentary is { } commentary && Directory.Exists(commentary))
        {
            var ids = inputs?.Measures.Select(m => m.Measure.Id) ?? config.ConfiguredMeasures.Select(m => m.Measure.Id);
            diagnostics.AddRange(Commentary.Check(commentary, [.. ids]));
        }

        if (config is not null || templatesOption is not null)
        {
            var folder = templatesOption is { } t ? Path.GetFullPath(Path.Combine(context.WorkingDirectory, t)) : config?.Output.Templates;
            if (templatesOption is not null || folder is null || Directory.Exists(folder))
            {
                diagnostics.AddRange(folder is null && builtIn.IsCompletedSuccessfully ? builtIn.Result : TemplateChecker.Check(folder));
            }
        }

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

using System.CommandLine;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Spc;
using Scorecard.Rendering;
using Scorecard.Rendering.Export;
using Scorecard.Rendering.Json;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

/// <summary><c>scorecard evaluate</c>: applies each measure's rule set (the dashboard key, or Making Data Count) and prints the result.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CommandContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "table (readable), json (the machine-readable result) or csv (one row per measure and rule).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var command = new Command("evaluate", "Print the quarter's figures and each measure's flags and icons.");
        var common = new CommonOptions(command, period: true);
        command.Options.Add(format);
        command.SetAction(parse => Run(
            context,
            common.Read(parse),
            parse.GetValue(format)!));
        return command;
    }

    /// <summary>Loads the inputs and evaluates them; null (with diagnostics) when the input has errors.</summary>
    internal static (RunInputs Inputs, ScorecardEvaluation Evaluation)? Evaluate(CommandContext context, CommonArguments arguments, DiagnosticBag diagnostics) =>
        Evaluate(context, arguments, diagnostics, out _);

    /// <param name="config">The configuration as read, even when the inputs have errors (null when it is not JSON at all).</param>
    internal static (RunInputs Inputs, ScorecardEvaluation Evaluation)? Evaluate(CommandContext context, CommonArguments arguments, DiagnosticBag diagnostics, out Configuration.ScorecardConfig? config)
    {
        var inputs = InputLoader.Load(arguments, context.WorkingDirectory, diagnostics, out config);
        if (inputs is null || diagnostics.HasErrors)
        {
            return null;
        }

        var period = InputLoader.ResolvePeriod(arguments, inputs, diagnostics, context.Clock, context.WorkingDirectory);
        if (period is not { } p)
        {
            return null;
        }

        var evaluation = ScorecardEvaluator.Default.Evaluate(inputs.Measures, inputs.Data, inputs.Peers, inputs.Config.PeerGroup, p.Quarter, p.Month);
        return (inputs, evaluation);
    }

    private static int Run(CommandContext context, CommonArguments arguments, string format)
    {
        EvaluateWarmUp.Start(format);
        var diagnostics = new DiagnosticBag();
        var evaluated = Evaluate(context, arguments, diagnostics);
        if (context.Report(diagnostics) || evaluated is not { } e)
        {
            return ExitCodes.InputProblems;
        }

        switch (format)
        {
            case "json":
                using (var json = new TextWriterStream(context.Output))
                {
                    EvaluationJson.Write(e.Evaluation, json, ScorecardApp.Version);
                }

                break;
            case "csv":
                ScorecardCsv.Write(e.Evaluation, context.Output);
                break;
            default:
                WriteTable(context.Output, e.Evaluation);
                break;
        }

        return ExitCodes.Success;
    }

    internal static void WriteTable(TextWriter output, ScorecardEvaluation evaluation)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        var quarter = evaluation.Quarter;
        var table = new Table()
            .Border(TableBorder.Simple)
            .Title($"{quarter.LongLabel}: rules evaluated at {InputLoader.Describe(evaluation.Month)}")
            .AddColumn("Measure")
            .AddColumn(new TableColumn(quarter.Previous.ShortLabel).RightAligned())
            .AddColumn(new TableColumn(quarter.ShortLabel).RightAligned())
            .AddColumn(new TableColumn("12 months").RightAligned())
            .AddColumn(new TableColumn("Change").RightAligned())
            .AddColumn("Flags");
        // Making Data Count measures also have the two icons: a column of its own when any measure has a chart.
        var charts = evaluation.Measures.Any(r => r.Spc is not null);
        if (charts)
        {
            table.AddColumn("Variation, assurance");
        }

        foreach (var result in evaluation.Measures)
        {
            var f = result.Figures;
            var m = result.Measure;

            // A measure whose data end before T shows its latest 12 months, and says to when.
            var (rolling, change) = f.Lags(evaluation.Month) && f.Latest is { } latest
                ? ($"{Value(m, latest.Rolling12)} (to {EnglishDates.ShortMonth(latest.Month)})", Change(m, latest.ChangeAbsolute, latest.ChangePercent))
                : (Value(m, f.Rolling12), Change(m, f.ChangeAbsolute, f.ChangePercent));
            var row = new List<Text>
            {
                Text(m.Name),
                Text(Value(m, f.PreviousQuarter)),
                Text(Value(m, f.Quarter)),
                Text(rolling),
                Text(change),
                Text(Flags(result)),
            };
            if (charts)
            {
                row.Add(Text(result.Spc is { } chart ? $"{SpcNames.Of(chart.VariationIcon)}, {SpcNames.Of(chart.AssuranceIcon)}" : "–"));
            }

            table.AddRow(row);
        }

        console.Write(table);
        // A measure the office gave no peer comparison has no peer tests to miss: those are counted
        // apart from the real gaps (a window too short, a month missing, peer data lacking).
        static bool WithoutComparison(MeasureResult r, RuleOutcome o) =>
            o.ReasonCode == ReasonCodes.NoPeerComparison;
        var notEvaluated = evaluation.Measures.Sum(r => r.Outcomes.Count(o => o.Status == RuleStatus.NotEvaluated && !WithoutComparison(r, o)));
        var withoutPeers = evaluation.Measures.Count(r => r.Outcomes.Any(o => o.Status == RuleStatus.NotEvaluated && WithoutComparison(r, o)));
        var peerNote = withoutPeers == 0
            ? string.Empty
            : $"; peer tests not applicable to the {InputLoader.Count(withoutPeers, "measure", "measures")} with no peer comparison configured";
        output.WriteLine($"{InputLoader.Count(evaluation.Measures.Count, "measure", "measures")}; {InputLoader.Count(evaluation.Measures.Sum(r => r.Flags.Count), "flag", "flags")} fired; {InputLoader.Count(notEvaluated, "rule result", "rule results")} not evaluated{peerNote} (see --format json for the reasons and evidence).");
    }

    private static Text Text(string text) => new(text);

    private static string Value(Measure measure, double? value) => value is { } v ? UkFormat.ValueShort(v, measure.Format) : "–";

    private static string Change(Measure measure, double? absolute, double? percent)
    {
        if (absolute is not { } change)
        {
            return "–";
        }

        var text = UkFormat.DifferenceShort(change, measure.Format);
        return percent is { } p && measure.Kind == MeasureKind.Count
            ? $"{text} ({UkFormat.ChangePercentShort(p)})"
            : text;
    }

    private static string Flags(MeasureResult result) => result.Flags.Count == 0
        ? "–"
        : string.Join(", ", result.Flags.Select(f => $"{f.Id} ({f.Sentiment?.ToString().ToLowerInvariant()})"));

}

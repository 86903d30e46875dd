using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Scorecard.Cli.Preview;
using Scorecard.Core.Diagnostics;
using Scorecard.Rendering;

namespace Scorecard.Cli.Commands;

/// <summary>
/// <c>scorecard render</c>: evaluates the quarter and writes the report files. Everything is
/// rendered in memory first; files are written only when nothing failed, as one set. With
/// <c>--watch</c> it renders again after each save (<see cref="WatchLoop"/>), and with
/// <c>--serve</c> shows the report in a browser as it goes (<see cref="PreviewServer"/>).
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CommandContext context)
    {
        var output = new Option<string?>("--out", "-o") { Description = "The output folder (default: the configuration's, else ./out).", HelpName = "DIR" };
        var formats = new Option<string?>("--format", "-f") { Description = "Exactly which files to write, comma-separated: html, md, json, xlsx, pdf (default: the configuration's output formats and pdf setting).", HelpName = "LIST" };
        var templates = new Option<string?>("--templates", "-t") { Description = "A folder of templates overriding the built-in ones.", HelpName = "DIR" };
        var meeting = new Option<string?>("--meeting") { Description = "The date of the meeting the report is for, YYYY-MM-DD (overrides the configuration's meeting).", HelpName = "DATE" };
        var pdf = new Option<bool>("--pdf") { Description = "Also print report.html to report.pdf with a headless Chromium." };
        var watch = new Option<bool>("--watch", "-w")
        {
            Description = "Render, then render again after each save of the configuration, data, peer figures, templates or commentary, until Ctrl+C. "
                + "Each render writes the files as render does (html, md, json, xlsx); the PDF is printed each time only when --pdf or --format pdf asks for it (the configuration's pdf setting is left out: printing takes seconds). "
                + "A render that fails writes nothing and the last good files stay.",
        };
        var serve = new Option<bool>("--serve")
        {
            Description = "With --watch: serve the report at http://127.0.0.1:PORT/, on this computer only. The open page reloads after each render, and shows the errors of a failed one above the last good report. report.md is at /report.md.",
        };
        var port = new Option<int?>("--port")
        {
            Description = "With --serve: the port to serve on, 1 to 65535 (default: a free one, printed).",
            HelpName = "N",
            CustomParser = ParsePort,
        };
        var command = new Command("render", "Write the report: HTML, Markdown, workbook, JSON (and PDF).");
        var common = new CommonOptions(command, period: true);
        foreach (var option in new Option[] { output, formats, templates, meeting, pdf, watch, serve, port })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(serve) && !result.GetValue(watch))
            {
                result.AddError(CliMessages.ServeNeedsWatch);
            }

            if (result.GetResult(port) is not null && !result.GetValue(serve))
            {
                result.AddError(CliMessages.PortNeedsServe);
            }
        });

        command.SetAction((parse, stopping) =>
        {
            var arguments = new RenderArguments(parse.GetValue(output), parse.GetValue(formats), parse.GetValue(templates), parse.GetValue(meeting), parse.GetValue(pdf))
            {
                Watch = parse.GetValue(watch),
                Serve = parse.GetValue(serve),
                Port = parse.GetValue(port),
            };
            return arguments.Watch
                ? WatchLoop.RunAsync(context, common.Read(parse), arguments, stopping)
                : Task.FromResult(Run(context, common.Read(parse), arguments));
        });
        return command;
    }

    private const string NothingWritten = "nothing was written.";

    private static int Run(CommandContext context, CommonArguments common, RenderArguments arguments)
    {
        var attempt = RenderSession.Start(context, common, arguments).Attempt(reload: true);
        var diagnostics = attempt.Diagnostics;
        if (attempt.Succeeded)
        {
            diagnostics.AddRange(OutputWriter.Write(attempt.Folder!, attempt.Files).Diagnostics);
        }

        if (context.Report(diagnostics, NothingWritten))
        {
            return ExitCodes.InputProblems;
        }

        WriteSummary(context, attempt);
        return ExitCodes.Success;
    }

    /// <summary>"wrote out/report.html (412.3 KB)" for each file, and the quarter's measures and flags.</summary>
    internal static void WriteSummary(CommandContext context, RenderAttempt attempt)
    {
        var shown = InputLoader.Relative(attempt.Folder!, context.WorkingDirectory);
        foreach (var file in attempt.Files)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {Path.Combine(shown, file.Name)} ({file.Content.Length / 1024.0:0.0} KB)"));
        }

        var evaluation = attempt.Evaluation!;
        context.Output.WriteLine($"{evaluation.Quarter.LongLabel}: {evaluation.Measures.Count} measures, {evaluation.Measures.Sum(r => r.Flags.Count)} flags.");
    }

    /// <summary>--port: a whole number from 1 to 65535, said plainly when it is not.</summary>
    private static int? ParsePort(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError(CliMessages.PortNotANumber(text));
            return null;
        }

        if (value is < 1 or > 65535)
        {
            result.AddError(CliMessages.PortOutOfRange(value));
            return null;
        }

        return (int)value;
    }
}

/// <summary>What <c>render</c> was asked for on the command line.</summary>
internal sealed record RenderArguments(string? Out, string? Formats, string? Templates, string? Meeting, bool Pdf)
{
    public bool Watch { get; init; }

    public bool Serve { get; init; }

    public int? Port { get; init; }
}

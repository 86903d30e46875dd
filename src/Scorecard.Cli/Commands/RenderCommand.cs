using System.CommandLine;
using System.Text;
using Scorecard.Core.Diagnostics;
using Scorecard.Rendering;
using Scorecard.Rendering.Json;
using Scorecard.Rendering.Output;
using Scorecard.Rendering.Workbook;

namespace Scorecard.Cli.Commands;

/// <summary>
/// <c>scorecard render</c>: evaluates the quarter and writes the report files. Everything is
/// rendered in memory first; files are written only when nothing failed, each atomically.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CommandContext context)
    {
        var config = SharedOptions.Config();
        var data = SharedOptions.Data();
        var quarter = SharedOptions.Quarter();
        var month = SharedOptions.Month();
        var output = new Option<string?>("--out", "-o") { Description = "The output folder (default: the configuration's, else ./out).", HelpName = "DIR" };
        var formats = new Option<string?>("--format", "-f") { Description = "Which files to write, comma-separated: html, md, json, xlsx (default: all four).", HelpName = "LIST" };
        var templates = new Option<string?>("--templates", "-t") { Description = "A folder of templates overriding the built-in ones.", HelpName = "DIR" };
        var meeting = new Option<string?>("--meeting") { Description = "The panel meeting date, YYYY-MM-DD.", HelpName = "DATE" };
        var pdf = new Option<bool>("--pdf") { Description = "Also print report.html to report.pdf with a headless Chromium." };
        var command = new Command("render", "Evaluate the quarter and write the panel report: report.html, report.md, scorecard.xlsx and evaluation.json.")
        {
            config, data, quarter, month, output, formats, templates, meeting, pdf,
        };
        command.SetAction(parse => Run(
            context,
            new CommonArguments(parse.GetValue(config), parse.GetValue(data), parse.GetValue(quarter), parse.GetValue(month)),
            new RenderArguments(parse.GetValue(output), parse.GetValue(formats), parse.GetValue(templates), parse.GetValue(meeting), parse.GetValue(pdf))));
        return command;
    }

    private sealed record RenderArguments(string? Out, string? Formats, string? Templates, string? Meeting, bool Pdf);

    private static int Run(CommandContext context, CommonArguments common, RenderArguments arguments)
    {
        var diagnostics = new DiagnosticBag();
        var formats = ParseFormats(arguments.Formats, diagnostics);
        var meeting = arguments.Meeting is { } m ? InputLoader.ParseDate(m) : null;
        if (arguments.Meeting is not null && meeting is null)
        {
            diagnostics.Error(CliMessages.Usage, SourceLocation.None, $"--meeting \"{arguments.Meeting}\" is not a date; write it as YYYY-MM-DD, e.g. 2019-12-19.");
        }

        var evaluated = EvaluateCommand.Evaluate(context, common, diagnostics);
        if (diagnostics.HasErrors || evaluated is not { } e)
        {
            context.Report(diagnostics);
            return ExitCodes.InputProblems;
        }

        var config = e.Inputs.Config;
        var folder = arguments.Out is { } o ? Path.GetFullPath(Path.Combine(context.WorkingDirectory, o)) : config.Output.Folder;
        var templateFolder = arguments.Templates is { } t ? Path.GetFullPath(Path.Combine(context.WorkingDirectory, t)) : config.Output.Templates;
        if (templateFolder is not null && !Directory.Exists(templateFolder))
        {
            diagnostics.Error(CliMessages.MissingFolder, SourceLocation.None, CliMessages.MissingFolderText("template folder", templateFolder));
        }

        formats ??= config.Output.Formats;
        var wantPdf = arguments.Pdf || config.Output.Pdf;
        ChromiumPdfPrinter? printer = null;
        if (wantPdf)
        {
            var found = ChromiumPdfPrinter.Create();
            diagnostics.AddRange(found.Diagnostics);
            printer = found.Value;
            if (!formats.Contains("html"))
            {
                formats = [.. formats, "html"];
            }
        }

        var measureIds = e.Evaluation.Measures.Select(r => r.Measure.Id).ToList();
        var commentary = Commentary.Load(config.Data.Commentary, measureIds);
        diagnostics.AddRange(commentary.Diagnostics);
        if (diagnostics.HasErrors)
        {
            context.Report(diagnostics);
            return ExitCodes.InputProblems;
        }

        var files = new List<(string Name, byte[] Content)>();
        if (formats.Contains("html") || formats.Contains("md"))
        {
            var info = new ReportInfo(
                config.Office,
                config.Force,
                config.Commissioner,
                meeting ?? config.Meeting,
                config.Plan,
                config.Priorities.Select(p => new PriorityHeading(p.Number, p.Title)).ToList(),
                config.PeerGroup);
            var rendered = new ReportRenderer(templateFolder, context.Clock).Render(e.Evaluation, e.Inputs.Data, info, commentary.Value ?? Commentary.None);
            diagnostics.AddRange(rendered.Diagnostics);
            if (rendered.Value is { } report)
            {
                if (formats.Contains("html"))
                {
                    files.Add(("report.html", Encoding.UTF8.GetBytes(report.Html)));
                }

                if (formats.Contains("md"))
                {
                    files.Add(("report.md", Encoding.UTF8.GetBytes(report.Markdown)));
                }
            }
        }

        if (formats.Contains("json"))
        {
            files.Add(("evaluation.json", Encoding.UTF8.GetBytes(EvaluationJson.Write(e.Evaluation, ScorecardApp.Version))));
        }

        if (formats.Contains("xlsx"))
        {
            using var stream = new MemoryStream();
            var workbookInfo = new WorkbookInfo(
                config.Office,
                ScorecardApp.Version,
                config.Priorities.ToDictionary(p => p.Number, p => p.Title));
            ScorecardWorkbook.Write(e.Evaluation, e.Inputs.Data, workbookInfo, context.Clock, stream);
            files.Add(("scorecard.xlsx", stream.ToArray()));
        }

        if (context.Report(diagnostics))
        {
            return ExitCodes.InputProblems;
        }

        try
        {
            OutputWriter.WriteAll(folder, files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine(Diagnostic.Error(CliMessages.OutputFailed, SourceLocation.InFile(folder), $"could not write the report: {ex.Message}"));
            return ExitCodes.InputProblems;
        }

        var shown = InputLoader.Relative(folder, context.WorkingDirectory);
        foreach (var (name, content) in files)
        {
            context.Output.WriteLine($"wrote {Path.Combine(shown, name)} ({content.Length / 1024.0:0.0} KB)");
        }

        if (printer is not null)
        {
            var pdfPath = Path.Combine(folder, "report.pdf");
            var problems = printer.PrintAsync(Path.Combine(folder, "report.html"), pdfPath).GetAwaiter().GetResult();
            var pdfDiagnostics = new DiagnosticBag();
            pdfDiagnostics.AddRange(problems);
            if (context.Report(pdfDiagnostics))
            {
                return ExitCodes.InputProblems;
            }

            context.Output.WriteLine($"wrote {Path.Combine(shown, "report.pdf")}");
        }

        context.Output.WriteLine($"{e.Evaluation.Quarter.LongLabel}: {e.Evaluation.Measures.Count} measures, {e.Evaluation.Measures.Sum(r => r.Flags.Count)} flags.");
        return ExitCodes.Success;
    }

    private static List<string>? ParseFormats(string? text, DiagnosticBag diagnostics)
    {
        if (text is null)
        {
            return null;
        }

        var formats = new List<string>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var format = part.ToLowerInvariant() is "markdown" ? "md" : part.ToLowerInvariant();
            if (format == "pdf")
            {
                diagnostics.Error(CliMessages.Usage, SourceLocation.None, "PDF is printed from the HTML report: use --pdf.");
            }
            else if (!Configuration.ScorecardConfig.AllFormats.Contains(format))
            {
                diagnostics.Error(CliMessages.Usage, SourceLocation.None, $"--format \"{part}\" is not one of html, md, json, xlsx.");
            }
            else if (!formats.Contains(format))
            {
                formats.Add(format);
            }
        }

        return formats;
    }
}

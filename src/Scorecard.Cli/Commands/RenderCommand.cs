using System.CommandLine;
using System.Globalization;
using Scorecard.Core.Diagnostics;
using Scorecard.Rendering;
using Scorecard.Rendering.Json;
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
        var output = new Option<string?>("--out", "-o") { Description = "The output folder (default: the configuration's, else ./out).", HelpName = "DIR" };
        var formats = new Option<string?>("--format", "-f") { Description = "Exactly which files to write, comma-separated: html, md, json, xlsx, pdf (default: the configuration's output formats and pdf setting).", HelpName = "LIST" };
        var templates = new Option<string?>("--templates", "-t") { Description = "A folder of templates overriding the built-in ones.", HelpName = "DIR" };
        var meeting = new Option<string?>("--meeting") { Description = "The date of the meeting the report is for, YYYY-MM-DD (overrides the configuration's meeting).", HelpName = "DATE" };
        var pdf = new Option<bool>("--pdf") { Description = "Also print report.html to report.pdf with a headless Chromium." };
        var command = new Command("render", "Write the report: HTML, Markdown, workbook, JSON (and PDF).");
        var common = new CommonOptions(command, period: true);
        foreach (var option in new Option[] { output, formats, templates, meeting, pdf })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            context,
            common.Read(parse),
            new RenderArguments(parse.GetValue(output), parse.GetValue(formats), parse.GetValue(templates), parse.GetValue(meeting), parse.GetValue(pdf))));
        return command;
    }

    private const string NothingWritten = "nothing was written.";

    private sealed record RenderArguments(string? Out, string? Formats, string? Templates, string? Meeting, bool Pdf);

    private static int Run(CommandContext context, CommonArguments common, RenderArguments arguments)
    {
        var diagnostics = new DiagnosticBag();
        var requested = ParseFormats(arguments.Formats, diagnostics);
        var meeting = arguments.Meeting is { } m ? InputLoader.ParseDate(m) : null;
        if (arguments.Meeting is not null && meeting is null)
        {
            diagnostics.Error(CliMessages.Usage, SourceLocation.None, $"--meeting \"{arguments.Meeting}\" is not a date; write it as YYYY-MM-DD, e.g. 2019-12-19.");
        }

        var evaluated = EvaluateCommand.Evaluate(context, common, diagnostics);
        if (diagnostics.HasErrors || evaluated is not { } e)
        {
            context.Report(diagnostics, NothingWritten);
            return ExitCodes.InputProblems;
        }

        var config = e.Inputs.Config;
        InputChecks.Meeting(meeting ?? config.Meeting, e.Evaluation.Quarter, meeting is not null ? SourceLocation.None : config.Where("meeting"), diagnostics);
        var folder = arguments.Out is { } o ? Path.GetFullPath(Path.Combine(context.WorkingDirectory, o)) : config.Output.Folder;
        var templateFolder = arguments.Templates is { } t ? Path.GetFullPath(Path.Combine(context.WorkingDirectory, t)) : config.Output.Templates;
        if (templateFolder is not null && !Directory.Exists(templateFolder))
        {
            diagnostics.Error(CliMessages.MissingFolder, SourceLocation.None, CliMessages.MissingFolderText("template folder", templateFolder));
        }

        // --format says exactly which files to write: it overrides the configuration's formats and
        // its pdf setting. Without it, a configured (or --pdf) PDF comes with its HTML.
        var wantPdf = arguments.Pdf || (requested is null ? config.Output.Pdf : requested.Contains("pdf"));
        List<string> formats = [.. (requested ?? [.. config.Output.Formats]).Where(f => f != "pdf")];
        if (wantPdf && requested is null && !formats.Contains("html"))
        {
            formats.Add("html");
        }

        ChromiumPdfPrinter? printer = null;
        if (wantPdf)
        {
            var found = ChromiumPdfPrinter.Create();
            diagnostics.AddRange(found.Diagnostics);
            printer = found.Value;
        }

        var measureIds = e.Evaluation.Measures.Select(r => r.Measure.Id).ToList();
        var commentary = Commentary.Load(config.Data.Commentary, measureIds, e.Evaluation.Quarter);
        diagnostics.AddRange(commentary.Diagnostics);
        if (diagnostics.HasErrors)
        {
            context.Report(diagnostics, NothingWritten);
            return ExitCodes.InputProblems;
        }

        var files = new List<OutputFile>();
        OutputFile? htmlForPdf = null;
        if (formats.Contains("html") || formats.Contains("md") || wantPdf)
        {
            var info = new ReportInfo(
                config.Office,
                config.Force,
                config.Commissioner,
                meeting ?? config.Meeting,
                config.Plan,
                config.Priorities.Select(p => new PriorityHeading(p.Number, p.Title)).ToList(),
                config.PeerGroup,
                config.Title,
                config.Panel,
                config.CommissionerTitle,
                config.Logo,
                config.Palette);
            var rendered = new ReportRenderer(templateFolder, context.Clock).Render(e.Evaluation, e.Inputs.Data, info, commentary.Value ?? Commentary.None);
            diagnostics.AddRange(rendered.Diagnostics);
            if (rendered.Value is { } report)
            {
                htmlForPdf = new OutputFile("report.html", report.Html);
                if (formats.Contains("html"))
                {
                    files.Add(htmlForPdf);
                }

                if (formats.Contains("md"))
                {
                    files.Add(new OutputFile("report.md", report.Markdown));
                }
            }
        }

        if (formats.Contains("json"))
        {
            files.Add(new OutputFile("evaluation.json", EvaluationJson.Write(e.Evaluation, ScorecardApp.Version)));
        }

        if (formats.Contains("xlsx"))
        {
            using var stream = new MemoryStream();
            var workbookInfo = new WorkbookInfo(
                config.Office,
                ScorecardApp.Version,
                config.Priorities.ToDictionary(p => p.Number, p => p.Title),
                config.Palette,
                config.Title)
            {
                MeasuresWithCommentary = [.. (commentary.Value ?? Commentary.None).Measures.Keys],
            };
            ScorecardWorkbook.Write(e.Evaluation, e.Inputs.Data, workbookInfo, context.Clock, stream);
            files.Add(new OutputFile("scorecard.xlsx", stream.ToArray()));
        }

        if (printer is not null && !diagnostics.HasErrors && htmlForPdf is { } html)
        {
            var pdf = PrintPdf(printer, html, diagnostics);
            if (pdf is not null)
            {
                files.Add(new OutputFile("report.pdf", pdf));
            }
        }

        if (!diagnostics.HasErrors)
        {
            diagnostics.AddRange(OutputWriter.Write(folder, files).Diagnostics);
        }

        if (context.Report(diagnostics, NothingWritten))
        {
            return ExitCodes.InputProblems;
        }

        var shown = InputLoader.Relative(folder, context.WorkingDirectory);
        foreach (var file in files)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {Path.Combine(shown, file.Name)} ({file.Content.Length / 1024.0:0.0} KB)"));
        }

        context.Output.WriteLine($"{e.Evaluation.Quarter.LongLabel}: {e.Evaluation.Measures.Count} measures, {e.Evaluation.Measures.Sum(r => r.Flags.Count)} flags.");
        return ExitCodes.Success;
    }

    /// <summary>Prints the HTML report to PDF from a private temporary copy, so the PDF joins the all-or-nothing write.</summary>
    private static byte[]? PrintPdf(ChromiumPdfPrinter printer, OutputFile html, DiagnosticBag diagnostics)
    {
        var temp = Directory.CreateTempSubdirectory("scorecard-pdf-");
        try
        {
            var htmlPath = Path.Combine(temp.FullName, html.Name);
            var pdfPath = Path.Combine(temp.FullName, "report.pdf");
            File.WriteAllBytes(htmlPath, html.Content);
            var problems = printer.PrintAsync(htmlPath, pdfPath).GetAwaiter().GetResult();
            diagnostics.AddRange(problems);
            return problems.Any(p => p.IsError) || !File.Exists(pdfPath) ? null : File.ReadAllBytes(pdfPath);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
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
            if (format != "pdf" && !Configuration.ScorecardConfig.AllFormats.Contains(format))
            {
                diagnostics.Error(CliMessages.Usage, SourceLocation.None, $"--format \"{part}\" is not one of html, md, json, xlsx, pdf.");
            }
            else if (!formats.Contains(format))
            {
                formats.Add(format);
            }
        }

        if (formats.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(CliMessages.Usage, SourceLocation.None, $"--format \"{text}\" names no file to write; give one or more of html, md, json, xlsx, pdf, comma-separated.");
        }

        return formats;
    }
}

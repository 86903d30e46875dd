using Scorecard.Cli.Configuration;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Evaluation;
using Scorecard.Rendering;
using Scorecard.Rendering.Json;
using Scorecard.Rendering.Workbook;

namespace Scorecard.Cli.Commands;

/// <summary>One render's outcome: the files to write as one set, or the problems that stopped it.</summary>
/// <param name="Diagnostics">Every problem and warning of this render, the loading's included.</param>
/// <param name="Folder">The output folder, or null when the render stopped before it was known.</param>
/// <param name="Files">The files to write (none when the render failed).</param>
/// <param name="Report">The HTML and Markdown report in memory, or null when they were not rendered.</param>
/// <param name="Evaluation">The evaluated quarter, or null when the inputs could not be loaded.</param>
/// <param name="Reloaded">Whether the configuration, data and peer figures were read for this render (false: the last ones were reused).</param>
internal sealed record RenderAttempt(
    DiagnosticBag Diagnostics,
    string? Folder,
    IReadOnlyList<OutputFile> Files,
    RenderedReport? Report,
    ScorecardEvaluation? Evaluation,
    bool Reloaded)
{
    public bool Succeeded => !Diagnostics.HasErrors && Folder is not null;
}

/// <summary>
/// Renders the report, once (<c>render</c>) or again and again (<c>render --watch</c>). The
/// configuration, data and peer figures are read and evaluated only when asked to reload; a
/// render after a template or commentary save reuses them (and the JSON and workbook made from
/// them), so it takes a fraction of a second. Nothing here writes a file.
/// </summary>
internal sealed class RenderSession
{
    private readonly CommandContext _context;
    private readonly CommonArguments _common;
    private readonly RenderArguments _arguments;
    private readonly List<string>? _requested;
    private readonly NodaTime.LocalDate? _meeting;
    private readonly IReadOnlyList<Diagnostic> _problems;

    private Loaded? _loaded;
    private string? _json;
    private (string Key, byte[] Bytes)? _workbook;
    private ChromiumPdfPrinter? _printer;

    private sealed record Loaded(RunInputs Inputs, ScorecardEvaluation Evaluation, IReadOnlyList<Diagnostic> Diagnostics);

    private RenderSession(CommandContext context, CommonArguments common, RenderArguments arguments, List<string>? requested, NodaTime.LocalDate? meeting, IReadOnlyList<Diagnostic> problems)
    {
        _problems = problems;
        _context = context;
        _common = common;
        _arguments = arguments;
        _requested = requested;
        _meeting = meeting;
    }

    /// <summary>The configuration as last read (even one with errors, which still names its files); null before the first read or when it was not JSON.</summary>
    public ScorecardConfig? Config { get; private set; }

    /// <summary>Problems in the command line's own values (--format, --meeting): every render fails with them.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems;

    /// <summary>A session for the command line's values; their problems (<see cref="Problems"/>) are reported with the inputs' at the first render.</summary>
    public static RenderSession Start(CommandContext context, CommonArguments common, RenderArguments arguments)
    {
        var problems = new DiagnosticBag();
        var requested = ParseFormats(arguments.Formats, problems);
        var meeting = arguments.Meeting is { } m ? InputLoader.ParseDate(m) : null;
        if (arguments.Meeting is not null && meeting is null)
        {
            problems.Error(CliMessages.Usage, SourceLocation.None, $"--meeting \"{arguments.Meeting}\" is not a date; write it as YYYY-MM-DD, e.g. 2019-12-19.");
        }

        // The first report (or workbook) a process makes costs about twice the next (compiling,
        // first use): the second core pays that now, while the first reads and evaluates the
        // data, for the report when it is rendered (the longest path), else for the workbook.
        // scorecard.xlsx is then written on the second core while the report renders.
        if (ReportWarmUp.Wanted(requested, arguments.Serve))
        {
            ReportWarmUp.Start();
        }
        else if (WorkbookWarmUp.Wanted(requested, arguments.Serve))
        {
            WorkbookWarmUp.Start();
        }

        return new RenderSession(context, common, arguments, requested, meeting, problems.Items);
    }

    /// <summary>The output folder: --out, else the configuration's (else ./out).</summary>
    public string OutputFolder(ScorecardConfig? config) =>
        _arguments.Out is { } o ? Path.GetFullPath(Path.Combine(_context.WorkingDirectory, o))
        : config?.Output.Folder ?? Path.GetFullPath(Path.Combine(_context.WorkingDirectory, "out"));

    /// <summary>The template folder: --templates, else the configuration's; null for the built-in templates.</summary>
    public string? TemplateFolder(ScorecardConfig? config) =>
        _arguments.Templates is { } t ? Path.GetFullPath(Path.Combine(_context.WorkingDirectory, t)) : config?.Output.Templates;

    /// <summary>Whether the configuration asks for a PDF that watching leaves out (--watch prints it only when the command line asks).</summary>
    public bool LeavesOutConfiguredPdf(ScorecardConfig config) =>
        _arguments.Watch && !_arguments.Pdf && _requested is null && config.Output.Pdf;

    /// <param name="reload">Read the configuration, data and peer figures again; false reuses the last ones when they were read without error.</param>
    public RenderAttempt Attempt(bool reload)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(_problems);
        var reloaded = reload || _loaded is null;
        if (reloaded)
        {
            _loaded = null;
            _json = null;
            _workbook = null;
            var loading = new DiagnosticBag();
            var evaluated = EvaluateCommand.Evaluate(_context, _common, loading, out var read);
            Config = read ?? Config;
            diagnostics.AddRange(loading.Items);
            if (diagnostics.HasErrors || evaluated is not { } e)
            {
                return new RenderAttempt(diagnostics, null, [], null, null, reloaded);
            }

            _loaded = new Loaded(e.Inputs, e.Evaluation, loading.Items.ToList());
        }
        else
        {
            diagnostics.AddRange(_loaded!.Diagnostics);
        }

        var inputs = _loaded.Inputs;
        var evaluation = _loaded.Evaluation;
        var config = inputs.Config;
        InputChecks.Meeting(_meeting ?? config.Meeting, evaluation.Quarter, _meeting is not null ? SourceLocation.None : config.Where("meeting"), diagnostics);
        var folder = OutputFolder(config);
        var templateFolder = TemplateFolder(config);
        if (templateFolder is not null && !Directory.Exists(templateFolder))
        {
            diagnostics.Error(CliMessages.MissingFolder, SourceLocation.None, CliMessages.MissingFolderText("template folder", templateFolder));
        }

        // --format says exactly which files to write: it overrides the configuration's formats and
        // its pdf setting. Without it, a configured (or --pdf) PDF comes with its HTML. Watching
        // prints the PDF only when the command line asks: it takes seconds, after every save.
        var wantPdf = _arguments.Pdf || (_requested is null ? config.Output.Pdf && !_arguments.Watch : _requested.Contains("pdf"));
        List<string> formats = [.. (_requested ?? [.. config.Output.Formats]).Where(f => f != "pdf")];
        if (wantPdf && _requested is null && !formats.Contains("html"))
        {
            formats.Add("html");
        }

        if (wantPdf && _printer is null)
        {
            var found = ChromiumPdfPrinter.Create();
            diagnostics.AddRange(found.Diagnostics);
            _printer = found.Value;
        }

        var measureIds = evaluation.Measures.Select(r => r.Measure.Id).ToList();
        var commentary = Commentary.Load(config.Data.Commentary, measureIds, evaluation.Quarter);
        diagnostics.AddRange(commentary.Diagnostics);
        if (diagnostics.HasErrors)
        {
            return new RenderAttempt(diagnostics, folder, [], null, evaluation, reloaded);
        }

        // The workbook marks the measures that have commentary and carries the minute it was made:
        // made again when either differs from the last one made from this evaluation. It is
        // written on another core while the report renders.
        (string Key, Task<byte[]> Bytes)? workbook = formats.Contains("xlsx") ? WorkbookFor(inputs, evaluation, commentary.Value ?? Commentary.None) : null;

        var files = new List<OutputFile>();
        OutputFile? htmlForPdf = null;
        RenderedReport? rendered = null;
        if (formats.Contains("html") || formats.Contains("md") || wantPdf || _arguments.Serve)
        {
            var info = new ReportInfo(
                config.Office,
                config.Force,
                config.Commissioner,
                _meeting ?? config.Meeting,
                config.Plan,
                config.Priorities.Select(p => new PriorityHeading(p.Number, p.Title)).ToList(),
                config.PeerGroup,
                config.Title,
                config.Panel,
                config.CommissionerTitle,
                config.Logo,
                config.Palette);
            var result = new ReportRenderer(templateFolder, _context.Clock).Render(evaluation, inputs.Data, info, commentary.Value ?? Commentary.None);
            // The HTML and Markdown reports share templates (the sentences): a mistake in one is said once.
            diagnostics.AddRange(result.Diagnostics.Distinct());
            if (result.Value is { } report)
            {
                rendered = report;
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
            _json ??= EvaluationJson.Write(evaluation, ScorecardApp.Version);
            files.Add(new OutputFile("evaluation.json", _json));
        }

        if (workbook is { } made)
        {
            _workbook = (made.Key, made.Bytes.GetAwaiter().GetResult());
            files.Add(new OutputFile("scorecard.xlsx", _workbook.Value.Bytes));
        }

        if (_printer is not null && wantPdf && !diagnostics.HasErrors && htmlForPdf is { } html)
        {
            var pdf = PrintPdf(_printer, html, diagnostics);
            if (pdf is not null)
            {
                files.Add(new OutputFile("report.pdf", pdf));
            }
        }

        return diagnostics.HasErrors
            ? new RenderAttempt(diagnostics, folder, [], null, evaluation, reloaded)
            : new RenderAttempt(diagnostics, folder, files, rendered, evaluation, reloaded);
    }

    /// <summary>
    /// The scorecard workbook for this evaluation and commentary, with its key (the minute it is
    /// made and the measures with commentary): the last one when its key is the same, else one
    /// being written on another core (after its warm-up, <see cref="WorkbookWarmUp"/>, if that was started).
    /// </summary>
    private (string Key, Task<byte[]> Bytes) WorkbookFor(RunInputs inputs, ScorecardEvaluation evaluation, Commentary commentary)
    {
        var config = inputs.Config;
        var withCommentary = commentary.Measures.Keys.Order(StringComparer.Ordinal).ToList();
        var minute = _context.Clock.GetCurrentInstant().ToUnixTimeSeconds() / 60;
        var key = string.Join('\n', [minute.ToString(System.Globalization.CultureInfo.InvariantCulture), .. withCommentary]);
        if (_workbook is { } made && made.Key == key)
        {
            return (key, Task.FromResult(made.Bytes));
        }

        var workbookInfo = new WorkbookInfo(
            config.Office,
            ScorecardApp.Version,
            config.Priorities.ToDictionary(p => p.Number, p => p.Title),
            config.Palette,
            config.Title)
        {
            MeasuresWithCommentary = [.. withCommentary],
        };
        var clock = _context.Clock;
        var bytes = WorkbookWarmUp.Running.ContinueWith(
            _ =>
            {
                using var stream = new MemoryStream();
                ScorecardWorkbook.Write(evaluation, inputs.Data, workbookInfo, clock, stream);
                return stream.ToArray();
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
        return (key, bytes);
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
            if (format != "pdf" && !ScorecardConfig.AllFormats.Contains(format))
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

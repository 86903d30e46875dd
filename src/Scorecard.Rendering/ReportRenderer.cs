using NodaTime;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Series;
using Scorecard.Rendering.Model;
using Scorecard.Rendering.Safety;
using Scorecard.Rendering.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Scorecard.Rendering;

/// <summary>The rendered report, in memory: nothing is written until <see cref="OutputWriter"/> writes it.</summary>
/// <param name="Warnings">Things the office should fix but that do not stop the report (SC05xx).</param>
public sealed record RenderedReport(string Html, string Markdown, IReadOnlyList<Diagnostic> Warnings);

/// <summary>
/// Renders the quarterly panel report (HTML and Markdown) from an evaluated quarter, through the
/// Scriban templates: an analyst's template folder first, the built-in templates for anything it lacks.
/// </summary>
public sealed class ReportRenderer
{
    public const string HtmlTemplate = "report.html.sbn";
    public const string MarkdownTemplate = "report.md.sbn";

    private readonly string? _templateFolder;
    private readonly IClock _clock;

    /// <param name="templateFolder">The analyst's templates; null for the built-in templates only.</param>
    /// <param name="clock">The "generated on" date comes from here (tests use a fixed clock).</param>
    public ReportRenderer(string? templateFolder, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _templateFolder = templateFolder;
        _clock = clock;
    }

    public Result<RenderedReport> Render(ScorecardEvaluation evaluation, MeasureData data, ReportInfo info, Commentary commentary)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(commentary);

        if (RenderingDiagnostics.RuleSetsNotRendered(evaluation.RuleSets) is { } unknown)
        {
            return new Result<RenderedReport>(null, [unknown]);
        }

        if (_templateFolder is not null && !Directory.Exists(_templateFolder))
        {
            return new Result<RenderedReport>(null, [RenderingDiagnostics.TemplateFolderNotFound(_templateFolder)]);
        }

        var files = new TemplateFiles(_templateFolder);
        if (files.CheckFolder() is { } unreadable)
        {
            return new Result<RenderedReport>(null, [unreadable]);
        }

        var builder = new ReportModelBuilder(evaluation, data, info, commentary, _clock);
        var model = builder.Build();

        var images = new TemplateImages(files);
        var html = RenderOne(files, HtmlTemplate, OutputEscaping.Html, model, images);
        var markdown = RenderOne(files, MarkdownTemplate, OutputEscaping.Markdown, model, images);
        var warnings = builder.Warnings.Concat(files.Warnings).ToList();
        var errors = images.Errors.Concat(html.Diagnostics).Concat(markdown.Diagnostics).ToList();
        if (html.Value is { } htmlText && markdown.Value is { } markdownText && images.Errors.Count == 0)
        {
            // The final check, on a report that would be written: an image refused at its
            // template line is not reported a second time at the output's.
            errors.AddRange(LinkGuard.CheckHtml(htmlText, "report.html"));
            errors.AddRange(LinkGuard.CheckMarkdown(markdownText, "report.md"));
        }

        if (errors.Count > 0 || html.Value is null || markdown.Value is null)
        {
            return new Result<RenderedReport>(null, [.. errors, .. warnings]);
        }

        return new Result<RenderedReport>(new RenderedReport(html.Value, markdown.Value, warnings), warnings);
    }

    /// <summary>
    /// Renders one root template, then its contents list (<see cref="ContentsList"/>) from the
    /// headings it rendered; every syntax or runtime error becomes an SC03xx diagnostic with file,
    /// line and column. The local images the templates name are embedded by <paramref name="images"/>,
    /// which collects its own errors.
    /// </summary>
    internal static Result<string> RenderOne(TemplateFiles files, string name, OutputEscaping escaping, ReportModel model, TemplateImages images)
    {
        var page = Render(files, name, escaping, model, null, images);
        if (page.Value is not { } text || !text.Contains(ContentsList.Marker, StringComparison.Ordinal))
        {
            return page;
        }

        var entries = escaping == OutputEscaping.Html ? ContentsList.FromHtml(text) : ContentsList.FromMarkdown(text);
        var contents = Render(files, escaping == OutputEscaping.Html ? "_contents.html.sbn" : "_contents.md.sbn", escaping, model, entries, images);
        return contents.Value is { } list
            ? new Result<string>(text.Replace(ContentsList.Marker, list.TrimEnd('\n'), StringComparison.Ordinal), [])
            : contents;
    }

    private static Result<string> Render(TemplateFiles files, string name, OutputEscaping escaping, ReportModel model, IReadOnlyList<ContentsEntry>? contents, TemplateImages images)
    {
        var path = files.Resolve(name, out var unusable);
        if (unusable is not null)
        {
            return new Result<string>(null, [Diagnostic.Error(RenderingDiagnostics.TemplateUnusable, SourceLocation.InFile(name), unusable)]);
        }

        if (path is null)
        {
            return new Result<string>(null, [Diagnostic.Error(RenderingDiagnostics.TemplateNotFound, SourceLocation.InFile(name),
                $"the template {name} was not found in the template folder or the built-in templates.")]);
        }

        if (files.Read(path, out var problem) is not { } source)
        {
            return new Result<string>(null, [Diagnostic.Error(RenderingDiagnostics.TemplateUnusable, SourceLocation.InFile(path), problem!)]);
        }

        var (template, syntaxErrors) = TemplateParser.Parse(source, path);
        if (syntaxErrors.Count > 0)
        {
            return new Result<string>(null, syntaxErrors);
        }

        images.Embed(template, path);
        var context = new ReportTemplateContext(escaping, files, images);
        context.PushGlobal(Helpers.Globals(model, context, contents));
        try
        {
            var text = template.Render(context);
            if (text.Length > context.OutputLimit)
            {
                // Scriban stops writing at the limit and ends the text with "..."; a report cut
                // short must never be written as if it were whole.
                return new Result<string>(null, [Diagnostic.Error(RenderingDiagnostics.TemplateOutputTooLarge, SourceLocation.InFile(path),
                    $"the template wrote more than {Files.InputFile.Size(context.OutputLimit ?? 0)} of {(escaping == OutputEscaping.Html ? "HTML" : "Markdown")}, the most a report may be, so it was stopped. A loop in the template probably runs away (check its for and while loops).")]);
            }

            return new Result<string>(text.ReplaceLineEndings("\n"), []);
        }
        catch (ScriptParserRuntimeException e)
        {
            // An included template that does not parse: parse it again here, so that an unclosed
            // block is reported at its opening tag rather than at the end of the file.
            var included = e.ParserMessages.Select(m => m.Span.FileName).FirstOrDefault(f => f is not null && (f.StartsWith(TemplateFiles.BuiltInPrefix, StringComparison.Ordinal) || File.Exists(f)));
            var errors = included is not null && files.Read(included, out _) is { } includedSource ? TemplateParser.Parse(includedSource, included).Errors : [];
            return new Result<string>(null, errors.Count > 0 ? errors : FromMessages(e.ParserMessages, RenderingDiagnostics.TemplateSyntax));
        }
        catch (TemplateIncludeException e)
        {
            var code = e.NotFound ? RenderingDiagnostics.TemplateNotFound : RenderingDiagnostics.TemplateIncludeRejected;
            return new Result<string>(null, [Diagnostic.Error(code, Location(e.Span), e.OriginalMessage)]);
        }
        catch (ScriptRuntimeException e)
        {
            return new Result<string>(null, [Diagnostic.Error(RenderingDiagnostics.TemplateRuntime, Location(e.Span), e.OriginalMessage)]);
        }
    }

    private static List<Diagnostic> FromMessages(LogMessageBag messages, string code) =>
        messages.Where(m => m.Type == ParserMessageType.Error)
            .Select(m => Diagnostic.Error(code, Location(m.Span), m.Message))
            .ToList();

    private static SourceLocation Location(SourceSpan span) =>
        SourceLocation.AtLine(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);
}

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Cli.Preview;

/// <summary>What the preview serves: the last good report, and how the last render went.</summary>
/// <param name="Version">Changes with every render, finished or failed: an open page reloads when it differs from its own.</param>
/// <param name="Html">The last good report.html, or null before the first good render.</param>
/// <param name="Markdown">The last good report.md, or null before the first good render.</param>
/// <param name="Errors">The errors of the last render, when it failed (files named as on the console); empty when it succeeded.</param>
/// <param name="RenderedAt">When the last render finished ("14:02:11"), or null while the first is still running.</param>
internal sealed record PreviewState(string Version, string? Html, string? Markdown, IReadOnlyList<Diagnostic> Errors, string? RenderedAt)
{
    public static PreviewState Starting(string session) => new(session + "-0", null, null, [], null);
}

/// <summary>
/// The page the preview serves: the report with a small script that reloads it after each
/// render, and, when the last render failed, a banner above it listing the errors with their
/// file, line and column. Only the served page carries these: the written report.html never does.
/// </summary>
internal static partial class PreviewPage
{
    /// <summary>The address of the event stream the page listens to (server-sent events: one per render).</summary>
    public const string EventsPath = "/_scorecard/events";

    public const string BannerId = "scorecard-preview-errors";

    /// <summary>The page for <paramref name="state"/>: the last good report, or a short page of its own before there is one.</summary>
    public static string Compose(PreviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var banner = state.Errors.Count > 0 ? Banner(state.Errors, state.RenderedAt, state.Html is not null) : null;
        var script = ReloadScript(state.Version);
        if (state.Html is { } html)
        {
            return Inject(html, banner, script);
        }

        var message = state.RenderedAt is null
            ? "Rendering the report… This page shows it as soon as it is ready."
            : "There is no report to show yet: the first render failed. Fix the errors above and save; this page reloads by itself.";
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>Scorecard preview</title>\n</head>\n<body style=\"margin:0;font:16px/1.5 system-ui,sans-serif\">\n"
            + (banner ?? string.Empty)
            + "<main style=\"padding:16px\"><h1 style=\"font-size:1.25rem\">Scorecard preview</h1><p>" + message + "</p></main>\n"
            + script + "\n</body>\n</html>\n";
    }

    /// <summary>
    /// The banner: what failed and when, that the report below is the last good one, and each
    /// error with its place. Styled inline so the report's own styles cannot hide it; it stays at
    /// the top of the window while the report scrolls (a reloaded page keeps its scroll
    /// position), and it is never printed.
    /// </summary>
    public static string Banner(IReadOnlyList<Diagnostic> errors, string? at, bool lastGoodBelow)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"<div id=\"{BannerId}\" role=\"alert\" style=\"all:initial;display:block;position:sticky;top:0;z-index:2147483647;box-sizing:border-box;max-height:45vh;overflow:auto;")
            .Append("padding:12px 16px;background:#fdecea;color:#5f1412;border-bottom:4px solid #b3261e;font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif\">")
            .Append(CultureInfo.InvariantCulture, $"<style>@media print {{ #{BannerId} {{ display: none !important; }} }}</style>")
            .Append("<p style=\"margin:0 0 6px;font-weight:700\">")
            .Append(Encode(errors.Count == 1 ? "The last render failed with 1 error" : string.Create(CultureInfo.InvariantCulture, $"The last render failed with {errors.Count} errors")))
            .Append(at is null ? string.Empty : " (" + Encode(at) + ")")
            .Append(". Nothing was written")
            .Append(lastGoodBelow ? "; below is the last good report." : ".")
            .Append(" Fix it and save to render again.</p>")
            .Append("<ul style=\"margin:0;padding:0 0 0 20px\">");
        foreach (var error in errors)
        {
            text.Append("<li style=\"margin:2px 0\">");
            var rest = (error.Location with { File = null }).ToString();
            if (error.Location.File is { } file)
            {
                text.Append("<code style=\"font:600 14px ui-monospace,Menlo,Consolas,monospace\">").Append(Encode(file)).Append("</code>");
                text.Append(rest.Length > 0 ? " " + Encode(rest) : string.Empty).Append(": ");
            }
            else if (rest.Length > 0)
            {
                text.Append(Encode(rest)).Append(": ");
            }

            text.Append(Encode(error.Message)).Append(" <span style=\"opacity:.75\">(").Append(Encode(error.Code)).Append(")</span></li>");
        }

        return text.Append("</ul></div>\n").ToString();
    }

    /// <summary>Listens for the next render and reloads the page when it has happened; reconnects by itself after the server restarts.</summary>
    public static string ReloadScript(string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        if (!version.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"A preview version is letters, digits and hyphens: \"{version}\".", nameof(version));
        }

        return "<script id=\"scorecard-preview-reload\">(() => {\n"
            + $"  const version = \"{version}\";\n"
            + $"  const events = new EventSource(\"{EventsPath}\");\n"
            + "  events.onmessage = (event) => { if (event.data !== version) { events.close(); location.reload(); } };\n"
            + "})();</script>";
    }

    /// <summary>
    /// The report with the banner at the start of its body (else of the document) and the script at
    /// the end of its body (else of the document): a template may write any HTML at all.
    /// </summary>
    public static string Inject(string html, string? banner, string script)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(script);
        var end = html.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        var withScript = end >= 0 ? html.Insert(end, script + "\n") : html + "\n" + script + "\n";
        if (banner is null)
        {
            return withScript;
        }

        var body = BodyTag().Match(withScript);
        if (body.Success)
        {
            return withScript.Insert(body.Index + body.Length, "\n" + banner);
        }

        var doctype = Doctype().Match(withScript);
        return withScript.Insert(doctype.Success ? doctype.Index + doctype.Length : 0, banner);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"<body\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyTag();

    [GeneratedRegex(@"^\s*<!DOCTYPE[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Doctype();
}

using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Rendering.Safety;

/// <summary>
/// The last check before a report is written: every link in the rendered HTML and Markdown obeys
/// <see cref="LinkPolicy"/>. Values are escaped and commentary is made safe before this, so a
/// link it finds was written by a template (an analyst's <c>href="{{ … }}"</c>, say); the render
/// fails (SC0320) at the line of the output, rather than publish it.
/// </summary>
public static partial class LinkGuard
{
    /// <summary>Attributes that a browser follows or loads.</summary>
    private static readonly string[] LinkAttributes = ["href", "xlink:href", "action", "formaction"];

    private static readonly string[] SourceAttributes = ["src", "poster", "data", "background"];

    private static readonly MarkdownPipeline GitHubLike = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>An error for each link in <paramref name="html"/> the policy refuses; <paramref name="file"/> names the output.</summary>
    public static IReadOnlyList<Diagnostic> CheckHtml(string html, string file)
    {
        ArgumentNullException.ThrowIfNull(html);

        // Fast path: every place a link attribute could be (a superset of what a browser sees) holds
        // an allowed value. Only when one does not is the page parsed, to be sure and to say where.
        if (AttributeCandidates().Matches(html).All(IsAllowedCandidate))
        {
            return [];
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var problems = new List<Diagnostic>();
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                var refused = (LinkAttributes.Contains(name) && !LinkPolicy.IsAllowed(attribute.Value))
                    || (SourceAttributes.Contains(name) && !IsAllowedSource(attribute.Value));
                if (refused)
                {
                    var position = element.SourceReference?.Position;
                    problems.Add(Refused(file, position?.Line, position?.Column, attribute.Value, $"<{element.LocalName} {attribute.Name}>"));
                }
            }
        }

        return problems;
    }

    /// <summary>An error for each link in <paramref name="markdown"/> the policy refuses, as GitHub would read it.</summary>
    public static IReadOnlyList<Diagnostic> CheckMarkdown(string markdown, string file)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, GitHubLike);
        var problems = new List<Diagnostic>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case AutolinkInline auto when !auto.IsEmail && !LinkPolicy.IsAllowed(auto.Url):
                    problems.Add(Refused(file, auto.Line + 1, auto.Column + 1, auto.Url, "an autolink"));
                    break;
                case LinkInline link when !LinkPolicy.IsAllowed(link.Url):
                    problems.Add(Refused(file, link.Line + 1, link.Column + 1, link.Url ?? string.Empty, link.IsImage ? "an image" : "a link"));
                    break;
                case HtmlInline inline:
                    problems.AddRange(CheckHtml(inline.Tag, file).Select(d => d with { Location = SourceLocation.AtLine(file, inline.Line + 1, inline.Column + 1) }));
                    break;
                case HtmlBlock block:
                    problems.AddRange(CheckHtml(block.Lines.ToString(), file).Select(d => d with { Location = SourceLocation.AtLine(file, block.Line + 1) }));
                    break;
            }
        }

        return problems;
    }

    private static bool IsAllowedCandidate(Match match)
    {
        var name = match.Groups["name"].Value.ToLowerInvariant();
        var value = WebUtility.HtmlDecode(match.Groups["value"].Value.Trim('"', '\''));
        return LinkAttributes.Contains(name) ? LinkPolicy.IsAllowed(value) : IsAllowedSource(value);
    }

    /// <summary>Every "name=value" whose name is a link or source attribute, after a space, slash, quote or colon.</summary>
    [GeneratedRegex(@"[\s/""':](?<name>href|action|formaction|src|poster|data|background)\s*=\s*(?<value>""[^""]*""|'[^']*'|[^\s>]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributeCandidates();

    /// <summary>An image or other embedded source: a web address, an in-report reference or an inline image.</summary>
    private static bool IsAllowedSource(string value) =>
        LinkPolicy.IsAllowed(value) || value.TrimStart().StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);

    private static Diagnostic Refused(string file, int? line, int? column, string url, string what) =>
        Diagnostic.Error(RenderingDiagnostics.TemplateLinkRefused,
            line is { } l ? SourceLocation.AtLine(file, l, column) : SourceLocation.InFile(file),
            $"the report would link to \"{LinkPolicy.Shown(url)}\" ({what}); a report may link only to {LinkPolicy.Allowed}. The link comes from a template: check what it writes into links.");
}

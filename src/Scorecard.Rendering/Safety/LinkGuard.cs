using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Scorecard.Core.Diagnostics;
using Scorecard.Rendering.Images;

namespace Scorecard.Rendering.Safety;

/// <summary>
/// The last check before a report is written: every link in the rendered HTML and Markdown obeys
/// <see cref="LinkPolicy"/>, and nothing is loaded from outside the report: every image source
/// (<c>src</c>, <c>srcset</c>, <c>poster</c>, an SVG <c>&lt;image href&gt;</c>, <c>&lt;link href&gt;</c>,
/// a Markdown image) is a <c>data:image/…</c> URI or a <c>#</c> fragment, every CSS <c>url(…)</c>
/// and <c>image-set(…)</c> (in a <c>&lt;style&gt;</c>, a <c>style</c> attribute or an SVG paint) a
/// <c>data:</c> URI or a fragment, and there is no <c>@import</c>. Values are escaped, commentary is
/// made safe and the images a template's text names are embedded before this
/// (<see cref="Templates.TemplateImages"/>), so what it finds was made by a template's code (an
/// analyst's <c>href="{{ … }}"</c>, say); the render fails (SC0320) at the line of the output,
/// rather than publish it.
/// </summary>
public static partial class LinkGuard
{
    /// <summary>Attributes that a browser follows or loads.</summary>
    private static readonly string[] LinkAttributes = ["href", "xlink:href", "action", "formaction"];

    private static readonly string[] SourceAttributes = ["src", "poster", "data", "background"];

    /// <summary>Elements whose <c>href</c> loads something into the page rather than linking away from it.</summary>
    private static readonly string[] LoadingElements = ["link", "image", "feimage", "use", "script"];

    /// <summary>SVG attributes that take a CSS <c>url(…)</c> (a gradient, a pattern, a filter).</summary>
    private static readonly string[] PaintAttributes = ["fill", "stroke", "filter", "clip-path", "mask", "marker-start", "marker-mid", "marker-end", "cursor"];

    private static readonly MarkdownPipeline GitHubLike = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>An error for each link in <paramref name="html"/> the policy refuses, and each thing it would load from outside itself; <paramref name="file"/> names the output.</summary>
    public static IReadOnlyList<Diagnostic> CheckHtml(string html, string file)
    {
        ArgumentNullException.ThrowIfNull(html);

        // Fast path: every place a link or a source could be (a superset of what a browser sees)
        // holds an allowed value. Only when one does not is the page parsed, to be sure and to say
        // where. (image-set's strings may be written with &quot; in an attribute: always parsed.)
        if (AttributeCandidates().Matches(html).All(IsAllowedCandidate)
            && !LoadingElementCandidate().IsMatch(html)
            && !html.Contains("image-set(", StringComparison.OrdinalIgnoreCase)
            && ImageReferences.Css(html).All(r => IsAllowedInCss(r)))
        {
            return [];
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var problems = new List<Diagnostic>();
        foreach (var element in document.All)
        {
            var position = element.SourceReference?.Position;
            var tag = element.LocalName.ToLowerInvariant();
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                var loads = SourceAttributes.Contains(name) || (LoadingElements.Contains(tag) && name is "href" or "xlink:href");
                if (loads && !IsAllowedSource(attribute.Value))
                {
                    problems.Add(Loaded(file, position?.Line, position?.Column, attribute.Value, $"<{element.LocalName} {attribute.Name}>"));
                }
                else if (!loads && LinkAttributes.Contains(name) && !LinkPolicy.IsAllowed(attribute.Value))
                {
                    problems.Add(Refused(file, position?.Line, position?.Column, attribute.Value, $"<{element.LocalName} {attribute.Name}>"));
                }
                else if (name == "srcset")
                {
                    problems.AddRange(ImageReferences.Srcset(attribute.Value).Where(c => !IsAllowedSource(c.Url))
                        .Select(c => Loaded(file, position?.Line, position?.Column, c.Url, $"<{element.LocalName} srcset>")));
                }
                else if (name == "style" || PaintAttributes.Contains(name))
                {
                    problems.AddRange(ImageReferences.Css(attribute.Value).Where(r => !IsAllowedInCss(r))
                        .Select(r => Loaded(file, position?.Line, position?.Column, r.Url, InCss(r, $"<{element.LocalName} {attribute.Name}>"))));
                }
            }

            if (tag == "style")
            {
                problems.AddRange(CheckStylesheet(html, element.TextContent, position?.Position, file, position?.Line));
            }
        }

        return problems;
    }

    /// <summary>The CSS of a &lt;style&gt; element, each problem at its own line of the output when it can be found there.</summary>
    private static IEnumerable<Diagnostic> CheckStylesheet(string html, string css, int? elementPosition, string file, int? elementLine)
    {
        // AngleSharp counts positions from 1; the element's text starts after its start tag.
        var contentStart = elementPosition is { } p && p >= 1 && html.IndexOf('>', p - 1) is var close and >= 0 ? close + 1 : -1;
        foreach (var reference in ImageReferences.Css(css).Where(r => !IsAllowedInCss(r)))
        {
            var at = contentStart + reference.Start;
            var found = contentStart >= 0 && at + reference.Length <= html.Length
                && string.CompareOrdinal(html, at, css, reference.Start, reference.Length) == 0;
            (int? Line, int? Column) place = found ? ImageReferences.LineAndColumn(html, at) : (elementLine, null);
            yield return Loaded(file, place.Line, place.Column, reference.Url, InCss(reference, "<style>"));
        }
    }

    private static string InCss(ImageReference reference, string where) =>
        reference.Kind == ReferenceKind.CssImport ? $"@import in {where}" : $"url(…) in {where}";

    /// <summary>In CSS, any data: URI (an image, a font) or a fragment (an SVG gradient); never @import.</summary>
    private static bool IsAllowedInCss(ImageReference reference) =>
        reference.Kind != ReferenceKind.CssImport && reference.Target is ReferenceTarget.Inside or ReferenceTarget.Inline;

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
                case LinkInline { IsImage: true } image when !IsAllowedSource(image.Url ?? string.Empty):
                    problems.Add(Loaded(file, image.Line + 1, image.Column + 1, image.Url ?? string.Empty, "an image"));
                    break;
                case LinkInline { IsImage: false } link when !LinkPolicy.IsAllowed(link.Url):
                    problems.Add(Refused(file, link.Line + 1, link.Column + 1, link.Url ?? string.Empty, "a link"));
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
        return name == "srcset" ? ImageReferences.Srcset(value).All(c => IsAllowedSource(c.Url))
            : LinkAttributes.Contains(name) ? LinkPolicy.IsAllowed(value)
            : IsAllowedSource(value);
    }

    /// <summary>Every "name=value" whose name is a link or source attribute, after a space, slash, quote or colon.</summary>
    [GeneratedRegex(@"[\s/""':](?<name>href|action|formaction|src|srcset|poster|data|background)\s*=\s*(?<value>""[^""]*""|'[^']*'|[^\s>]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributeCandidates();

    /// <summary>An element whose href loads rather than links (&lt;link&gt;, SVG &lt;image&gt;, …): the page is then parsed.</summary>
    [GeneratedRegex(@"<(?:link|image|feimage|use|script)[\s/>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoadingElementCandidate();

    /// <summary>Something the page loads (an image, a script): only an inline image or a place in the page, never a file or a web address.</summary>
    private static bool IsAllowedSource(string value) => ImageReferences.TargetOf(value) switch
    {
        ReferenceTarget.Inside => true,
        ReferenceTarget.Inline => value.Trim().StartsWith("data:image/", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static Diagnostic Loaded(string file, int? line, int? column, string url, string what) =>
        Diagnostic.Error(RenderingDiagnostics.TemplateLinkRefused,
            line is { } l ? SourceLocation.AtLine(file, l, column) : SourceLocation.InFile(file),
            $"the report would load \"{LinkPolicy.Shown(url)}\" ({what}) from outside itself, and a report must be one self-contained file. An image named in a template's text (src=\"crest.png\", url(crest.png)) is embedded for you; one a template's code makes ({{{{ … }}}}) is not: name the file in the template's text, or use report.logo.");

    private static Diagnostic Refused(string file, int? line, int? column, string url, string what) =>
        Diagnostic.Error(RenderingDiagnostics.TemplateLinkRefused,
            line is { } l ? SourceLocation.AtLine(file, l, column) : SourceLocation.InFile(file),
            $"the report would link to \"{LinkPolicy.Shown(url)}\" ({what}); a report may link only to {LinkPolicy.Allowed}. The link comes from a template: check what it writes into links.");
}

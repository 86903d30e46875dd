using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Scorecard.Rendering.Safety;

namespace Scorecard.Rendering.Tests.Safety;

/// <summary>What a browser or a Markdown reader would make of a rendered report: its live links and scripts.</summary>
internal static class Live
{
    /// <summary>Every href, src or action value in the HTML, as a browser reads them.</summary>
    public static IReadOnlyList<string> HtmlLinks(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return document.All
            .SelectMany(e => e.Attributes)
            .Where(a => a.Name is "href" or "xlink:href" or "src" or "action" or "formaction")
            .Select(a => a.Value)
            .ToList();
    }

    /// <summary>The links and scripts a browser would run: script elements, on* handlers, and links the policy refuses.</summary>
    public static IReadOnlyList<string> HtmlDangers(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var dangers = new List<string>();
        dangers.AddRange(document.QuerySelectorAll("script, iframe, object, embed").Select(e => "<" + e.LocalName + ">"));
        dangers.AddRange(document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => a.Name + "=" + a.Value));
        dangers.AddRange(HtmlLinks(html).Where(l => !LinkPolicy.IsAllowed(l) && !l.StartsWith("data:image/", StringComparison.Ordinal)));
        return dangers;
    }

    /// <summary>Every link a Markdown reader (GitHub-like) makes of the text, and its raw HTML tags.</summary>
    public static IReadOnlyList<string> MarkdownLinks(string markdown)
    {
        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var links = new List<string>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case AutolinkInline auto:
                    links.Add(auto.Url);
                    break;
                case LinkInline link:
                    links.Add(link.Url ?? string.Empty);
                    break;
                case HtmlInline inline when inline.Tag != "<br>":
                    links.Add(inline.Tag);
                    break;
                case Markdig.Syntax.HtmlBlock block:
                    links.Add(block.Lines.ToString());
                    break;
            }
        }

        return links;
    }
}

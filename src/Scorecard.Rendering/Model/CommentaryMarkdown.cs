using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Scorecard.Rendering.Safety;

namespace Scorecard.Rendering.Model;

/// <summary>One top-level block of commentary, rendered: a paragraph (numbered in the report), a list, a quote, a table.</summary>
internal sealed record CommentaryBlock(bool IsParagraph, string Html, MarkdownText Markdown);

/// <summary>
/// Renders the office's Markdown made safe by <see cref="SafeMarkdown.Sanitize"/>: raw HTML
/// shown as text, images turned into plain links (the report makes no network requests), and
/// links other than http(s), mailto and in-page anchors (inline, reference or autolinks) shown
/// as their text, in the HTML and the Markdown alike.
/// </summary>
internal static class CommentaryMarkdown
{
    private static readonly MarkdownPipeline Pipeline = SafeMarkdown.Pipeline;

    public static IReadOnlyList<CommentaryBlock> Blocks(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = SafeMarkdown.Sanitize(markdown);
        var document = Markdown.Parse(text, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.IsImage = false;
            if (!LinkPolicy.IsAllowed(link.Url))
            {
                link.Url = "#"; // not reached after Sanitize; kept so no path can emit a live link
            }
        }

        foreach (var auto in document.Descendants<AutolinkInline>().Where(a => !a.IsEmail && !LinkPolicy.IsAllowed(a.Url)).ToList())
        {
            auto.ReplaceBy(new LiteralInline(auto.Url));
        }

        var blocks = new List<CommentaryBlock>();
        foreach (var block in document)
        {
            if (block is LinkReferenceDefinitionGroup)
            {
                continue;
            }

            using var writer = new StringWriter { NewLine = "\n" };
            var renderer = new HtmlRenderer(writer);
            Pipeline.Setup(renderer);
            renderer.Render(block);
            writer.Flush();
            var source = block.Span.Length > 0 && block.Span.End < text.Length + 1
                ? text.Substring(block.Span.Start, Math.Min(block.Span.Length, text.Length - block.Span.Start))
                : string.Empty;
            blocks.Add(new CommentaryBlock(block is ParagraphBlock, writer.ToString().TrimEnd('\n'), new MarkdownText(Closed(block, source.TrimEnd(), text))));
        }

        return blocks;
    }

    /// <summary>Renders a whole Markdown text to HTML (raw HTML disabled).</summary>
    public static string ToHtml(string markdown) =>
        string.Join("\n", Blocks(markdown).Select(b => b.Html));

    /// <summary>
    /// A code fence the office left open runs to the end of its file; in report.md it would run on
    /// over the rest of the report, so it is closed.
    /// </summary>
    private static string Closed(Block block, string source, string text)
    {
        if (block is not FencedCodeBlock fenced || fenced.OpeningFencedCharCount == 0 || fenced.ClosingFencedCharCount >= fenced.OpeningFencedCharCount)
        {
            return source;
        }

        // An open fence's span covers only its first line; its code runs to the end of the text.
        var fence = new string(fenced.FencedChar, fenced.OpeningFencedCharCount);
        return text[block.Span.Start..].TrimEnd() + "\n" + fence;
    }
}

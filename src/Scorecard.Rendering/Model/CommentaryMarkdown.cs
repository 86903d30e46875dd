using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Scorecard.Rendering.Model;

/// <summary>One top-level block of commentary, rendered: a paragraph (numbered in the report), a list, a quote, a table.</summary>
internal sealed record CommentaryBlock(bool IsParagraph, string Html, string Markdown);

/// <summary>
/// Renders the office's Markdown with raw HTML disabled (it is shown as text), images turned
/// into plain links (the report makes no network requests), and links other than http(s),
/// mailto and in-page anchors neutralised.
/// </summary>
internal static class CommentaryMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .DisableHtml()
        .Build();

    public static IReadOnlyList<CommentaryBlock> Blocks(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = markdown.ReplaceLineEndings("\n");
        var document = Markdown.Parse(text, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.IsImage = false;
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
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
            blocks.Add(new CommentaryBlock(block is ParagraphBlock, writer.ToString().TrimEnd('\n'), EscapeMarkdownHtml(source.TrimEnd())));
        }

        return blocks;
    }

    /// <summary>Renders a whole Markdown text to HTML (raw HTML disabled).</summary>
    public static string ToHtml(string markdown) =>
        string.Join("\n", Blocks(markdown).Select(b => b.Html));

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        if (url.StartsWith('#'))
        {
            return true;
        }

        return url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Markdown source for report.md: raw HTML shown as text, as in the HTML report.</summary>
    internal static string EscapeMarkdownHtml(string source) =>
        source.Replace("<", "&lt;", StringComparison.Ordinal);
}

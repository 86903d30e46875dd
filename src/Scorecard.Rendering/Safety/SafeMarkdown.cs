using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Scorecard.Rendering.Safety;

/// <summary>Something in the office's Markdown the report will not show as written, at a 1-based line.</summary>
/// <param name="IsError">True when the text cannot be used at all (nested too deeply to read).</param>
public sealed record MarkdownProblem(int Line, bool IsError, string Message);

/// <summary>
/// Makes the office's Markdown safe to publish, at the level of its source, so the HTML and the
/// Markdown report get the same text: links other than <see cref="LinkPolicy.Allowed"/> (inline,
/// reference or autolink, any case) become their plain text, images become links (the report
/// makes no network requests), and raw HTML is escaped so it shows as text. Also refuses
/// Markdown nested too deeply to read quickly: Markdig stops at about 64 levels, and a list nested
/// a few thousand levels takes it minutes.
/// </summary>
public static class SafeMarkdown
{
    /// <summary>The deepest nesting of quotes and lists (or a run of emphasis marks) read; real commentary uses 3 or 4.</summary>
    public const int MaximumNesting = 32;

    /// <summary>The pipeline the commentary is read with: GitHub's tables, emphasis, autolinks and lists; raw HTML off.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .DisableHtml()
        .Build();

    /// <summary>
    /// Every problem in <paramref name="markdown"/>: nesting too deep to read (errors, and then
    /// nothing else is checked), and each link that will be shown as plain text (warnings).
    /// </summary>
    public static IReadOnlyList<MarkdownProblem> Inspect(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = markdown.ReplaceLineEndings("\n");
        if (TooDeep(text) is { } deep)
        {
            return [deep];
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
            Markdown.ToHtml(document, Pipeline); // Markdig also checks nesting while it writes
        }
        catch (ArgumentException e) when (e.Source == "Markdig")
        {
            return [new MarkdownProblem(1, true, $"the Markdown is nested too deeply to read ({e.Message.TrimEnd('.')}); simplify its quotes, lists and emphasis.")];
        }

        var problems = new List<MarkdownProblem>();
        foreach (var (line, url, what) in UnsafeLinks(document))
        {
            problems.Add(new MarkdownProblem(line, false,
                $"the {what} to \"{LinkPolicy.Shown(url)}\" is shown as plain text: a report links only to {LinkPolicy.Allowed}."));
        }

        return problems;
    }

    /// <summary>
    /// The Markdown with every link that <see cref="LinkPolicy"/> refuses turned into its text,
    /// images turned into links, and raw HTML escaped (<c>&lt;b&gt;</c> shows as typed). Code
    /// spans and code blocks are left as they are. Applying it twice changes nothing more.
    /// </summary>
    public static string Sanitize(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        // A link turned into its text may hold raw HTML or an autolink of its own: go again until
        // nothing changes (two passes for real text).
        var text = markdown.ReplaceLineEndings("\n");
        for (var pass = 0; pass < 8; pass++)
        {
            var next = SanitizeOnce(text);
            if (next == text)
            {
                break;
            }

            text = next;
        }

        return text;
    }

    private static string SanitizeOnce(string text)
    {
        if (TooDeep(text) is not null)
        {
            return EscapeAll(text);
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e) when (e.Source == "Markdig")
        {
            return EscapeAll(text);
        }

        var edits = new List<Edit>();
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case AutolinkInline auto when !auto.IsEmail && !LinkPolicy.IsAllowed(auto.Url):
                    edits.Add(new Edit(auto.Span.Start, 0, "\\"));
                    break;
                case LinkInline { IsAutoLink: true } auto when !LinkPolicy.IsAllowed(auto.Url):
                    // "ftp://host" found by the autolink extension: break its "://" so it stays text.
                    var colon = text.IndexOf(':', auto.Span.Start, Math.Max(0, auto.Span.Length));
                    if (colon >= 0)
                    {
                        edits.Add(new Edit(colon, 0, "\\"));
                    }

                    break;
                case LinkInline link when !link.IsAutoLink && !LinkPolicy.IsAllowed(link.Url):
                    edits.Add(new Edit(link.Span.Start, link.Span.Length, LabelSource(text, link)));
                    break;
                case LinkInline { IsImage: true, IsAutoLink: false } image:
                    edits.Add(new Edit(image.Span.Start, 1, string.Empty)); // "![alt](url)" → "[alt](url)"
                    break;
                case LiteralInline literal when literal.Span.Length > 0:
                    for (var i = literal.Span.Start; i <= literal.Span.End && i < text.Length; i++)
                    {
                        if (text[i] == '<' && !Escaped(text, i))
                        {
                            edits.Add(new Edit(i, 0, "\\"));
                        }
                    }

                    break;
            }
        }

        return Apply(text, edits);
    }

    /// <summary>Each link in <paramref name="document"/> that the policy refuses: its 1-based line, URL and kind.</summary>
    internal static IEnumerable<(int Line, string Url, string What)> UnsafeLinks(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case AutolinkInline auto when !auto.IsEmail && !LinkPolicy.IsAllowed(auto.Url):
                    yield return (auto.Line + 1, auto.Url, "link");
                    break;
                case LinkInline link when !LinkPolicy.IsAllowed(link.Url):
                    yield return (link.Line + 1, link.Url ?? string.Empty, link.IsImage ? "image" : "link");
                    break;
            }
        }
    }

    /// <summary>The first line nested more than <see cref="MaximumNesting"/> deep, as an error; null when none is.</summary>
    internal static MarkdownProblem? TooDeep(string text)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            var depth = ContainerDepth(line);
            if (depth > MaximumNesting)
            {
                return new MarkdownProblem(lineNumber, true,
                    $"quotes and lists are nested about {depth} deep here; the report reads at most {MaximumNesting} levels. Simplify the nesting.");
            }

            if (LongestMarkRun(line) is var run && run > MaximumNesting * 2)
            {
                return new MarkdownProblem(lineNumber, true,
                    $"{run} emphasis marks (* _ ~) in a row nest emphasis too deeply to read; the report reads at most {MaximumNesting * 2}. Remove them.");
            }
        }

        return null;
    }

    /// <summary>
    /// How many quotes and lists a line can be inside: its indent (each nested list needs at least
    /// two columns) and the quote and list markers at its start.
    /// </summary>
    private static int ContainerDepth(string line)
    {
        var columns = 0;
        var i = 0;
        var depth = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                columns++;
                i++;
            }
            else if (c == '\t')
            {
                columns += 4 - (columns % 4);
                i++;
            }
            else if (c == '>')
            {
                depth++;
                i++;
            }
            else if (c is '-' or '+' or '*' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
            {
                depth++;
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < line.Length && j - i < 9 && char.IsAsciiDigit(line[j]))
                {
                    j++;
                }

                if (j < line.Length && line[j] is '.' or ')' && (j + 1 == line.Length || line[j + 1] is ' ' or '\t'))
                {
                    depth++;
                    i = j + 1;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return depth + (columns / 2);
    }

    private static int LongestMarkRun(string line)
    {
        // A line of only marks and spaces is a thematic break ("***", "___ ___"), however long.
        if (line.All(c => c is '*' or '_' or '-' or ' ' or '\t'))
        {
            return 0;
        }

        int longest = 0, run = 0;
        foreach (var c in line)
        {
            run = c is '*' or '_' or '~' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static string LabelSource(string text, LinkInline link)
    {
        if (link.FirstChild is null)
        {
            return string.Empty;
        }

        var start = link.FirstChild.Span.Start;
        var end = link.LastChild!.Span.End;
        return start >= 0 && end < text.Length && end >= start ? text.Substring(start, end - start + 1) : string.Empty;
    }

    private static bool Escaped(string text, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    /// <summary>Markdown that could not be read is shown as its plain text, every character escaped.</summary>
    private static string EscapeAll(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (c is > ' ' and < '\x7f' && !char.IsAsciiLetterOrDigit(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Apply(string text, List<Edit> edits)
    {
        if (edits.Count == 0)
        {
            return text;
        }

        // Drop edits inside a larger replaced span (the literals of a link turned into its text),
        // then apply from the end so earlier positions stay valid.
        var ordered = edits.OrderBy(e => e.Start).ThenByDescending(e => e.Length).ToList();
        var kept = new List<Edit>();
        var coveredTo = -1;
        foreach (var edit in ordered)
        {
            if (edit.Start < coveredTo)
            {
                continue;
            }

            kept.Add(edit);
            coveredTo = Math.Max(coveredTo, edit.Start + edit.Length);
        }

        var builder = new StringBuilder(text);
        foreach (var edit in Enumerable.Reverse(kept))
        {
            builder.Remove(edit.Start, edit.Length).Insert(edit.Start, edit.Replacement);
        }

        return builder.ToString();
    }

    private readonly record struct Edit(int Start, int Length, string Replacement);
}

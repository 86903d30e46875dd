using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Scorecard.Cli.Tests.Documentation;

/// <summary>A heading of templates/README.md: its level, its text, the code spans in it, and the anchor GitHub gives it.</summary>
internal sealed record ReadmeHeading(int Level, string Text, IReadOnlyList<string> Code, string Anchor, int Line);

/// <summary>A table row: each cell's text and the code spans in it.</summary>
internal sealed record ReadmeRow(IReadOnlyList<string> Cells, IReadOnlyList<IReadOnlyList<string>> Code, int Line);

/// <summary>A part of the README under one heading, with the tables and code spans in it (not in the parts under it).</summary>
internal sealed record ReadmeSection(ReadmeHeading Heading, IReadOnlyList<IReadOnlyList<ReadmeRow>> Tables, IReadOnlyList<string> Code);

/// <summary>
/// One step of a how-to, as the README writes it for the test in an HTML comment just before its
/// code block: <c>&lt;!-- do: in FILE, before `ANCHOR`, insert the next block --&gt;</c> (or after),
/// <c>replace `ANCHOR` with the next block</c>, <c>delete `ANCHOR`</c>.
/// </summary>
internal sealed record ReadmeEdit(string File, string Verb, string Anchor, string Block, int Line);

/// <summary>
/// templates/README.md, read as a test reads it: its headings, the tables and code spans under
/// each, the links between its parts, and the how-tos' edits. What the analyst reads is what the
/// tests check.
/// </summary>
internal sealed partial class TemplateReadme
{
    private TemplateReadme(string text)
    {
        Text = text;
        var document = Markdown.Parse(text, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var sections = new List<(ReadmeHeading Heading, List<IReadOnlyList<ReadmeRow>> Tables, List<string> Code)>();
        var links = new List<(string Target, int Line)>();
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var inline = heading.Inline;
                    var code = inline?.Descendants<CodeInline>().Select(c => c.Content).ToList() ?? [];
                    var plain = PlainText(inline);
                    sections.Add((new ReadmeHeading(heading.Level, plain, code, GithubAnchor(plain), heading.Line + 1), [], []));
                    break;
                case Table table when sections.Count > 0:
                    sections[^1].Tables.Add([.. table.OfType<TableRow>().Where(r => !r.IsHeader).Select(Row)]);
                    break;
                case ParagraphBlock { Inline: { } paragraph } when sections.Count > 0 && block.Parent is not TableCell:
                    sections[^1].Code.AddRange(paragraph.Descendants<CodeInline>().Select(c => c.Content));
                    break;
            }

            if (block is LeafBlock { Inline: { } leaf })
            {
                links.AddRange(leaf.Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is not null).Select(l => (l.Url!, l.Line + 1)));
            }
        }

        Sections = [.. sections.Select(s => new ReadmeSection(s.Heading, s.Tables, s.Code))];
        Links = links;
    }

    public static TemplateReadme Load() =>
        new(File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "templates", "README.md")).ReplaceLineEndings("\n"));

    public static string Path => System.IO.Path.Combine(RepositoryRoot.Path, "templates", "README.md");

    public string Text { get; }

    public IReadOnlyList<ReadmeSection> Sections { get; }

    /// <summary>Every link in the README, with its line.</summary>
    public IReadOnlyList<(string Target, int Line)> Links { get; }

    /// <summary>The sections under the level-2 heading <paramref name="title"/>, down to the next level-2 heading, itself first.</summary>
    public IReadOnlyList<ReadmeSection> Under(string title)
    {
        var start = Sections.ToList().FindIndex(s => s.Heading.Level == 2 && s.Heading.Text == title);
        start.ShouldBeGreaterThanOrEqualTo(0, $"templates/README.md has no section \"## {title}\"");
        var end = Sections.ToList().FindIndex(start + 1, s => s.Heading.Level <= 2);
        return [.. Sections.Skip(start).Take((end < 0 ? Sections.Count : end) - start)];
    }

    /// <summary>The edits written for the how-to <paramref name="title"/> (a level-3 heading under "How to"), in order.</summary>
    public IReadOnlyList<ReadmeEdit> Edits(string title)
    {
        var (lines, from, to) = HowTo(title);
        var edits = new List<ReadmeEdit>();
        for (var i = from; i < to; i++)
        {
            if (!lines[i].StartsWith("<!-- do:", StringComparison.Ordinal))
            {
                continue;
            }

            var match = Directive().Match(lines[i]);
            match.Success.ShouldBeTrue($"templates/README.md line {i + 1}: a how-to step the test cannot read: {lines[i]}");
            var verb = match.Groups["verb"].Value;
            var block = verb == "delete" ? string.Empty : CodeBlockAfter(lines, i);
            edits.Add(new ReadmeEdit(match.Groups["file"].Value, verb, match.Groups["anchor"].Value, block, i + 1));
        }

        return edits;
    }

    /// <summary>
    /// The command the how-to <paramref name="title"/> has the reader run: the code block after its
    /// <c>&lt;!-- run: the next block --&gt;</c>, split into words ("scorecard" first).
    /// </summary>
    public IReadOnlyList<string> Command(string title)
    {
        var (lines, from, to) = HowTo(title);
        var at = Array.FindIndex(lines, from, to - from, l => l == "<!-- run: the next block -->");
        at.ShouldBeGreaterThanOrEqualTo(0, $"the how-to \"{title}\" has no command the test can run (<!-- run: the next block -->)");
        var command = CodeBlockAfter(lines, at).Trim();
        command.ShouldNotContain('\n', customMessage: $"templates/README.md line {at + 1}: the command is more than one line");
        return command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The README's lines, and the range of them (0-based, end excluded) under the how-to <paramref name="title"/>.</summary>
    private (string[] Lines, int From, int To) HowTo(string title)
    {
        var howTo = Under("How to").SingleOrDefault(s => s.Heading.Level == 3 && s.Heading.Text == title)
            ?? throw new ShouldAssertException($"templates/README.md has no how-to \"### {title}\"");
        var next = Sections.FirstOrDefault(s => s.Heading.Line > howTo.Heading.Line && s.Heading.Level <= 3);
        var lines = Text.Split('\n');
        return (lines, howTo.Heading.Line, next?.Heading.Line - 1 ?? lines.Length);
    }

    /// <summary>The text of the fenced code block that follows line <paramref name="index"/>, ending with a line break.</summary>
    private static string CodeBlockAfter(string[] lines, int index)
    {
        var open = Array.FindIndex(lines, index + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        open.ShouldBeGreaterThan(index, $"templates/README.md line {index + 1}: no code block follows the step");
        var close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        var text = new StringBuilder();
        for (var i = open + 1; i < close; i++)
        {
            text.Append(lines[i]).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Applies <paramref name="edit"/> to <paramref name="text"/>, as an analyst following the README would.</summary>
    public static string Apply(string text, ReadmeEdit edit)
    {
        var at = text.IndexOf(edit.Anchor, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"templates/README.md line {edit.Line}: \"{edit.Anchor}\" is not in {edit.File}");
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var indent = text[lineStart..at].Trim().Length == 0 ? text[lineStart..at] : string.Empty;
        var lines = edit.Block.TrimEnd('\n').Split('\n');
        return edit.Verb switch
        {
            // The block's lines go before the anchor, each on its own line at the anchor's indentation.
            "before" => text.Insert(at, string.Concat(lines.Select(l => l + "\n" + indent))),
            "after" => text.Insert(at + edit.Anchor.Length, string.Concat(lines.Select(l => "\n" + indent + l))),
            "replace" => text.Replace(edit.Anchor, edit.Block.TrimEnd('\n'), StringComparison.Ordinal),
            "delete" => text.Replace(edit.Anchor, string.Empty, StringComparison.Ordinal),
            _ => throw new ShouldAssertException($"templates/README.md line {edit.Line}: unknown step \"{edit.Verb}\""),
        };
    }

    private static ReadmeRow Row(TableRow row) => new(
        [.. row.OfType<TableCell>().Select(c => string.Concat(c.Descendants<LeafBlock>().Select(b => PlainText(b.Inline))))],
        [.. row.OfType<TableCell>().Select(c => (IReadOnlyList<string>)[.. c.Descendants<CodeInline>().Select(i => i.Content)])],
        row.Line + 1);

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var item in inline?.Descendants<Inline>() ?? [])
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>The anchor GitHub makes of a heading: lower case, punctuation but "-" and "_" dropped, spaces to "-".</summary>
    public static string GithubAnchor(string heading)
    {
        var text = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                text.Append(c);
            }
            else if (c == ' ')
            {
                text.Append('-');
            }
        }

        return text.ToString();
    }

    [GeneratedRegex("^<!-- do: in (?<file>[^,]+), (?:(?<verb>before|after) `(?<anchor>[^`]+)`, insert the next block|(?<verb>replace) `(?<anchor>[^`]+)` with the next block|(?<verb>delete) `(?<anchor>[^`]+)`) -->$")]
    private static partial Regex Directive();
}

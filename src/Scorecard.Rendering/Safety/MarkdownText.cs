using System.Text;
using System.Text.RegularExpressions;

namespace Scorecard.Rendering.Safety;

/// <summary>
/// Markdown that the renderer built and trusts (the office's commentary with its links checked).
/// The Markdown template writes it as it is; every other value is escaped (<see cref="MarkdownEscape"/>).
/// In the HTML templates it is text like any other, and so HTML-escaped.
/// </summary>
public sealed record MarkdownText(string Text)
{
    public static MarkdownText Empty { get; } = new(string.Empty);

    /// <summary>Plain text as Markdown that shows exactly that text.</summary>
    public static MarkdownText FromPlainText(string text) => new(MarkdownEscape.Inline(text, atLineStart: true));

    public override string ToString() => Text;
}

/// <summary>
/// Escapes a value for the Markdown report so that it reads as the text it is: a measure named
/// <c>Crime | all</c> stays in its table cell, <c>[x](javascript:…)</c> is not a link,
/// <c>&lt;script&gt;</c> is not HTML, <c>1. Crime</c> or <c># Crime</c> at the start of a line is
/// not a list or a heading, and a line break in a value does not end the table row.
/// </summary>
public static partial class MarkdownEscape
{
    /// <summary>The characters escaped wherever they are (CommonMark lets any ASCII punctuation be escaped).</summary>
    private const string Everywhere = "\\`*_[]|~";

    /// <param name="atLineStart">Whether the value begins a line, where "#", "&gt;", "- " or "1. " would begin a block.</param>
    public static string Inline(string text, bool atLineStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        var start = atLineStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    continue;
                case '\r' or '\n' or '\u2028' or '\u2029':
                    builder.Append(' ');
                    continue;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '&' when EntityAt(text, i):
                    builder.Append("\\&");
                    break;
                case '>' when start:
                case '#' or '+' or '-' or '=' when start && BeginsBlock(text, i):
                    builder.Append('\\').Append(c);
                    break;
                default:
                    if (Everywhere.Contains(c, StringComparison.Ordinal))
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                    break;
            }

            start = start && char.IsWhiteSpace(c);
        }

        // "1. Crime" or "2) Crime" at the start of a line would begin a numbered list.
        var escaped = builder.ToString();
        var list = atLineStart ? OrderedListStart().Match(escaped) : Match.Empty;
        return list.Success ? escaped.Insert(list.Groups["mark"].Index, "\\") : escaped;
    }

    /// <summary>
    /// Whether the mark at <paramref name="index"/>, first on its line, begins a block: a heading
    /// ("# x"), a list item ("- x", "+ x"), or a rule or heading underline ("---", "===").
    /// </summary>
    private static bool BeginsBlock(string text, int index)
    {
        var c = text[index];
        var next = index + 1 < text.Length ? text[index + 1] : ' ';
        return c switch
        {
            '#' => text.AsSpan(index).TrimStart('#') is var rest && (rest.IsEmpty || rest[0] is ' ' or '\t'),
            '+' or '-' when next is ' ' or '\t' => true,
            _ => text.AsSpan(index).Trim().IndexOfAnyExcept(c, ' ') < 0,
        };
    }

    private static bool EntityAt(string text, int index) => EntityPattern().IsMatch(text.AsSpan(index));

    [GeneratedRegex(@"^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex EntityPattern();

    [GeneratedRegex(@"^\s*[0-9]{1,9}(?<mark>[.)])(\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedListStart();
}

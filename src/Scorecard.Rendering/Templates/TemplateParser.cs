using Scorecard.Core.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace Scorecard.Rendering.Templates;

/// <summary>
/// Parses a template and turns Scriban's syntax errors into SC0301 diagnostics. A block that is
/// never closed (<c>for</c>, <c>if</c>, … without <c>end</c>) is reported at its opening tag:
/// Scriban notices only at the end of the file, which is no help in a long template.
/// </summary>
internal static class TemplateParser
{
    /// <summary>The keywords that open a block closed by <c>end</c>.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "for", "tablerow", "if", "while", "case", "capture", "with", "wrap", "func",
    };

    public static (Template Template, IReadOnlyList<Diagnostic> Errors) Parse(string text, string path)
    {
        var template = Template.Parse(text, path);
        if (!template.HasErrors)
        {
            return (template, []);
        }

        var errors = new List<Diagnostic>();
        var unclosed = UnclosedBlocks(text);
        var relocated = false;
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            var missingEnd = message.Message.Contains("<end> statement was not found", StringComparison.Ordinal);
            if (missingEnd && relocated)
            {
                continue; // Scriban reports each open block again at the end of the file
            }

            if (missingEnd && unclosed.Count > 0)
            {
                relocated = true;
                foreach (var (keyword, line, column) in unclosed)
                {
                    errors.Add(Diagnostic.Error(RenderingDiagnostics.TemplateSyntax, SourceLocation.AtLine(path, line + 1, column + 1),
                        $"this {keyword} block is never closed: add {{{{ end }}}} where it should stop (Scriban noticed only at the end of the file, {message.Span.Start.Line + 1}:{message.Span.Start.Column + 1})."));
                }

                continue;
            }

            errors.Add(Diagnostic.Error(RenderingDiagnostics.TemplateSyntax, SourceLocation.AtLine(message.Span.FileName ?? path, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message));
        }

        return (template, errors);
    }

    /// <summary>
    /// The blocks left open at the end of the text, outermost first, each with its keyword and
    /// the (0-based) line and column of its keyword: a stack of openers, popped by <c>end</c>.
    /// </summary>
    internal static List<(string Keyword, int Line, int Column)> UnclosedBlocks(string text)
    {
        var stack = new List<(string Keyword, int Line, int Column)>();
        var statementStart = false;
        var openedHere = false;
        foreach (var token in new Lexer(text))
        {
            switch (token.Type)
            {
                case TokenType.CodeEnter:
                case TokenType.NewLine:
                case TokenType.SemiColon:
                    statementStart = true;
                    openedHere = false;
                    continue;
                case TokenType.CodeExit:
                case TokenType.Raw:
                case TokenType.Comment:
                    statementStart = false;
                    continue;
                case TokenType.Equal:
                    // "func name = expression" is a one-line function: no end.
                    if (openedHere && stack[^1].Keyword == "func")
                    {
                        stack.RemoveAt(stack.Count - 1);
                        openedHere = false;
                    }

                    statementStart = false;
                    continue;
                case TokenType.Identifier:
                    var word = text.Substring(token.Start.Offset, token.End.Offset - token.Start.Offset + 1);
                    if (statementStart && word == "end")
                    {
                        if (stack.Count > 0)
                        {
                            stack.RemoveAt(stack.Count - 1);
                        }
                    }
                    else if (word == "do" || (statementStart && Openers.Contains(word)))
                    {
                        stack.Add((word, token.Start.Line, token.Start.Column));
                        openedHere = true;
                    }

                    // "else if" opens nothing: "if" is not the first word of its statement.
                    statementStart = false;
                    continue;
                default:
                    statementStart = false;
                    continue;
            }
        }

        return stack;
    }
}

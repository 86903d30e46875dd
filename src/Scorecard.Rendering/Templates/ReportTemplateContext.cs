using System.Net;
using Scorecard.Rendering.Safety;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Scorecard.Rendering.Templates;

/// <summary>How values written by a template are escaped.</summary>
internal enum OutputEscaping
{
    /// <summary>HTML: every value is HTML-escaped unless it is <see cref="Markup"/>.</summary>
    Html,

    /// <summary>
    /// Markdown: every value is escaped (<see cref="MarkdownEscape"/>) so it reads as the text it is,
    /// no link, HTML, table cell break or list; <see cref="MarkdownText"/> and <see cref="Markup"/> are written as they are.
    /// </summary>
    Markdown,
}

/// <summary>
/// A Scriban context that escapes everything a template writes, so data and commentary can never
/// inject markup; only <see cref="Markup"/> built by the renderer (charts, icons, Markdown
/// rendered with raw HTML disabled, included templates) is written as it is.
/// </summary>
internal sealed class ReportTemplateContext : TemplateContext
{
    private readonly OutputEscaping _escaping;
    private readonly TemplateImages _images;

    /// <param name="images">Embeds the images an included template names.</param>
    public ReportTemplateContext(OutputEscaping escaping, ITemplateLoader loader, TemplateImages images)
    {
        _escaping = escaping;
        _images = images;
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        MemberRenamer = StandardMemberRenamer.Default;
        NewLine = "\n";
        LoopLimit = 100_000;
        RecursiveLimit = 50;
        LimitToString = 0;
        // Scriban truncates long string conversions silently by default, which cut the report short;
        // a runaway template is stopped by the output limit instead, with a located error.
        OutputLimit = 64 * 1024 * 1024;
    }

    /// <summary>How what the template writes is escaped: the report it renders.</summary>
    public OutputEscaping Escaping => _escaping;

    /// <summary>An included template, parsed, with the images its text names embedded.</summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        var template = base.CreateTemplate(templatePath, callerContext);
        _images.Embed(template, templatePath);
        return template;
    }

    /// <summary>Whether the next character written begins a line (only spaces since the last line break).</summary>
    private bool AtLineStart()
    {
        if (Output is not StringBuilderOutput { Builder: var builder })
        {
            return true;
        }

        for (var i = builder.Length - 1; i >= 0; i--)
        {
            switch (builder[i])
            {
                case '\n':
                    return true;
                case ' ' or '\t':
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case Markup markup:
                Write(markup.Html);
                return this;
            case MarkdownText markdown when _escaping == OutputEscaping.Markdown:
                Write(markdown.Text);
                return this;
            default:
                var text = ObjectToString(textAsObject) ?? string.Empty;
                Write(_escaping == OutputEscaping.Html
                    ? WebUtility.HtmlEncode(text)
                    : MarkdownEscape.Inline(text, AtLineStart()));
                return this;
        }
    }
}

/// <summary><c>include</c>, returning <see cref="Markup"/> so an included template's output is not escaped twice.</summary>
internal sealed class MarkupInclude(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => typeof(Markup);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new Markup(inner.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? string.Empty);

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new Markup((await inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false))?.ToString() ?? string.Empty);
}

/// <summary>
/// A <c>string.*</c> function that keeps renderer-built HTML intact: when <see cref="Markup"/>
/// takes part (a paragraph's HTML, an included template; in the Markdown report also
/// <see cref="MarkdownText"/>, the commentary), the function works on the HTML and what it returns
/// is markup again, so <c>{{ p.html | string.replace "Wiltshire" "Wilts" }}</c> prints the
/// paragraph, not its escaped tags. Text written in quotes in the call is the template's own and
/// is used as it is (<c>string.replace "&lt;p&gt;" "&lt;p class='lead'&gt;"</c>); any other text (a
/// value from the model, a variable) is escaped first, as it would be on output, so data never
/// becomes markup. A result that is no text (<c>string.contains</c>, <c>string.size</c>) is returned
/// as it is; the pieces of <c>string.split</c> are markup. With no markup among the arguments the
/// function is exactly Scriban's own, and what it returns is escaped on output as any value is.
/// </summary>
internal sealed class MarkupAwareFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => typeof(object);

    // Every parameter that takes text is declared as object, so that Scriban hands Markup over as
    // it is rather than converting it to text first.
    public ScriptParameterInfo GetParameterInfo(int index)
    {
        var parameter = inner.GetParameterInfo(index);
        return parameter.ParameterType == typeof(string) ? new ScriptParameterInfo(typeof(object), parameter.Name) : parameter;
    }

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var markdown = context is ReportTemplateContext { Escaping: OutputEscaping.Markdown };
        var trusted = arguments.FirstOrDefault(a => a is Markup || (markdown && a is MarkdownText));
        if (trusted is null)
        {
            AsDeclared(context, arguments);
            return inner.Invoke(context, callerContext, arguments, blockStatement);
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            arguments[i] = arguments[i] switch
            {
                Markup m => m.Html,
                MarkdownText t when markdown => t.Text,
                string s when !IsWrittenInQuotes(callerContext, arguments.Count, i) => markdown ? MarkdownEscape.Inline(s, atLineStart: false) : WebUtility.HtmlEncode(s),
                var other => other,
            };
        }

        AsDeclared(context, arguments);
        return inner.Invoke(context, callerContext, arguments, blockStatement) switch
        {
            string text => Wrap(text),
            IEnumerable<object?> items => new ScriptArray(items.Select(item => item is string piece ? Wrap(piece) : item)),
            var other => other,
        };

        object Wrap(string text) => trusted is MarkdownText ? new MarkdownText(text) : new Markup(text);
    }

    /// <summary>Text for every parameter Scriban's function declares as text, as Scriban would have converted it (a number, a MarkdownText).</summary>
    private void AsDeclared(TemplateContext context, ScriptArray arguments)
    {
        for (var i = 0; i < arguments.Count && i < inner.ParameterCount; i++)
        {
            if (arguments[i] is not (null or string) && inner.GetParameterInfo(i).ParameterType == typeof(string))
            {
                arguments[i] = context.ObjectToString(arguments[i]);
            }
        }
    }

    /// <summary>
    /// Whether the <paramref name="index"/>th of <paramref name="count"/> arguments is text in quotes
    /// in the call (<c>"Wilts"</c>), rather than a value: the call's own arguments follow the one
    /// piped into it (<c>p.html | string.replace "a" "b"</c>), which is in quotes only when the pipe
    /// starts with it.
    /// </summary>
    private static bool IsWrittenInQuotes(ScriptNode? callerContext, int count, int index)
    {
        if (callerContext is not ScriptFunctionCall call)
        {
            return false;
        }

        var piped = count - call.Arguments.Count;
        if (index >= piped)
        {
            return call.Arguments[index - piped] is ScriptLiteral { Value: string };
        }

        return index == 0 && piped == 1 && call.Parent is ScriptPipeCall { From: ScriptLiteral { Value: string } } pipe && pipe.To == call;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Scriban's <c>string</c> functions, each wrapped to keep Markup as Markup.</summary>
    public static ScriptObject Wrap(ScriptObject functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        var wrapped = new ScriptObject();
        foreach (var name in functions.GetMembers())
        {
            var value = functions[name];
            wrapped.SetValue(name, value is IScriptCustomFunction f ? new MarkupAwareFunction(f) : value, readOnly: true);
        }

        return wrapped;
    }
}

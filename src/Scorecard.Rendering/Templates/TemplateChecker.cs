using System.Reflection;
using Scorecard.Core.Diagnostics;
using Scriban;
using Scriban.Syntax;

namespace Scorecard.Rendering.Templates;

/// <summary>
/// Checks templates before anything is rendered: every template parses, and every name in them
/// exists in the template model (<see cref="TemplateModel"/>), in every branch whether or not it
/// would run this quarter, with loop variables typed by the list they walk
/// (<c>for m in report.measures</c> → <c>m</c> is a measure, so <c>m.figures.margn</c> is caught,
/// with "did you mean margin?"). Includes are followed with the variables of the place they are
/// included from, as Scriban runs them.
/// </summary>
public sealed class TemplateChecker
{
    private const int MaximumIncludeDepth = 20;

    private readonly TemplateFiles _files;
    private readonly TemplateImages _images;
    private readonly TemplateModel _model;
    private readonly Dictionary<string, Template?> _parsed = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reached = new(StringComparer.Ordinal);
    private HashSet<string> _assignedAnywhere = new(StringComparer.Ordinal);

    private TemplateChecker(string? folder)
    {
        _files = new TemplateFiles(folder);
        _images = new TemplateImages(_files);
        _model = TemplateModel.Current;
    }

    /// <summary>
    /// Checks the report's templates: the analyst's <paramref name="folder"/> (null for none)
    /// over the built-in ones, as the renderer resolves them. Returns SC0301 (syntax), SC0304
    /// (an include that names no template), SC0310 (no such member), SC0311 (no such variable) and
    /// SC0340–SC0346 (an image the text names that cannot be embedded, <see cref="TemplateImages"/>)
    /// errors, each at its file, line and column.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(string? folder)
    {
        if (folder is not null && !Directory.Exists(folder))
        {
            return [RenderingDiagnostics.TemplateFolderNotFound(folder)];
        }

        var checker = new TemplateChecker(folder);
        checker.Run(folder);
        foreach (var error in checker._images.Errors)
        {
            checker.Report(error);
        }

        return checker._diagnostics;
    }

    private void Run(string? folder)
    {
        // Every template there is: the built-in ones and the folder's (which may shadow them).
        var paths = BuiltInNames().Select(n => _files.Resolve(n, out _)).OfType<string>().ToList();
        if (folder is not null)
        {
            // Symbolic links are not followed (a link may point outside the folder, or loop).
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
            paths.AddRange(Directory.EnumerateFiles(folder, "*.sbn", options).Select(Path.GetFullPath));
        }

        paths = [.. paths.Distinct(StringComparer.Ordinal)];
        foreach (var path in paths)
        {
            Parse(path);
        }

        // Names assigned anywhere (x = …, capture x, func x) may be read anywhere: Scriban's
        // variables are global, so a partial can use what its includer set.
        _assignedAnywhere = [.. _parsed.Values.OfType<Template>().SelectMany(t => Assigned(t.Page))];

        // The roots the renderer renders: the two reports, and the contents lists made from their
        // headings afterwards, which also see the contents as a global.
        var roots = new[] { ReportRenderer.HtmlTemplate, ReportRenderer.MarkdownTemplate }.Select(r => (Name: r, Contents: false))
            .Concat(Helpers.ContentsTemplates.Select(r => (Name: r, Contents: true)));
        foreach (var (root, contents) in roots)
        {
            if (_files.Resolve(root, out _) is { } rootPath && Parse(rootPath) is { } template)
            {
                _reached.Add(rootPath);
                var scope = new Scope(null, lenient: false);
                if (contents)
                {
                    scope.Set(Helpers.ContentsGlobal, _model.Contents);
                }

                Walk(template.Page, scope, depth: 0);
            }
        }

        // A template nobody includes is still checked, on its own: names under report and uk
        // must exist; variables a caller might set are not known, so they are not checked.
        foreach (var path in paths.Where(p => !_reached.Contains(p)))
        {
            if (Parse(path) is { } template)
            {
                Walk(template.Page, new Scope(null, lenient: true), depth: 0);
            }
        }
    }

    private static IEnumerable<string> BuiltInNames()
    {
        const string prefix = "Templates/";
        return typeof(TemplateChecker).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sbn", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..]);
    }

    private Template? Parse(string path)
    {
        if (_parsed.TryGetValue(path, out var known))
        {
            return known;
        }

        if (_files.Read(path, out var problem) is not { } source)
        {
            Report(Diagnostic.Error(RenderingDiagnostics.TemplateUnusable, SourceLocation.InFile(path), problem!));
            _parsed[path] = null;
            return null;
        }

        var (template, errors) = TemplateParser.Parse(source, path);
        foreach (var error in errors)
        {
            Report(error);
        }

        var result = errors.Count == 0 ? template : null;
        if (result is not null)
        {
            _images.Embed(result, path);
        }

        _parsed[path] = result;
        return result;
    }

    private void Report(Diagnostic diagnostic)
    {
        if (_reported.Add(diagnostic.ToString()))
        {
            _diagnostics.Add(diagnostic);
        }
    }

    private void Error(string code, ScriptNode node, string message) =>
        Report(Diagnostic.Error(code, SourceLocation.AtLine(node.Span.FileName ?? "template", node.Span.Start.Line + 1, node.Span.Start.Column + 1), message));

    /// <summary>Every name a template assigns: <c>x = …</c>, <c>capture x</c>, <c>func x</c> (not loop variables: they end with their loop).</summary>
    private static List<string> Assigned(ScriptNode? node)
    {
        var names = new List<string>();
        void Visit(ScriptNode? n)
        {
            switch (n)
            {
                case null:
                    return;
                case ScriptAssignExpression { Target: ScriptVariable v }:
                    names.Add(v.Name);
                    break;
                case ScriptCaptureStatement { Target: ScriptVariable c }:
                    names.Add(c.Name);
                    break;
                case ScriptFunction { NameOrDoToken: ScriptVariable f }:
                    names.Add(f.Name);
                    break;
            }

            foreach (var child in n.Children)
            {
                Visit(child);
            }
        }

        Visit(node);
        return names;
    }

    // ---- the walk -------------------------------------------------------------------------

    private void Walk(ScriptNode? node, Scope scope, int depth)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptForStatement f:
                {
                    var iterated = TypeOf(f.Iterator, scope, depth);
                    var inner = scope.Child();
                    if (f.Variable is ScriptVariable loopVariable)
                    {
                        inner.Set(loopVariable.Name, iterated.Kind == ModelValueKind.List && iterated.Element is { } e ? e : ModelType.Unknown);
                    }

                    inner.Set(f is ScriptTableRowStatement ? "tablerow" : "for", ModelType.Unknown);
                    if (f.NamedArguments is { } named)
                    {
                        foreach (var argument in named)
                        {
                            TypeOf(argument.Value, scope, depth);
                        }
                    }

                    Walk(f.Body, inner, depth);
                    Walk(f.Else, scope, depth);
                    return;
                }

            case ScriptWhileStatement w:
                {
                    TypeOf(w.Condition, scope, depth);
                    var inner = scope.Child();
                    inner.Set("while", ModelType.Unknown);
                    Walk(w.Body, inner, depth);
                    return;
                }

            case ScriptIfStatement i:
                TypeOf(i.Condition, scope, depth);
                Walk(i.Then, scope, depth);
                Walk(i.Else, scope, depth);
                return;
            case ScriptElseStatement e:
                Walk(e.Body, scope, depth);
                return;
            case ScriptCaseStatement c:
                TypeOf(c.Value, scope, depth);
                Walk(c.Body, scope, depth);
                return;
            case ScriptWhenStatement w:
                foreach (var value in w.Values)
                {
                    TypeOf(value, scope, depth);
                }

                Walk(w.Body, scope, depth);
                Walk(w.Next, scope, depth);
                return;
            case ScriptCaptureStatement c:
                Walk(c.Body, scope, depth);
                if (c.Target is ScriptVariable captured)
                {
                    scope.Assign(captured.Name, _model.Text);
                }

                return;
            case ScriptWithStatement w:
                TypeOf(w.Name, scope, depth);
                Walk(w.Body, scope.Child(lenient: true), depth);
                return;
            case ScriptWrapStatement w:
                TypeOf(w.Target, scope, depth);
                Walk(w.Body, scope, depth);
                return;
            case ScriptFunction fn:
                {
                    if (fn.NameOrDoToken is ScriptVariable name)
                    {
                        scope.Assign(name.Name, ModelType.Unknown);
                    }

                    var inner = scope.Child(lenient: true);
                    if (fn.Parameters is { } parameters)
                    {
                        foreach (var parameter in parameters)
                        {
                            if (parameter.Name is { } parameterName)
                            {
                                inner.Set(parameterName.Name, ModelType.Unknown);
                            }
                        }
                    }

                    inner.Set("$", ModelType.Unknown);
                    Walk(fn.Body, inner, depth);
                    return;
                }

            case ScriptExpressionStatement s:
                TypeOf(s.Expression, scope, depth);
                return;
            case ScriptReturnStatement r:
                TypeOf(r.Expression, scope, depth);
                return;
            case ScriptExpression expression:
                TypeOf(expression, scope, depth);
                return;
            default:
                foreach (var child in node.Children)
                {
                    Walk(child, scope, depth);
                }

                return;
        }
    }

    /// <summary>The type of an expression, reporting every unknown name in it on the way.</summary>
    private ModelType TypeOf(ScriptExpression? expression, Scope scope, int depth)
    {
        switch (expression)
        {
            case null:
                return ModelType.Unknown;
            case ScriptLiteral literal:
                return literal.Value switch
                {
                    string => _model.Text,
                    bool => _model.Boolean,
                    null => ModelType.Unknown,
                    _ => _model.Number,
                };
            case ScriptVariable variable:
                return Variable(variable, scope);
            case ScriptIsEmptyExpression empty:
                TypeOf(empty.Target, scope, depth);
                return _model.Boolean;
            case ScriptMemberExpression member:
                return Member(member, scope, depth);
            case ScriptIndexerExpression indexer:
                {
                    var target = TypeOf(indexer.Target, scope, depth);
                    TypeOf(indexer.Index, scope, depth);
                    return target.Kind == ModelValueKind.List && target.Element is { } element ? element : ModelType.Unknown;
                }

            case ScriptAssignExpression assign:
                {
                    var value = TypeOf(assign.Value, scope, depth);
                    if (assign.Target is ScriptVariable target)
                    {
                        scope.Assign(target.Name, value);
                    }
                    else
                    {
                        TypeOf(assign.Target, scope, depth);
                    }

                    return value;
                }

            case ScriptPipeCall pipe:
                TypeOf(pipe.From, scope, depth);
                TypeOf(pipe.To, scope, depth);
                return ModelType.Unknown;
            case ScriptFunctionCall call:
                {
                    foreach (var argument in call.Arguments)
                    {
                        TypeOf(argument, scope, depth);
                    }

                    if (call.Target is ScriptVariable { Name: "include" } && call.Arguments.Count > 0)
                    {
                        Include(call, scope, depth);
                        return _model.Markup;
                    }

                    TypeOf(call.Target, scope, depth);
                    return ModelType.Unknown;
                }

            case ScriptNestedExpression nested:
                return TypeOf(nested.Expression, scope, depth);
            case ScriptConditionalExpression conditional:
                {
                    TypeOf(conditional.Condition, scope, depth);
                    var then = TypeOf(conditional.ThenValue, scope, depth);
                    var otherwise = TypeOf(conditional.ElseValue, scope, depth);
                    return ReferenceEquals(then, otherwise) ? then : ModelType.Unknown;
                }

            case ScriptAnonymousFunction anonymous:
                Walk(anonymous.Function, scope, depth);
                return ModelType.Unknown;
            default:
                foreach (var child in expression.Children)
                {
                    if (child is ScriptExpression e)
                    {
                        TypeOf(e, scope, depth);
                    }
                    else
                    {
                        Walk(child, scope, depth);
                    }
                }

                return ModelType.Unknown;
        }
    }

    private ModelType Variable(ScriptVariable variable, Scope scope)
    {
        var name = variable.Name;
        if (scope.Lookup(name) is { } known)
        {
            return known;
        }

        if (name == "report")
        {
            return _model.Report;
        }

        if (_model.Globals.Contains(name, StringComparer.Ordinal) || _model.Builtins.ContainsKey(name) || name is "this" or "$" || _assignedAnywhere.Contains(name) || name.StartsWith('$'))
        {
            return ModelType.Unknown;
        }

        if (!scope.Lenient)
        {
            var candidates = scope.Names().Concat(_model.Globals).Concat(_model.Builtins.Keys).Concat(_assignedAnywhere);
            Error(RenderingDiagnostics.TemplateUnknownVariable, variable,
                $"there is no variable \"{name}\" here{Suggestions.DidYouMean(name, candidates)}. The model's top level is report (and the uk.* helpers); a loop variable exists only inside its for … end.");
        }

        return ModelType.Unknown;
    }

    private ModelType Member(ScriptMemberExpression member, Scope scope, int depth)
    {
        if (member.Member is not { } memberName)
        {
            return TypeOf(member.Target, scope, depth);
        }

        var name = memberName.Name;
        if (member.Target is ScriptVariable { Name: "uk" } uk && scope.Lookup("uk") is null)
        {
            var helpers = _model.Uk.Select(f => f.Name).ToList();
            if (!helpers.Contains(name, StringComparer.Ordinal))
            {
                Error(RenderingDiagnostics.TemplateUnknownMember, member.Member,
                    $"uk has no helper \"{name}\"{Suggestions.DidYouMean(name, helpers)}. The helpers: {string.Join(", ", helpers)}.");
            }

            return ModelType.Unknown;
        }

        if (member.Target is ScriptVariable builtin && scope.Lookup(builtin.Name) is null && !_assignedAnywhere.Contains(builtin.Name)
            && _model.Builtins.TryGetValue(builtin.Name, out var functions) && functions.Count > 0)
        {
            if (!functions.Contains(name, StringComparer.Ordinal))
            {
                Error(RenderingDiagnostics.TemplateUnknownMember, member.Member,
                    $"Scriban's {builtin.Name} object has no function \"{name}\"{Suggestions.DidYouMean(name, functions)}.");
            }

            return ModelType.Unknown;
        }

        var target = TypeOf(member.Target, scope, depth);
        switch (target.Kind)
        {
            case ModelValueKind.Unknown:
                return ModelType.Unknown;
            case ModelValueKind.List or ModelValueKind.Text:
                if (name == "size")
                {
                    return _model.Number;
                }

                Error(RenderingDiagnostics.TemplateUnknownMember, member.Member, target.Kind == ModelValueKind.List
                    ? target.Element?.Member(name) is not null
                        ? $"{Describe(member.Target)} is a list, so it has no member \"{name}\"; each of its items has one: loop over it with for x in {Describe(member.Target)}, then x.{name}."
                        : $"{Describe(member.Target)} is a list, so it has no member \"{name}\"{Suggestions.DidYouMean(name, target.Element?.MemberNames ?? [])}; loop over it with for … in, or use .size for how many."
                    : $"{Describe(member.Target)} is text, so it has no member \"{name}\" (only .size; see the string.* functions).");
                return ModelType.Unknown;
            case ModelValueKind.Number or ModelValueKind.Boolean:
                Error(RenderingDiagnostics.TemplateUnknownMember, member.Member, $"{Describe(member.Target)} is a {(target.Kind == ModelValueKind.Number ? "number" : "true or false value")}, so it has no member \"{name}\".");
                return ModelType.Unknown;
        }

        if (target.Member(name) is { } found)
        {
            return found.Type;
        }

        Error(RenderingDiagnostics.TemplateUnknownMember, member.Member,
            $"{Describe(member.Target)} has no member \"{name}\"{Suggestions.DidYouMean(name, target.MemberNames)}. Its members: {string.Join(", ", target.MemberNames)}.");
        return ModelType.Unknown;
    }

    private void Include(ScriptFunctionCall call, Scope scope, int depth)
    {
        if (call.Arguments[0] is not ScriptLiteral { Value: string name })
        {
            return; // a computed name: only the render knows it
        }

        if (!TemplateFiles.IsSafeName(name))
        {
            Error(RenderingDiagnostics.TemplateIncludeRejected, call,
                $"cannot include \"{name}\": templates may include only files inside the template folder, named by a relative path without \"..\".");
            return;
        }

        if (_files.Resolve(name, out var unusable) is not { } path)
        {
            if (unusable is not null)
            {
                Error(RenderingDiagnostics.TemplateUnusable, call, unusable);
                return;
            }

            var known = BuiltInNames().Concat(_parsed.Keys.Select(Path.GetFileName).OfType<string>());
            Error(RenderingDiagnostics.TemplateNotFound, call,
                $"cannot include \"{name}\": there is no such template{Suggestions.DidYouMean(name, known)}.");
            return;
        }

        _reached.Add(path);
        if (depth >= MaximumIncludeDepth || Parse(path) is not { } template)
        {
            return;
        }

        Walk(template.Page, scope, depth + 1);
    }

    /// <summary>The expression as the template wrote it, for messages: "m.figures".</summary>
    private static string Describe(ScriptExpression? expression) => expression switch
    {
        ScriptVariable v => v.Name,
        ScriptMemberExpression m => $"{Describe(m.Target)}.{m.Member?.Name}",
        ScriptIndexerExpression i => $"{Describe(i.Target)}[…]",
        _ => "this value",
    };

    /// <summary>The variables in force at a point of a template: loop variables and assignments, innermost first.</summary>
    private sealed class Scope(Scope? parent, bool lenient)
    {
        private readonly Dictionary<string, ModelType> _names = new(StringComparer.Ordinal);

        /// <summary>Unknown variables are not reported (a template checked without its includer, a with or func body).</summary>
        public bool Lenient { get; } = lenient;

        public Scope Child(bool lenient = false) => new(this, Lenient || lenient);

        public void Set(string name, ModelType type) => _names[name] = type;

        /// <summary>An assignment: Scriban's variables are global, so it is visible from the outermost scope on.</summary>
        public void Assign(string name, ModelType type)
        {
            var outermost = this;
            while (outermost.Parent is not null)
            {
                outermost = outermost.Parent;
            }

            outermost._names[name] = type;
            _names[name] = type;
        }

        private Scope? Parent { get; } = parent;

        public ModelType? Lookup(string name) =>
            _names.TryGetValue(name, out var type) ? type : Parent?.Lookup(name);

        public IEnumerable<string> Names() => _names.Keys.Concat(Parent?.Names() ?? []);
    }
}

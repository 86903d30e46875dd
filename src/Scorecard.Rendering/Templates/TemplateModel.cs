using System.Collections;
using System.Reflection;
using Scorecard.Rendering.Model;
using Scriban;
using Scriban.Runtime;

namespace Scorecard.Rendering.Templates;

/// <summary>What a value in the template model is, as a template sees it.</summary>
public enum ModelValueKind
{
    /// <summary>An object with named members (a model record).</summary>
    Object,

    /// <summary>A list: <c>for x in …</c>, <c>.size</c>.</summary>
    List,

    /// <summary>Text: <c>.size</c> and the <c>string.*</c> functions.</summary>
    Text,

    Number,

    Boolean,

    /// <summary>HTML the renderer built (<see cref="Rendering.Markup"/>), written as it is.</summary>
    Markup,

    /// <summary>Something the description does not know the shape of (a dictionary, an object): never checked.</summary>
    Unknown,
}

/// <summary>A member of a model object: its template name (snake_case), its type, and the C# property it comes from.</summary>
public sealed record ModelMember(string Name, ModelType Type, bool MayBeNull, string ClrName);

/// <summary>
/// The shape of a model value: its kind, and for an object its members, for a list the type of
/// its items. Built by reflection over the model records, named as Scriban names them.
/// </summary>
public sealed class ModelType
{
    private readonly Dictionary<string, ModelMember> _members = new(StringComparer.Ordinal);

    internal ModelType(string name, ModelValueKind kind, ModelType? element = null)
    {
        Name = name;
        Kind = kind;
        Element = element;
    }

    /// <summary>The C# type's name: "MeasureModel", "String", "IReadOnlyList`1".</summary>
    public string Name { get; }

    public ModelValueKind Kind { get; }

    /// <summary>The type of a list's items; null for anything but a list.</summary>
    public ModelType? Element { get; internal set; }

    /// <summary>An object's members in declaration order; empty for anything but an object.</summary>
    public IReadOnlyList<ModelMember> Members => [.. _members.Values];

    public ModelMember? Member(string name) => _members.GetValueOrDefault(name);

    /// <summary>The members a template may ask this value for: an object's, or <c>size</c> of a list or text.</summary>
    public IReadOnlyList<string> MemberNames => Kind switch
    {
        ModelValueKind.Object or ModelValueKind.Markup => [.. _members.Keys],
        ModelValueKind.List or ModelValueKind.Text => ["size"],
        _ => [],
    };

    internal void Add(ModelMember member) => _members[member.Name] = member;

    internal static ModelType Unknown { get; } = new("object", ModelValueKind.Unknown);

    public override string ToString() => Kind == ModelValueKind.List ? $"list of {Element}" : Name;
}

/// <summary>A helper function templates can call (<c>uk.number</c>), with its parameters' names.</summary>
public sealed record ModelFunction(string Name, IReadOnlyList<string> Parameters, string ClrName);

/// <summary>
/// The template model, described by reflection so it never drifts from the code: the global
/// <c>report</c> (<see cref="ReportModel"/> and everything it reaches, every property named by
/// Scriban's snake_case renamer), the <c>uk.*</c> helpers (<see cref="UkFormat"/>'s public static
/// methods, imported as the renderer imports them), and Scriban's built-in objects
/// (<c>string.*</c>, <c>array.*</c>, <c>math.*</c>, …). <see cref="TemplateChecker"/> checks
/// templates against it; templates/README.md is checked against it too.
/// </summary>
public sealed class TemplateModel
{
    private static readonly Lazy<TemplateModel> Instance = new(() => new TemplateModel());

    private readonly Dictionary<Type, ModelType> _types = [];

    private TemplateModel()
    {
        Report = Describe(typeof(ReportModel));
        Text = Describe(typeof(string));
        Number = Describe(typeof(double));
        Boolean = Describe(typeof(bool));
        Markup = Describe(typeof(Markup));
        Uk = Functions(Helpers.Uk());
        var context = new TemplateContext();
        Globals = [.. Helpers.Globals(null, context).Keys.Where(k => k != "string").Order(StringComparer.Ordinal)];
        Contents = Describe(typeof(IReadOnlyList<ContentsEntry>));
        var builtins = context.BuiltinObject;
        Builtins = builtins.Keys.ToDictionary(
            k => k,
            k => builtins[k] is ScriptObject o ? (IReadOnlyList<string>)[.. o.Keys.Order(StringComparer.Ordinal)] : [],
            StringComparer.Ordinal);
    }

    /// <summary>The model as the renderer builds it.</summary>
    public static TemplateModel Current => Instance.Value;

    /// <summary>The names of the globals the renderer gives every template: report, uk, include.</summary>
    public IReadOnlyList<string> Globals { get; }

    /// <summary>The global <c>contents</c> of the contents templates: a list of entries (title, anchor, markdown_anchor).</summary>
    public ModelType Contents { get; }

    /// <summary>The global <c>report</c>.</summary>
    public ModelType Report { get; }

    /// <summary>Text, a number, true or false, and renderer-built markup: the types of literals and helpers' results.</summary>
    public ModelType Text { get; }

    public ModelType Number { get; }

    public ModelType Boolean { get; }

    public ModelType Markup { get; }

    /// <summary>The <c>uk.*</c> helpers, by template name.</summary>
    public IReadOnlyList<ModelFunction> Uk { get; }

    /// <summary>Scriban's built-in objects and functions (<c>string</c> → its functions; <c>include</c> → none).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Builtins { get; }

    /// <summary>Every type the model reaches, by C# type.</summary>
    public IReadOnlyDictionary<Type, ModelType> Types => _types;

    /// <summary>The template name Scriban gives a C# member: <c>ShortLabel</c> → <c>short_label</c>.</summary>
    public static string TemplateName(MemberInfo member) => StandardMemberRenamer.Default(member);

    private ModelType Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (_types.TryGetValue(type, out var known))
        {
            return known;
        }

        ModelType described;
        if (type == typeof(string) || type == typeof(char))
        {
            described = new ModelType(type.Name, ModelValueKind.Text);
        }
        else if (type == typeof(bool))
        {
            described = new ModelType(type.Name, ModelValueKind.Boolean);
        }
        else if (type.IsPrimitive || type == typeof(decimal))
        {
            described = new ModelType(type.Name, ModelValueKind.Number);
        }
        else if (ElementType(type) is { } element)
        {
            described = new ModelType(type.Name, ModelValueKind.List);
            _types[type] = described;
            described.Element = Describe(element);
            return described;
        }
        else if (typeof(IDictionary).IsAssignableFrom(type) || type == typeof(object) || type.IsInterface)
        {
            described = new ModelType(type.Name, ModelValueKind.Unknown);
        }
        else
        {
            described = new ModelType(type.Name, type == typeof(Rendering.Markup) ? ModelValueKind.Markup : ModelValueKind.Object);
            _types[type] = described;
            var nullability = new NullabilityInfoContext();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }))
            {
                var mayBeNull = Nullable.GetUnderlyingType(property.PropertyType) is not null
                    || nullability.Create(property).ReadState == NullabilityState.Nullable;
                described.Add(new ModelMember(TemplateName(property), Describe(property.PropertyType), mayBeNull, property.Name));
            }

            return described;
        }

        _types[type] = described;
        return described;
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return typeof(IDictionary).IsAssignableFrom(type) || enumerable is null ? null : enumerable.GetGenericArguments()[0];
    }

    private static List<ModelFunction> Functions(ScriptObject helpers)
    {
        var methods = typeof(UkFormat).GetMethods(BindingFlags.Public | BindingFlags.Static);
        return helpers.Keys.Order(StringComparer.Ordinal)
            .Select(name =>
            {
                var method = methods.FirstOrDefault(m => TemplateName(m) == name);
                return new ModelFunction(name, method?.GetParameters().Select(p => p.Name ?? "x").ToList() ?? [], method?.Name ?? name);
            })
            .ToList();
    }
}

/// <summary>The helper objects templates see, made once here for the renderer and the model's description alike.</summary>
internal static class Helpers
{
    /// <summary>
    /// The globals every template sees: <c>report</c> (the model), <c>uk</c> (the helpers) and
    /// <c>include</c> (returning markup). Add a global here and the template checker knows it.
    /// </summary>
    /// <param name="contents">The contents list, for the <c>_contents</c> templates only (rendered after the page, from its headings).</param>
    public static ScriptObject Globals(ReportModel? model, TemplateContext context, IReadOnlyList<ContentsEntry>? contents = null)
    {
        var globals = new ScriptObject();
        globals.SetValue("report", model, readOnly: true);
        if (contents is not null)
        {
            globals.SetValue(ContentsGlobal, contents, readOnly: true);
        }

        globals.SetValue("uk", Uk(), readOnly: true);
        if (context.BuiltinObject["include"] is IScriptCustomFunction include)
        {
            globals.SetValue("include", new MarkupInclude(include), readOnly: true);
        }

        if (context.BuiltinObject["string"] is ScriptObject strings)
        {
            globals.SetValue("string", MarkupAwareFunction.Wrap(strings), readOnly: true);
        }

        return globals;
    }

    /// <summary>The global the contents templates (<see cref="ContentsTemplates"/>) see the contents list as.</summary>
    public const string ContentsGlobal = "contents";

    /// <summary>The templates rendered with <see cref="ContentsGlobal"/>, after the page they belong to.</summary>
    public static IReadOnlyList<string> ContentsTemplates { get; } = ["_contents.html.sbn", "_contents.md.sbn"];

    /// <summary><c>uk</c>: <see cref="UkFormat"/>'s public static methods, snake_case.</summary>
    public static ScriptObject Uk()
    {
        var uk = new ScriptObject();
        uk.Import(typeof(UkFormat));
        return uk;
    }
}

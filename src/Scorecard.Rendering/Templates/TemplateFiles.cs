using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Scorecard.Rendering.Templates;

/// <summary>An include that names a file outside the template folder, or no file at all.</summary>
internal sealed class TemplateIncludeException(SourceSpan span, string message, bool notFound)
    : ScriptRuntimeException(span, message)
{
    public bool NotFound { get; } = notFound;
}

/// <summary>
/// Finds templates: first in the analyst's template folder (when one is given), then among the
/// built-in templates embedded in this assembly. Only plain relative names are accepted
/// ("_measure.html.sbn", "partials/_chart.html.sbn"): no absolute paths, no "..".
/// </summary>
internal sealed class TemplateFiles : ITemplateLoader
{
    internal const string BuiltInPrefix = "built-in:";
    private static readonly Assembly Assembly = typeof(TemplateFiles).Assembly;
    private readonly string? _folder;

    public TemplateFiles(string? folder)
    {
        _folder = folder is null ? null : Path.GetFullPath(folder);
    }

    /// <summary>True when <paramref name="name"/> is a plain relative path that stays inside the folder.</summary>
    public static bool IsSafeName(string name) =>
        !string.IsNullOrWhiteSpace(name)
        && !Path.IsPathRooted(name)
        && !name.Contains(':', StringComparison.Ordinal)
        && !name.Contains('\\', StringComparison.Ordinal)
        && !name.Split('/').Any(part => part is ".." or "." or "");

    /// <summary>The path a template is read from: a file in the folder, or "built-in:name"; null when it exists nowhere.</summary>
    public string? Resolve(string name)
    {
        if (_folder is not null)
        {
            var full = Path.GetFullPath(Path.Combine(_folder, name));
            if (full.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            {
                return full;
            }
        }

        return Assembly.GetManifestResourceInfo("Templates/" + name) is not null ? BuiltInPrefix + name : null;
    }

    public static string Read(string path)
    {
        if (path.StartsWith(BuiltInPrefix, StringComparison.Ordinal))
        {
            using var stream = Assembly.GetManifestResourceStream("Templates/" + path[BuiltInPrefix.Length..])
                ?? throw new InvalidOperationException($"The built-in template {path} is missing from the assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().ReplaceLineEndings("\n");
        }

        return File.ReadAllText(path).ReplaceLineEndings("\n");
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!IsSafeName(templateName))
        {
            throw new TemplateIncludeException(callerSpan,
                $"cannot include \"{templateName}\": templates may include only files inside the template folder, named by a relative path without \"..\".", notFound: false);
        }

        return Resolve(templateName)
            ?? throw new TemplateIncludeException(callerSpan,
                $"cannot include \"{templateName}\": there is no such template in {(_folder is null ? "the built-in templates" : $"{_folder} or the built-in templates")}.", notFound: true);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Read(templatePath));
}

using System.Reflection;
using Scorecard.Core.Diagnostics;
using Scorecard.Rendering.Files;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Scorecard.Rendering.Templates;

/// <summary>Where <see cref="TemplateFiles.Locate"/> found a file: its path (or "built-in:name"), or why it cannot be used.</summary>
/// <param name="Outside">True when the file leads out of the template folder (a link to a file elsewhere).</param>
internal sealed record FileLookup(string? Path, string? Problem, bool Outside);

/// <summary>An include that names a file outside the template folder, or no file at all.</summary>
internal sealed class TemplateIncludeException(SourceSpan span, string message, bool notFound)
    : ScriptRuntimeException(span, message)
{
    public bool NotFound { get; } = notFound;
}

/// <summary>
/// Finds templates: first in the analyst's template folder (when one is given), then among the
/// built-in templates embedded in this assembly. Only plain relative names are accepted
/// ("_measure.html.sbn", "partials/_chart.html.sbn"): no absolute paths, no "..". A file is read
/// only when its real path (every link followed) is inside the folder's real path, and only
/// when it is a regular file: a link out of the folder, a named pipe or a device is refused.
/// </summary>
internal sealed class TemplateFiles : ITemplateLoader
{
    internal const string BuiltInPrefix = "built-in:";

    /// <summary>The largest template file read: 4 MB (a template with a large inline logo is far smaller).</summary>
    public const long MaximumFileBytes = 4 * 1024 * 1024;

    private static readonly Assembly Assembly = typeof(TemplateFiles).Assembly;
    private readonly string? _folder;
    private readonly string? _realFolder;
    private readonly List<Diagnostic> _warnings = [];

    public TemplateFiles(string? folder)
    {
        _folder = folder is null ? null : Path.GetFullPath(folder);
        _realFolder = _folder is null ? null : RealPath.Of(_folder) ?? _folder;
    }

    /// <summary>Warnings met while reading templates (a template that is not UTF-8, SC0321).</summary>
    public IReadOnlyList<Diagnostic> Warnings => _warnings;

    /// <summary>True when <paramref name="name"/> is a plain relative path that stays inside the folder.</summary>
    public static bool IsSafeName(string name) =>
        !string.IsNullOrWhiteSpace(name)
        && !Path.IsPathRooted(name)
        && !name.Contains(':', StringComparison.Ordinal)
        && !name.Contains('\\', StringComparison.Ordinal)
        && !name.Split('/').Any(part => part is ".." or "." or "");

    /// <summary>
    /// The path a template is read from: a file in the folder, or "built-in:name"; null when it
    /// exists nowhere. <paramref name="problem"/> says why a file in the folder cannot be used
    /// (then the built-in one is not used either: the analyst meant their own).
    /// </summary>
    public string? Resolve(string name, out string? problem)
    {
        var found = Locate(name);
        problem = found.Problem;
        return found.Path;
    }

    /// <summary>
    /// Where a file named by a template is, as <see cref="Resolve"/> finds it, and when it cannot
    /// be used, why, and whether because it leads out of the folder.
    /// </summary>
    internal FileLookup Locate(string name)
    {
        if (_folder is not null)
        {
            var full = Path.GetFullPath(Path.Combine(_folder, name));
            if (full.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                var kind = InputFile.KindOf(full);
                if (kind != FileKind.Missing)
                {
                    var real = RealPath.Of(full);
                    if (real is null)
                    {
                        return new FileLookup(null, $"cannot use \"{name}\": its links loop.", Outside: false);
                    }

                    if (!RealPath.IsInside(real, _realFolder!))
                    {
                        return new FileLookup(null, $"cannot use \"{name}\": it is a link to {real}, outside the template folder; templates may use only files inside it.", Outside: true);
                    }

                    if (kind != FileKind.Regular)
                    {
                        return new FileLookup(null, kind == FileKind.Inaccessible
                            ? $"cannot read \"{name}\": permission denied."
                            : $"cannot use \"{name}\": it is {InputFile.Describe(kind)}, not a file.", Outside: false);
                    }

                    return new FileLookup(full, null, Outside: false);
                }
            }
        }

        return new FileLookup(Assembly.GetManifestResourceInfo("Templates/" + name) is not null ? BuiltInPrefix + name : null, null, Outside: false);
    }

    /// <summary>
    /// The names of the files beside where <paramref name="name"/> would be, in the folder and
    /// among the built-in templates, relative to the folder as templates name them: for "did you mean".
    /// </summary>
    internal IReadOnlyList<string> Neighbours(string name)
    {
        var slash = name.LastIndexOf('/');
        var prefix = slash < 0 ? string.Empty : name[..(slash + 1)];
        var names = new List<string>();
        if (_folder is not null)
        {
            try
            {
                names.AddRange(Directory.EnumerateFiles(Path.Combine(_folder, prefix)).Select(f => prefix + Path.GetFileName(f)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // No suggestion from a folder that cannot be listed.
            }
        }

        const string resources = "Templates/";
        names.AddRange(Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resources + prefix, StringComparison.Ordinal) && !n[(resources.Length + prefix.Length)..].Contains('/', StringComparison.Ordinal))
            .Select(n => n[resources.Length..]));
        return names;
    }

    /// <summary>
    /// The bytes of a file <see cref="Locate"/> found (a path, or "built-in:name"), when it holds
    /// at most <paramref name="maxBytes"/>; otherwise null, with its size when that is the reason
    /// (<paramref name="tooLarge"/>, checked before reading) or the <paramref name="problem"/>.
    /// </summary>
    internal static byte[]? ReadBytes(string path, long maxBytes, out long? tooLarge, out string? problem)
    {
        tooLarge = null;
        problem = null;
        if (path.StartsWith(BuiltInPrefix, StringComparison.Ordinal))
        {
            using var stream = Assembly.GetManifestResourceStream("Templates/" + path[BuiltInPrefix.Length..])
                ?? throw new InvalidOperationException($"The built-in file {path} is missing from the assembly.");
            if (stream.Length > maxBytes)
            {
                tooLarge = stream.Length;
                return null;
            }

            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }

        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                tooLarge = length;
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // InputFile.Read below says what is wrong.
        }

        var read = InputFile.Read(path, maxBytes);
        problem = read.Problem is null ? null : $"the file {read.Problem}";
        return read.Bytes;
    }

    /// <summary>
    /// Checks that the folder can be listed; a folder Scorecard may not read must not silently
    /// give the built-in templates. Null when it can (or when there is no folder).
    /// </summary>
    public Diagnostic? CheckFolder()
    {
        if (_folder is null)
        {
            return null;
        }

        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(_folder).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return RenderingDiagnostics.FolderUnreadable(RenderingDiagnostics.TemplateFolderUnreadable, "template", _folder, e);
        }
    }

    /// <summary>The template's text, or null with <paramref name="problem"/> when the file cannot be used.</summary>
    public string? Read(string path, out string? problem)
    {
        problem = null;
        if (path.StartsWith(BuiltInPrefix, StringComparison.Ordinal))
        {
            using var stream = Assembly.GetManifestResourceStream("Templates/" + path[BuiltInPrefix.Length..])
                ?? throw new InvalidOperationException($"The built-in template {path} is missing from the assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().ReplaceLineEndings("\n");
        }

        var read = InputFile.Read(path, MaximumFileBytes);
        if (read.Bytes is null)
        {
            problem = $"the template {path} {read.Problem}";
            return null;
        }

        var decoded = TextDecoding.Decode(read.Bytes);
        if (decoded.Text is null)
        {
            problem = $"the template {path} {decoded.Problem}";
            return null;
        }

        if (decoded.Windows1252Line is { } line)
        {
            _warnings.Add(Diagnostic.Warning(RenderingDiagnostics.TemplateNotUtf8, SourceLocation.AtLine(path, line),
                "the template is not UTF-8 (from this line), so it was read as Windows-1252. Save it as UTF-8."));
        }

        return decoded.Text;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!IsSafeName(templateName))
        {
            throw new TemplateIncludeException(callerSpan,
                $"cannot include \"{templateName}\": templates may include only files inside the template folder, named by a relative path without \"..\".", notFound: false);
        }

        var path = Resolve(templateName, out var problem);
        if (problem is not null)
        {
            throw new TemplateIncludeException(callerSpan, problem, notFound: false);
        }

        return path
            ?? throw new TemplateIncludeException(callerSpan,
                $"cannot include \"{templateName}\": there is no such template in {(_folder is null ? "the built-in templates" : $"{_folder} or the built-in templates")}.", notFound: true);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        Read(templatePath, out var problem) ?? throw new TemplateIncludeException(callerSpan, problem!, notFound: false);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}

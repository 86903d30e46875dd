using Scorecard.Core.Diagnostics;
using Scorecard.Rendering.Images;
using Scriban;
using Scriban.Syntax;

namespace Scorecard.Rendering.Templates;

/// <summary>
/// Embeds the local images a template's own text names (<c>&lt;img src="logo.png"&gt;</c>,
/// <c>srcset</c>, CSS <c>url(crest.svg)</c>, a Markdown <c>![](logo.png)</c>) as <c>data:</c> URIs,
/// so the report stays one self-contained file. A name is relative to the template folder (as
/// includes are) and found there first, then among the built-in templates. An image that is
/// missing, unreadable, outside the folder, too large, not an image or an unsafe SVG is an error
/// at the template's file, line and column (SC0340–SC0346), and the reference is left empty.
/// Only the text outside <c>{{ … }}</c> is looked at: a reference made by code
/// (<c>src="{{ … }}"</c>) exists only in the rendered report, where <see cref="Safety.LinkGuard"/>
/// refuses it unless it is a <c>data:</c> URI.
/// </summary>
internal sealed class TemplateImages(TemplateFiles files)
{
    /// <summary>What an image a template names may be, and how messages name it.</summary>
    private static ImageRules Rules(string name) => new(
        $"\"{name}\"", $"the SVG image \"{name}\"", "an image in a report",
        [ImageKind.Png, ImageKind.Jpeg, ImageKind.Gif, ImageKind.WebP, ImageKind.Svg], InlineImage.MaximumBytes,
        "make it smaller in an image editor, or save a photograph as JPEG");

    /// <summary>Each file's outcome, read once however often it is named: its data: URI, or the problem (code and message).</summary>
    private readonly Dictionary<string, (string? DataUri, string? Code, string? Message)> _read = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _errors = [];
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    /// <summary>The problems found so far, each once.</summary>
    public IReadOnlyList<Diagnostic> Errors => _errors;

    /// <summary>Embeds the images <paramref name="template"/>'s text names, in place. <paramref name="path"/> names it in messages.</summary>
    public void Embed(Template template, string path)
    {
        ArgumentNullException.ThrowIfNull(template);
        Visit(template.Page, path);
    }

    private void Visit(ScriptNode? node, string path)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptRawStatement raw:
                Embed(raw, path);
                return;
        }

        foreach (var child in node.Children)
        {
            Visit(child, path);
        }
    }

    private void Embed(ScriptRawStatement raw, string path)
    {
        var text = raw.Text.ToString();
        var references = ImageReferences.InTemplateText(text);
        if (references.Count == 0)
        {
            return;
        }

        var rewritten = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var reference in references)
        {
            if (reference.Start < at || reference.Target is ReferenceTarget.Inside or ReferenceTarget.Inline)
            {
                continue;
            }

            var location = Locate(raw.Text, reference.Start, path);
            rewritten.Append(text, at, reference.Start - at).Append(Replacement(reference, location));
            at = reference.Start + reference.Length;
        }

        if (at > 0)
        {
            raw.Text = new ScriptStringSlice(rewritten.Append(text, at, text.Length - at).ToString());
        }
    }

    /// <summary>The data: URI that replaces a reference; empty when it is refused (its error is reported).</summary>
    private string Replacement(ImageReference reference, SourceLocation location)
    {
        if (reference.Kind == ReferenceKind.CssImport)
        {
            Report(RenderingDiagnostics.StylesheetImported(location, reference.Url));
            return string.Empty;
        }

        if (reference.Target == ReferenceTarget.Outside)
        {
            Report(RenderingDiagnostics.ImageOutside(location, reference.Url));
            return string.Empty;
        }

        var (name, fragment) = ImageReferences.FileOf(reference.Url);
        if (!TemplateFiles.IsSafeName(name))
        {
            Report(RenderingDiagnostics.ImageOutside(location, reference.Url));
            return string.Empty;
        }

        var (dataUri, code, message) = Read(name);
        if (dataUri is null)
        {
            Report(Diagnostic.Error(code!, location, message!));
            return string.Empty;
        }

        return dataUri + fragment;
    }

    private (string? DataUri, string? Code, string? Message) Read(string name)
    {
        if (_read.TryGetValue(name, out var known))
        {
            return known;
        }

        var result = ReadFile(name);
        _read[name] = result;
        return result;
    }

    private (string? DataUri, string? Code, string? Message) ReadFile(string name)
    {
        var found = files.Locate(name);
        if (found.Problem is { } problem)
        {
            return (null, found.Outside ? RenderingDiagnostics.TemplateImageOutside : RenderingDiagnostics.TemplateImageUnreadable, RenderingDiagnostics.ImageUnusable(problem));
        }

        if (found.Path is not { } path)
        {
            return (null, RenderingDiagnostics.TemplateImageMissing, RenderingDiagnostics.ImageMissing(name, files.Neighbours(name)));
        }

        var rules = Rules(name);
        var bytes = TemplateFiles.ReadBytes(path, rules.MaximumBytes, out var tooLarge, out var unreadable);
        if (tooLarge is { } length)
        {
            return (null, RenderingDiagnostics.TemplateImageTooLarge, InlineImage.TooLarge(length, rules));
        }

        if (bytes is null)
        {
            return (null, RenderingDiagnostics.TemplateImageUnreadable, RenderingDiagnostics.ImageUnusable($"cannot use \"{name}\": {unreadable}"));
        }

        var check = InlineImage.Read(bytes, rules);
        return check.Image is { } image
            ? (image.DataUri, null, null)
            : (null, check.Problem switch
            {
                ImageProblem.TooLarge => RenderingDiagnostics.TemplateImageTooLarge,
                ImageProblem.UnsafeSvg => RenderingDiagnostics.TemplateImageUnsafe,
                _ => RenderingDiagnostics.TemplateNotAnImage,
            }, check.Message);
    }

    /// <summary>The file, line and column of a place in a raw text, counted in the whole template it was cut from.</summary>
    private static SourceLocation Locate(ScriptStringSlice slice, int offset, string path)
    {
        var full = slice.FullText;
        var position = slice.Index + offset;
        if (full is null || slice.Index < 0 || position > full.Length)
        {
            return SourceLocation.InFile(path);
        }

        var (line, column) = ImageReferences.LineAndColumn(full, position);
        return SourceLocation.AtLine(path, line, column);
    }

    private void Report(Diagnostic diagnostic)
    {
        if (_reported.Add(diagnostic.ToString()))
        {
            _errors.Add(diagnostic);
        }
    }
}

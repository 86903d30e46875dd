using System.Net;
using System.Text.RegularExpressions;

namespace Scorecard.Rendering.Images;

/// <summary>Where an image reference was written.</summary>
public enum ReferenceKind
{
    /// <summary>An HTML attribute that loads an image: <c>src</c>, <c>poster</c>, <c>background</c>.</summary>
    Attribute,

    /// <summary>One candidate of a <c>srcset</c>.</summary>
    Srcset,

    /// <summary>CSS <c>url(…)</c>, or a string in <c>image-set(…)</c>.</summary>
    CssUrl,

    /// <summary>CSS <c>@import</c>: another stylesheet, never an image.</summary>
    CssImport,

    /// <summary>A Markdown image, <c>![alt](logo.png)</c>.</summary>
    MarkdownImage,
}

/// <summary>What a reference points at.</summary>
public enum ReferenceTarget
{
    /// <summary>Nothing to load: empty, or a place in the page itself (<c>#icon</c>).</summary>
    Inside,

    /// <summary>Already inline: a <c>data:</c> URI.</summary>
    Inline,

    /// <summary>A file named by a relative path (<c>logo.png</c>, <c>images/crest.svg</c>).</summary>
    LocalFile,

    /// <summary>Anything else: a web address, another scheme (<c>file:</c>), an absolute path.</summary>
    Outside,
}

/// <summary>
/// An image (or stylesheet) reference found in text: the URL as written, where it was written
/// (<see cref="Start"/> and <see cref="Length"/> in the text searched), and the URL as a browser
/// reads it (<see cref="Url"/>: HTML character references decoded in attributes).
/// </summary>
public readonly record struct ImageReference(int Start, int Length, string Url, ReferenceKind Kind)
{
    public ReferenceTarget Target => ImageReferences.TargetOf(Url);
}

/// <summary>
/// Finds the places text loads an image from: HTML attributes (<c>src</c>, <c>srcset</c>,
/// <c>poster</c>, <c>background</c>), CSS (<c>url(…)</c>, <c>image-set(…)</c>, <c>@import</c>) and
/// Markdown images. Used on a template's own text, to embed the local images it names, and on
/// the rendered report, to make sure nothing is loaded from outside it.
/// </summary>
public static partial class ImageReferences
{
    /// <summary>
    /// The references written in a template's text outside its code (<c>{{ … }}</c>): only those
    /// whole in <paramref name="text"/>. A value that runs on into code (<c>src="images/{{ name }}"</c>)
    /// is not one: it is made when the template runs, and checked in the rendered report.
    /// </summary>
    public static IReadOnlyList<ImageReference> InTemplateText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<ImageReference>();
        foreach (Match match in SourceAttribute().Matches(text))
        {
            var value = match.Groups["value"];
            var quoted = match.Groups["quote"].Success;
            if (!quoted && value.Index + value.Length == text.Length)
            {
                continue; // an unquoted value may go on in the code that follows
            }

            if (match.Groups["name"].Value.Equals("srcset", StringComparison.OrdinalIgnoreCase))
            {
                found.AddRange(Srcset(value.Value).Select(c => c with { Start = c.Start + value.Index, Url = WebUtility.HtmlDecode(c.Url) }));
            }
            else
            {
                found.Add(new ImageReference(value.Index, value.Length, WebUtility.HtmlDecode(value.Value), ReferenceKind.Attribute));
            }
        }

        found.AddRange(Css(text));
        foreach (Match match in MarkdownImage().Matches(text))
        {
            var value = match.Groups["value"];
            found.Add(new ImageReference(value.Index, value.Length, value.Value, ReferenceKind.MarkdownImage));
        }

        return [.. found.OrderBy(r => r.Start)];
    }

    /// <summary>The references in CSS: <c>url(…)</c>, the strings of <c>image-set(…)</c>, and <c>@import</c>.</summary>
    public static IReadOnlyList<ImageReference> Css(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        var found = new List<ImageReference>();
        foreach (Match match in CssUrl().Matches(css))
        {
            var value = match.Groups["value"];
            var import = match.Groups["import"].Success;
            found.Add(new ImageReference(value.Index, value.Length, value.Value.Trim(), import ? ReferenceKind.CssImport : ReferenceKind.CssUrl));
        }

        foreach (Match match in ImageSet().Matches(css))
        {
            // The strings inside image-set( … ), up to its closing parenthesis; url(…) in it is found above.
            var end = css.IndexOf(')', match.Index + match.Length);
            var inside = css[(match.Index + match.Length)..(end < 0 ? css.Length : end)];
            foreach (Match text in CssString().Matches(inside))
            {
                var value = text.Groups["value"];
                if (!inside[..text.Index].TrimEnd().EndsWith("url(", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(new ImageReference(match.Index + match.Length + value.Index, value.Length, value.Value.Trim(), ReferenceKind.CssUrl));
                }
            }
        }

        return [.. found.OrderBy(r => r.Start)];
    }

    /// <summary>
    /// The URLs of a <c>srcset</c> value ("logo.png 1x, logo@2x.png 2x"), each with its place in
    /// the value, read as the HTML standard reads them: a URL is a run without spaces (so a
    /// <c>data:</c> URI keeps its comma), then descriptors up to a comma.
    /// </summary>
    public static IReadOnlyList<ImageReference> Srcset(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var found = new List<ImageReference>();
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && (char.IsWhiteSpace(value[i]) || value[i] == ','))
            {
                i++;
            }

            var start = i;
            while (i < value.Length && !char.IsWhiteSpace(value[i]))
            {
                i++;
            }

            var end = i;
            var ended = false;
            while (end > start && value[end - 1] == ',')
            {
                end--;
                ended = true;
            }

            if (end > start)
            {
                found.Add(new ImageReference(start, end - start, value[start..end], ReferenceKind.Srcset));
            }

            if (ended)
            {
                continue;
            }

            // The descriptors ("2x", "480w"), up to the comma that ends the candidate.
            var depth = 0;
            while (i < value.Length && (value[i] != ',' || depth > 0))
            {
                depth += value[i] == '(' ? 1 : value[i] == ')' ? -1 : 0;
                i++;
            }
        }

        return found;
    }

    /// <summary>What <paramref name="url"/> points at, as a browser would read it.</summary>
    public static ReferenceTarget TargetOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);

        // Browsers drop tabs and line breaks anywhere in a URL, and spaces and controls at its ends.
        var text = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(TrimmedEnds);
        if (text.Length == 0 || text.StartsWith('#'))
        {
            return ReferenceTarget.Inside;
        }

        if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return ReferenceTarget.Inline;
        }

        return Scheme().IsMatch(text) || text.StartsWith('/') || text.StartsWith('\\') ? ReferenceTarget.Outside : ReferenceTarget.LocalFile;
    }

    /// <summary>
    /// The file a local reference names, relative to the template folder: "images/crest.png" for
    /// "images/crest%20.png?v=2#top" without its query and fragment, percent-decoded; and the
    /// fragment, kept for the data: URI ("#top"), or empty.
    /// </summary>
    public static (string File, string Fragment) FileOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.Trim();
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? string.Empty : text[hash..];
        text = hash < 0 ? text : text[..hash];
        var query = text.IndexOf('?', StringComparison.Ordinal);
        text = query < 0 ? text : text[..query];
        return (Uri.UnescapeDataString(text), fragment);
    }

    /// <summary>The line and column (both from 1) of the place <paramref name="offset"/> in <paramref name="text"/>: where a reference is, for a message.</summary>
    internal static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static readonly char[] TrimmedEnds = [.. Enumerable.Range(0, 33).Select(i => (char)i)];

    /// <summary>An attribute that loads an image, after a space, quote or slash (as in a tag), with its value.</summary>
    [GeneratedRegex("""(?<=[\s"'/])(?<name>src|srcset|poster|background)\s*=\s*(?:(?<quote>["'])(?<value>(?:(?!\k<quote>).)*)\k<quote>|(?<value>[^\s"'=<>`]+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SourceAttribute();

    /// <summary>url(…), quoted or not, up to its closing parenthesis; and @import with url(…) or a string.</summary>
    [GeneratedRegex("""(?<![\w-])url\(\s*(?:"(?<value>[^"\n]*)"|'(?<value>[^'\n]*)'|(?<value>[^"'()\s]+))\s*\)|(?<import>@import)\s*(?:url\(\s*(?:"(?<value>[^"\n]*)"|'(?<value>[^'\n]*)'|(?<value>[^"'()\s]+))\s*\)|"(?<value>[^"\n]*)"|'(?<value>[^'\n]*)')""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"image-set\(", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageSet();

    [GeneratedRegex("""(?:"(?<value>[^"\n]*)"|'(?<value>[^'\n]*)')""", RegexOptions.CultureInvariant)]
    private static partial Regex CssString();

    /// <summary>![alt](target "title"): the target, bare or in &lt;…&gt;.</summary>
    [GeneratedRegex("""!\[(?:[^\]\\\n]|\\.)*\]\(\s*(?:<(?<value>[^>\n]*)>|(?<value>[^\s()<>]+))(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)""", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"^(?:[a-zA-Z][a-zA-Z0-9+.\-]*:|//)", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}

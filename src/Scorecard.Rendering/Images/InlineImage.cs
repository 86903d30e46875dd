using System.Globalization;
using System.Xml;

namespace Scorecard.Rendering.Images;

/// <summary>The kinds of image a report can carry inline, known by their bytes.</summary>
public enum ImageKind
{
    Png,
    Jpeg,
    Gif,
    WebP,
    Svg,
}

/// <summary>Why a file cannot be embedded as an image.</summary>
public enum ImageProblem
{
    None,
    NotAnImage,
    TooLarge,
    UnsafeSvg,
}

/// <summary>
/// What a caller accepts, and how its messages name the file: the office's logo ("the logo",
/// PNG, JPEG or SVG) or an image a template refers to ("\"crest.png\"", any <see cref="ImageKind"/>).
/// </summary>
/// <param name="Subject">How a message names the file: "the logo", "\"crest.png\"".</param>
/// <param name="SvgSubject">How a message names it once it is known to be SVG: "the SVG logo", "the SVG image \"crest.svg\"".</param>
/// <param name="Role">What it must be a plain picture as: "a logo", "an image in a report".</param>
/// <param name="SizeAdvice">How to make one that is too large smaller.</param>
public sealed record ImageRules(string Subject, string SvgSubject, string Role, IReadOnlyList<ImageKind> Accepted, long MaximumBytes, string SizeAdvice)
{
    /// <summary>"a PNG, JPEG or SVG image".</summary>
    public string AcceptedText
    {
        get
        {
            var names = Accepted.Select(InlineImage.Name).ToList();
            return names.Count == 1 ? $"a {names[0]} image" : $"a {string.Join(", ", names[..^1])} or {names[^1]} image";
        }
    }
}

/// <summary>
/// An image to embed in the HTML report as a <c>data:</c> URI, so the report stays one
/// self-contained file: the office's logo (<see cref="OfficeLogo"/>), or an image a template
/// refers to. Known by its bytes, never by its file name. An SVG is refused when it holds script,
/// event handlers, embedded HTML, a DTD or a reference to anything outside itself: a report shows
/// images with <c>&lt;img&gt;</c> and CSS, which run no script, but a template may put one anywhere.
/// The messages here are the one place image problems are worded.
/// </summary>
public sealed record InlineImage(ImageKind Kind, byte[] Bytes)
{
    /// <summary>The largest image a report embeds: every report carries it, so over 1 MB it would be most of the file.</summary>
    public const int MaximumBytes = 1024 * 1024;

    /// <summary>"image/png", "image/svg+xml".</summary>
    public string MediaType => Kind switch
    {
        ImageKind.Png => "image/png",
        ImageKind.Jpeg => "image/jpeg",
        ImageKind.Gif => "image/gif",
        ImageKind.WebP => "image/webp",
        _ => "image/svg+xml",
    };

    /// <summary>"data:image/png;base64,…".</summary>
    public string DataUri => $"data:{MediaType};base64,{Convert.ToBase64String(Bytes)}";

    public static string Name(ImageKind kind) => kind switch
    {
        ImageKind.Png => "PNG",
        ImageKind.Jpeg => "JPEG",
        ImageKind.Gif => "GIF",
        ImageKind.WebP => "WebP",
        ImageKind.Svg => "SVG",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads an image from its bytes: the image, or why it cannot be one under <paramref name="rules"/>.</summary>
    public static ImageCheck Read(byte[] bytes, ImageRules rules)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(rules);
        if (bytes.Length == 0)
        {
            return ImageCheck.Refused(ImageProblem.NotAnImage, $"{rules.Subject} is an empty file.");
        }

        if (bytes.Length > rules.MaximumBytes)
        {
            return ImageCheck.Refused(ImageProblem.TooLarge, TooLarge(bytes.Length, rules));
        }

        var span = bytes.AsSpan();
        var (kind, damaged) = Sniff(span);
        if (kind is { } known)
        {
            if (!rules.Accepted.Contains(known))
            {
                return ImageCheck.Refused(ImageProblem.NotAnImage, $"{rules.Subject} is a {Name(known)} image; give {rules.AcceptedText} (save it as PNG from an image editor).");
            }

            return damaged
                ? ImageCheck.Refused(ImageProblem.NotAnImage, $"{rules.Subject} starts as a {Name(known)} image but is damaged (no image header); save it again from an image editor.")
                : ImageCheck.Accepted(new InlineImage(known, bytes));
        }

        if (Other(span) is { } other)
        {
            return ImageCheck.Refused(ImageProblem.NotAnImage, $"{rules.Subject} is {other}; give {rules.AcceptedText} (save it as PNG from an image editor).");
        }

        return LooksLikeXml(span) && rules.Accepted.Contains(ImageKind.Svg)
            ? Svg(bytes, rules)
            : ImageCheck.Refused(ImageProblem.NotAnImage, $"{rules.Subject} is not {rules.AcceptedText}; give one of those.");
    }

    /// <summary>The message for a file of <paramref name="length"/> bytes, over <paramref name="rules"/>' largest.</summary>
    public static string TooLarge(long length, ImageRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var megabytes = (length / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);
        var limit = (rules.MaximumBytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
        return $"{rules.Subject} is {megabytes} MB, and every report would carry it; use an image under {limit} MB ({rules.SizeAdvice}).";
    }

    /// <summary>The raster image the bytes begin as, and whether its header is missing or cut short.</summary>
    private static (ImageKind? Kind, bool Damaged) Sniff(ReadOnlySpan<byte> span)
    {
        if (span.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return (ImageKind.Png, !(span.Length >= 24 && span.Slice(12, 4).SequenceEqual("IHDR"u8)));
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return (ImageKind.Jpeg, false);
        }

        if (span.StartsWith("GIF8"u8))
        {
            // "GIF87a" or "GIF89a", then the logical screen descriptor: 13 bytes at least.
            return (ImageKind.Gif, !(span.Length >= 13 && (span.StartsWith("GIF87a"u8) || span.StartsWith("GIF89a"u8))));
        }

        if (span.Length >= 12 && span.StartsWith("RIFF"u8) && span.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            // The first chunk says which encoding: lossy "VP8 ", lossless "VP8L" or extended "VP8X".
            var chunk = span.Length >= 16 ? span.Slice(12, 4) : [];
            return (ImageKind.WebP, !(chunk.SequenceEqual("VP8 "u8) || chunk.SequenceEqual("VP8L"u8) || chunk.SequenceEqual("VP8X"u8)));
        }

        return (null, false);
    }

    /// <summary>What a file that is no image a report can carry is, when its bytes tell.</summary>
    private static string? Other(ReadOnlySpan<byte> span)
    {
        if (span.StartsWith("BM"u8))
        {
            return "a BMP image";
        }

        if (span.StartsWith("%PDF"u8))
        {
            return "a PDF document";
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0x01, 0x00]))
        {
            return "an icon (.ico) file";
        }

        if (span.StartsWith("II*\0"u8) || span.StartsWith("MM\0*"u8))
        {
            return "a TIFF image";
        }

        if (span.Length >= 12 && span.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            var brand = span.Slice(8, 4);
            return brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8) ? "an AVIF image"
                : brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8) ? "a HEIC image (as iPhones save photos)"
                : "a video or other media file";
        }

        if (span.StartsWith("wOFF"u8) || span.StartsWith("wOF2"u8) || span.StartsWith("OTTO"u8) || span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x01, 0x00, 0x00]))
        {
            return "a font";
        }

        return span.StartsWith("PK"u8) ? "a zip archive (perhaps a Word or PowerPoint file)" : null;
    }

    private static bool LooksLikeXml(ReadOnlySpan<byte> span)
    {
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var i = 0;
        while (i < span.Length && span[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i < span.Length && span[i] == (byte)'<';
    }

    private static ImageCheck Svg(byte[] bytes, ImageRules rules)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = rules.MaximumBytes * 2L,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            var root = true;
            var inStyle = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    inStyle &= reader.LocalName != "style";
                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    if (inStyle && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && Unsafe(reader.Value, rules) is { } styleProblem)
                    {
                        return ImageCheck.Refused(ImageProblem.UnsafeSvg, At(reader, styleProblem));
                    }

                    continue;
                }

                if (root)
                {
                    root = false;
                    if (reader.LocalName != "svg")
                    {
                        return ImageCheck.Refused(ImageProblem.NotAnImage, $"{rules.Subject} is an XML file whose root is <{reader.Name}>, not an SVG image (<svg>); give {rules.AcceptedText}.");
                    }
                }

                var name = reader.LocalName.ToLowerInvariant();
                inStyle = name == "style" && !reader.IsEmptyElement;
                if (name is "script" or "foreignobject" or "iframe" or "object" or "embed")
                {
                    return ImageCheck.Refused(ImageProblem.UnsafeSvg, At(reader, name == "script"
                        ? $"{rules.SvgSubject} holds a script (<script>); {rules.Role} must be a plain picture. Remove the script, or export the picture again as a plain SVG or as PNG."
                        : $"{rules.SvgSubject} embeds other content (<{reader.Name}>); {rules.Role} must be a plain picture. Export it again as a plain SVG or as PNG."));
                }

                if (reader.MoveToFirstAttribute())
                {
                    do
                    {
                        if (Attribute(reader.LocalName, reader.Value, rules) is { } problem)
                        {
                            return ImageCheck.Refused(ImageProblem.UnsafeSvg, At(reader, problem));
                        }
                    }
                    while (reader.MoveToNextAttribute());
                    reader.MoveToElement();
                }
            }

            return root
                ? ImageCheck.Refused(ImageProblem.NotAnImage, $"{rules.Subject} is not {rules.AcceptedText}; give one of those.")
                : ImageCheck.Accepted(new InlineImage(ImageKind.Svg, bytes));
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return ImageCheck.Refused(ImageProblem.UnsafeSvg, $"{rules.SvgSubject} has a document type declaration (<!DOCTYPE …>), which can expand without limit or fetch outside files; remove that line.");
        }
        catch (XmlException e)
        {
            return ImageCheck.Refused(ImageProblem.NotAnImage, $"{rules.Subject} is not a well-formed SVG image: {e.Message}");
        }
    }

    private static string? Attribute(string name, string value, ImageRules rules)
    {
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return $"{rules.SvgSubject} has an event handler ({name}=\"…\"), which is script; {rules.Role} must be a plain picture. Remove it, or export the picture again as a plain SVG or as PNG.";
        }

        if (name == "href" && !IsInternal(value))
        {
            return $"{rules.SvgSubject} refers to \"{Shorten(value)}\", outside itself; a self-contained report cannot show it. Embed the picture in the SVG, or export it as PNG.";
        }

        return name == "style" ? Unsafe(value, rules) : null;
    }

    /// <summary>CSS in a style attribute or a &lt;style&gt; element may fetch outside files with url(…) or @import.</summary>
    private static string? Unsafe(string css, ImageRules rules)
    {
        var text = css.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (text.Contains("@import", StringComparison.Ordinal))
        {
            return $"{rules.SvgSubject}'s styles import another file (@import); a self-contained report cannot show it. Remove the import.";
        }

        var at = 0;
        while ((at = text.IndexOf("url(", at, StringComparison.Ordinal)) >= 0)
        {
            at += 4;
            var target = text[at..].TrimStart('"', '\'');
            if (!IsInternal(target))
            {
                return $"{rules.SvgSubject}'s styles refer to an outside file (url(…)); a self-contained report cannot show it. Remove the reference.";
            }
        }

        if (text.Contains("javascript:", StringComparison.Ordinal))
        {
            return $"{rules.SvgSubject} holds a javascript: address, which is script; {rules.Role} must be a plain picture.";
        }

        return null;
    }

    private static bool IsInternal(string reference)
    {
        var r = reference.Trim();
        return r.StartsWith('#') || r.StartsWith("data:image/png", StringComparison.OrdinalIgnoreCase) || r.StartsWith("data:image/jpeg", StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static string At(XmlReader reader, string message) =>
        reader is IXmlLineInfo { } info && info.HasLineInfo()
            ? $"{message} (line {info.LineNumber.ToString(CultureInfo.InvariantCulture)} of the SVG)"
            : message;
}

/// <summary>The outcome of <see cref="InlineImage.Read"/>: the image, or the problem and a message saying how to fix it.</summary>
public sealed record ImageCheck(InlineImage? Image, ImageProblem Problem, string? Message)
{
    public static ImageCheck Accepted(InlineImage image) => new(image, ImageProblem.None, null);

    public static ImageCheck Refused(ImageProblem problem, string message) => new(null, problem, message);
}

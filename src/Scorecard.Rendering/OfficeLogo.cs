using System.Globalization;
using System.Xml;

namespace Scorecard.Rendering;

/// <summary>
/// The office's logo: a PNG, JPEG or SVG image, known by its bytes (never by its file name),
/// embedded in the HTML report as a <c>data:</c> URI so the report stays one self-contained
/// file. It is shown with <c>&lt;img&gt;</c>, which never runs script; an SVG is checked all the
/// same, and refused when it holds script, event handlers, embedded HTML, a DTD or a reference to
/// anything outside itself.
/// </summary>
public sealed record OfficeLogo(string MediaType, byte[] Bytes)
{
    /// <summary>Every report carries the logo: over 1 MB it would be most of the file.</summary>
    public const int MaximumBytes = 1024 * 1024;

    /// <summary>"data:image/png;base64,…".</summary>
    public string DataUri => $"data:{MediaType};base64,{Convert.ToBase64String(Bytes)}";

    /// <summary>Reads a logo from its bytes: the logo, or why it cannot be one.</summary>
    public static LogoCheck Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return LogoCheck.Refused(LogoProblem.NotAnImage, "the logo file is empty.");
        }

        if (bytes.Length > MaximumBytes)
        {
            return LogoCheck.Refused(LogoProblem.TooLarge, TooLarge(bytes.Length));
        }

        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return bytes.Length >= 24 && span.Slice(12, 4).SequenceEqual("IHDR"u8)
                ? LogoCheck.Accepted(new OfficeLogo("image/png", bytes))
                : LogoCheck.Refused(LogoProblem.NotAnImage, "the logo starts as a PNG image but is damaged (no image header); save it again from an image editor.");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return LogoCheck.Accepted(new OfficeLogo("image/jpeg", bytes));
        }

        if (Other(span) is { } other)
        {
            return LogoCheck.Refused(LogoProblem.NotAnImage, $"the logo is {other}; give a PNG, JPEG or SVG image (save it as PNG from an image editor).");
        }

        return LooksLikeXml(span)
            ? Svg(bytes)
            : LogoCheck.Refused(LogoProblem.NotAnImage, "the logo is not a PNG, JPEG or SVG image; give one of those.");
    }

    /// <summary>The message for a logo of <paramref name="length"/> bytes, over <see cref="MaximumBytes"/>.</summary>
    public static string TooLarge(long length) =>
        $"the logo is {(length / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture)} MB, and every report would carry it; use an image under 1 MB (a logo needs a few hundred kilobytes at most).";

    private static string? Other(ReadOnlySpan<byte> span)
    {
        if (span.StartsWith("GIF8"u8))
        {
            return "a GIF image";
        }

        if (span.StartsWith("BM"u8))
        {
            return "a BMP image";
        }

        if (span.Length >= 12 && span.StartsWith("RIFF"u8) && span.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return "a WebP image";
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

    private static LogoCheck Svg(byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaximumBytes * 2L,
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
                    if (inStyle && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && Unsafe(reader.Value) is { } styleProblem)
                    {
                        return LogoCheck.Refused(LogoProblem.UnsafeSvg, At(reader, styleProblem));
                    }

                    continue;
                }

                if (root)
                {
                    root = false;
                    if (reader.LocalName != "svg")
                    {
                        return LogoCheck.Refused(LogoProblem.NotAnImage, $"the logo is an XML file whose root is <{reader.Name}>, not an SVG image (<svg>); give a PNG, JPEG or SVG image.");
                    }
                }

                var name = reader.LocalName.ToLowerInvariant();
                inStyle = name == "style" && !reader.IsEmptyElement;
                if (name is "script" or "foreignobject" or "iframe" or "object" or "embed")
                {
                    return LogoCheck.Refused(LogoProblem.UnsafeSvg, At(reader, name == "script"
                        ? "the SVG logo holds a script (<script>); a logo must be a plain picture. Remove the script, or export the logo again as a plain SVG or as PNG."
                        : $"the SVG logo embeds other content (<{reader.Name}>); a logo must be a plain picture. Export it again as a plain SVG or as PNG."));
                }

                if (reader.MoveToFirstAttribute())
                {
                    do
                    {
                        if (Attribute(reader.LocalName, reader.Value) is { } problem)
                        {
                            return LogoCheck.Refused(LogoProblem.UnsafeSvg, At(reader, problem));
                        }
                    }
                    while (reader.MoveToNextAttribute());
                    reader.MoveToElement();
                }
            }

            return root
                ? LogoCheck.Refused(LogoProblem.NotAnImage, "the logo is not a PNG, JPEG or SVG image; give one of those.")
                : LogoCheck.Accepted(new OfficeLogo("image/svg+xml", bytes));
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return LogoCheck.Refused(LogoProblem.UnsafeSvg, "the SVG logo has a document type declaration (<!DOCTYPE …>), which can expand without limit or fetch outside files; remove that line.");
        }
        catch (XmlException e)
        {
            return LogoCheck.Refused(LogoProblem.NotAnImage, $"the logo is not a well-formed SVG image: {e.Message}");
        }
    }

    private static string? Attribute(string name, string value)
    {
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return $"the SVG logo has an event handler ({name}=\"…\"), which is script; a logo must be a plain picture. Remove it, or export the logo again as a plain SVG or as PNG.";
        }

        if (name == "href" && !IsInternal(value))
        {
            return $"the SVG logo refers to \"{Shorten(value)}\", outside itself; a self-contained report cannot show it. Embed the picture in the SVG, or export the logo as PNG.";
        }

        return name == "style" ? Unsafe(value) : null;
    }

    /// <summary>CSS in a style attribute or a &lt;style&gt; element may fetch outside files with url(…) or @import.</summary>
    private static string? Unsafe(string css)
    {
        var text = css.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (text.Contains("@import", StringComparison.Ordinal))
        {
            return "the SVG logo's styles import another file (@import); a self-contained report cannot show it. Remove the import.";
        }

        var at = 0;
        while ((at = text.IndexOf("url(", at, StringComparison.Ordinal)) >= 0)
        {
            at += 4;
            var target = text[at..].TrimStart('"', '\'');
            if (!IsInternal(target))
            {
                return "the SVG logo's styles refer to an outside file (url(…)); a self-contained report cannot show it. Remove the reference.";
            }
        }

        if (text.Contains("javascript:", StringComparison.Ordinal))
        {
            return "the SVG logo holds a javascript: address, which is script; a logo must be a plain picture.";
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

/// <summary>Why a file cannot be the logo.</summary>
public enum LogoProblem
{
    None,
    NotAnImage,
    TooLarge,
    UnsafeSvg,
}

/// <summary>The outcome of <see cref="OfficeLogo.Read"/>: the logo, or the problem and a message saying how to fix it.</summary>
public sealed record LogoCheck(OfficeLogo? Logo, LogoProblem Problem, string? Message)
{
    public static LogoCheck Accepted(OfficeLogo logo) => new(logo, LogoProblem.None, null);

    public static LogoCheck Refused(LogoProblem problem, string message) => new(null, problem, message);
}

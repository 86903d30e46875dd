using Scorecard.Rendering.Images;

namespace Scorecard.Rendering;

/// <summary>
/// The office's logo: a PNG, JPEG or SVG image, known by its bytes (never by its file name),
/// embedded in the HTML report as a <c>data:</c> URI so the report stays one self-contained
/// file. It is checked as every image a report embeds is (<see cref="InlineImage"/>): an SVG is
/// refused when it holds script, event handlers, embedded HTML, a DTD or a reference to anything
/// outside itself.
/// </summary>
public sealed record OfficeLogo(string MediaType, byte[] Bytes)
{
    /// <summary>Every report carries the logo: over 1 MB it would be most of the file.</summary>
    public const int MaximumBytes = InlineImage.MaximumBytes;

    /// <summary>What a logo may be, and how messages name it.</summary>
    public static ImageRules Rules { get; } = new(
        "the logo", "the SVG logo", "a logo", [ImageKind.Png, ImageKind.Jpeg, ImageKind.Svg], MaximumBytes,
        "a logo needs a few hundred kilobytes at most");

    /// <summary>"data:image/png;base64,…".</summary>
    public string DataUri => $"data:{MediaType};base64,{Convert.ToBase64String(Bytes)}";

    /// <summary>Reads a logo from its bytes: the logo, or why it cannot be one.</summary>
    public static LogoCheck Read(byte[] bytes)
    {
        var check = InlineImage.Read(bytes, Rules);
        return check.Image is { } image
            ? LogoCheck.Accepted(new OfficeLogo(image.MediaType, image.Bytes))
            : LogoCheck.Refused(check.Problem switch
            {
                ImageProblem.TooLarge => LogoProblem.TooLarge,
                ImageProblem.UnsafeSvg => LogoProblem.UnsafeSvg,
                _ => LogoProblem.NotAnImage,
            }, check.Message!);
    }

    /// <summary>The message for a logo of <paramref name="length"/> bytes, over <see cref="MaximumBytes"/>.</summary>
    public static string TooLarge(long length) => InlineImage.TooLarge(length, Rules);
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

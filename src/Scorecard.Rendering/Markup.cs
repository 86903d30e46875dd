namespace Scorecard.Rendering;

/// <summary>
/// HTML that the renderer built and trusts (SVG charts and icons, Markdown rendered with raw
/// HTML disabled). The HTML templates write it as it is; every other value is HTML-escaped on
/// output.
/// </summary>
public sealed record Markup(string Html)
{
    public static Markup Empty { get; } = new(string.Empty);

    public override string ToString() => Html;
}

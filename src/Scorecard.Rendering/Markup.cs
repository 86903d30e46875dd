using System.Text;

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

    /// <summary>A CSS string literal: quoted, with quotes, backslashes, line breaks and "&lt;" escaped (so no "&lt;/style&gt;" can end the stylesheet).</summary>
    public static Markup CssString(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '<' => "\\3C ",
                '>' => "\\3E ",
                '&' => "\\26 ",
                _ when char.IsControl(ch) => " ",
                _ => ch.ToString(),
            });
        }

        return new Markup(sb.Append('"').ToString());
    }
}

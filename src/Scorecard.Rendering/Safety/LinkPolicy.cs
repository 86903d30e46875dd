namespace Scorecard.Rendering.Safety;

/// <summary>
/// The links a report may hold, in every format (HTML, the PDF printed from it, Markdown): web
/// pages (<c>http</c>, <c>https</c>), e-mail (<c>mailto</c>) and places in the report itself
/// (<c>#anchor</c>). Anything else (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>,
/// relative paths) is refused, whatever its case and whatever a browser would strip from it.
/// </summary>
public static class LinkPolicy
{
    public const string Allowed = "http, https, mailto and in-report # links";

    public static bool IsAllowed(string? url)
    {
        if (url is null)
        {
            return true;
        }

        // Browsers drop ASCII tabs and line breaks anywhere in a URL and C0 controls and spaces
        // at its ends ("java\tscript:" is "javascript:"), so the check does too.
        var text = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(TrimmedEnds);
        if (text.Length == 0 || text.StartsWith('#'))
        {
            return true;
        }

        return text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The URL as a message shows it: at most 60 characters, control characters made visible.</summary>
    public static string Shown(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var visible = string.Concat(url.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
        return visible.Length <= 60 ? visible : visible[..57] + "...";
    }

    private static readonly char[] TrimmedEnds = [.. Enumerable.Range(0, 33).Select(i => (char)i)];
}

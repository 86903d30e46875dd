using System.Net;
using System.Text.RegularExpressions;
using Scorecard.Rendering.Model;

namespace Scorecard.Rendering.Templates;

/// <summary>
/// The contents list, built from what the templates actually rendered: a template writes
/// <see cref="Marker"/> where the list goes, and every heading after it becomes an entry, in its
/// order. In HTML those are the <c>h2</c> elements with an <c>id</c> (a
/// <c>data-contents-title</c> attribute gives a shorter entry than the heading); in Markdown, the
/// <c>## </c> headings outside code blocks. Drop a section from a template and it leaves the
/// contents; move it and the contents follow. The list itself is drawn by <c>_contents.html.sbn</c>
/// and <c>_contents.md.sbn</c>, from the entries.
/// </summary>
internal static partial class ContentsList
{
    public const string Marker = "<!-- scorecard:contents -->";

    public static IReadOnlyList<ContentsEntry> FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var start = html.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        return HtmlHeading().Matches(html[(start + Marker.Length)..])
            .Select(m =>
            {
                var attributes = m.Groups["attributes"].Value;
                var id = WebUtility.HtmlDecode(Attribute(attributes, "id") ?? string.Empty);
                var title = Attribute(attributes, "data-contents-title") is { } shorter
                    ? WebUtility.HtmlDecode(shorter)
                    : Text(m.Groups["body"].Value);
                return new ContentsEntry(title, id, ReportModelBuilder.GithubAnchor(title));
            })
            .Where(e => e.Anchor.Length > 0 && e.Title.Length > 0)
            .ToList();
    }

    public static IReadOnlyList<ContentsEntry> FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var start = markdown.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var entries = new List<ContentsEntry>();
        var fenced = false;
        foreach (var line in markdown[(start + Marker.Length)..].Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && line.StartsWith("## ", StringComparison.Ordinal))
            {
                var title = line[3..].Trim().TrimEnd('#').Trim();
                entries.Add(new ContentsEntry(title, ReportModelBuilder.GithubAnchor(title), ReportModelBuilder.GithubAnchor(title)));
            }
        }

        return entries;
    }

    private static string? Attribute(string attributes, string name)
    {
        var m = Regex.Match(attributes, $@"(?:^|\s){Regex.Escape(name)}\s*=\s*""([^""]*)""", RegexOptions.CultureInvariant);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>A heading's text: its tags dropped, entities decoded, spaces collapsed.</summary>
    private static string Text(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, string.Empty)), " ").Trim();

    [GeneratedRegex(@"<h2(?<attributes>\s[^>]*\bid\s*=\s*""[^""]+""[^>]*)>(?<body>.*?)</h2>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlHeading();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

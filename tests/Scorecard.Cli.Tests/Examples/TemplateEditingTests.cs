using System.Text.RegularExpressions;

namespace Scorecard.Cli.Tests.Examples;

/// <summary>
/// An analyst's edits to a copy of templates/ change the bundled example's report without C#:
/// the words of a generated sentence, the contents list, a new dashboard column.
/// </summary>
public sealed partial class TemplateEditingTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    /// <summary>A copy of the built-in templates, for the test to edit.</summary>
    private string CopyTemplates()
    {
        var source = Path.Combine(RepositoryRoot.Path, "templates");
        var copy = Path.Combine(_run.Folder, "templates");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    private (string Html, string Markdown) Render(string templates)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ScorecardApp.Run(["render", "--out", Path.Combine(_run.Folder, "out"), "--format", "html,md", "--templates", templates], output, error, CliRun.Clock, RepositoryRoot.Path);
        code.ShouldBe(0, error.ToString());
        return (File.ReadAllText(Path.Combine(_run.Folder, "out", "report.html")), File.ReadAllText(Path.Combine(_run.Folder, "out", "report.md")));
    }

    [Fact]
    public void Rewording_a_sentence_template_changes_both_reports()
    {
        var templates = CopyTemplates();
        var holding = Directory.EnumerateFiles(templates, "*.sbn", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("compared to the previous 12 months", StringComparison.Ordinal))
            .ShouldHaveSingleItem();
        Path.GetFileName(holding).ShouldBe("_change.sbn");
        File.WriteAllText(holding, File.ReadAllText(holding).Replace("compared to the previous 12 months", "against the year before", StringComparison.Ordinal));

        var (html, markdown) = Render(templates);

        foreach (var report in new[] { html, markdown })
        {
            report.ShouldNotContain("compared to the previous 12 months");
            report.ShouldContain("This represents 1,258 more recorded crimes (2.9 per cent) against the year before.");
        }
    }

    [Fact]
    public void The_contents_list_follows_the_sections_the_templates_render()
    {
        var templates = CopyTemplates();
        var root = Path.Combine(templates, "report.html.sbn");
        var text = File.ReadAllText(root)
            .Replace("{{ include '_appendix.html.sbn' }}", string.Empty, StringComparison.Ordinal)
            .Replace("{{ include '_key.html.sbn' }}\n{{ include '_dashboard.html.sbn' }}", "{{ include '_dashboard.html.sbn' }}\n{{ include '_key.html.sbn' }}", StringComparison.Ordinal);
        File.WriteAllText(root, text);

        var (html, _) = Render(templates);

        var contents = html[html.IndexOf("<nav class=\"contents\"", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        var entries = ContentsLink().Matches(contents).Select(m => m.Groups[1].Value).ToList();
        entries.ShouldBe(["introduction", "dashboard", "key", "priority-1", "priority-2", "priority-3", "priority-4"]);
        contents.ShouldNotContain("Appendix A");
        html.ShouldNotContain("id=\"appendix-a\"");
    }

    [Fact]
    public void A_dashboard_column_for_the_same_quarter_last_year_and_the_rank_among_peers_is_a_template_edit()
    {
        var templates = CopyTemplates();
        var dashboard = Path.Combine(templates, "_dashboard.html.sbn");
        var text = File.ReadAllText(dashboard)
            .Replace("<th scope=\"col\" class=\"col-symbols\">Symbols</th>", "<th scope=\"col\" class=\"num\">Q2 last year</th><th scope=\"col\" class=\"num\">Rank in MSG</th><th scope=\"col\" class=\"col-symbols\">Symbols</th>", StringComparison.Ordinal)
            .Replace("<td class=\"col-symbols\">", "<td class=\"num last-year\">{{ if measure.values.same_quarter_last_year }}{{ uk.value_short measure.values.same_quarter_last_year measure.format }}{{ end }}</td><td class=\"num rank\">{{ if measure.peer }}{{ measure.peer.rank }} of {{ measure.peer.of }}{{ end }}</td><td class=\"col-symbols\">", StringComparison.Ordinal);
        File.WriteAllText(dashboard, text);

        var (html, _) = Render(templates);

        var row = html[html.IndexOf("<a href=\"#m-crime-volume\">", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        row.ShouldContain("<td class=\"num rank\">8 of 8</td>");
        row.ShouldContain("<td class=\"num last-year\">11,039</td>");
    }

    [Fact]
    public void Renderer_built_html_can_be_piped_through_a_string_function_and_stays_html()
    {
        var templates = CopyTemplates();
        var paragraph = Path.Combine(templates, "_paragraph.html.sbn");
        File.WriteAllText(paragraph, File.ReadAllText(paragraph).Replace("{{ p.html }}</div></div>\n{{~ else ~}}", "{{ p.html | string.replace \"Wiltshire\" \"Wilts\" }}</div></div>\n{{~ else ~}}", StringComparison.Ordinal));

        var (html, _) = Render(templates);

        html.ShouldContain("<p>The latest national crime statistics note");
        html.ShouldNotContain("&lt;p&gt;");
        html.ShouldContain("Wilts is one of only five forces");
    }

    [GeneratedRegex("""<a href="#([^"]+)">""")]
    private static partial Regex ContentsLink();
}

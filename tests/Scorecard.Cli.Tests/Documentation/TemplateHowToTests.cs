using System.Text.RegularExpressions;
using Scorecard.Cli.Tests.Preview;

namespace Scorecard.Cli.Tests.Documentation;

/// <summary>
/// Issue 10: each how-to of templates/README.md, done as written there (its steps are read from
/// the README and applied to a copy of the templates and the configuration), renders the bundled
/// example as the how-to says.
/// </summary>
public sealed partial class TemplateHowToTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    /// <summary>The smallest PNG a program would write: the signature, then an IHDR chunk (1 × 1 pixel).</summary>
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];

    private string Templates => Path.Combine(_run.Folder, "my-templates");

    private string Config => Path.Combine(_run.Folder, "scorecard.config.json");

    /// <summary>A copy of templates/ and of the bundled example's configuration (its paths made absolute), for the how-to to edit.</summary>
    private void Copy()
    {
        var source = Path.Combine(RepositoryRoot.Path, "templates");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Templates, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var config = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scorecard.config.json"))
            .Replace("\"examples/", "\"" + Path.Combine(RepositoryRoot.Path, "examples").Replace("\\", "/", StringComparison.Ordinal) + "/", StringComparison.Ordinal);
        File.WriteAllText(Config, config);
    }

    /// <summary>Does the how-to's steps, as the README writes them, then renders the bundled example.</summary>
    private (string Html, string Markdown) DoAndRender(string howTo)
    {
        Copy();
        Do(howTo);
        var output = Path.Combine(_run.Folder, "out");
        var (code, _, error) = _run.Run("render", "--config", Config, "--templates", Templates, "--out", output, "--format", "html,md");
        code.ShouldBe(0, $"the how-to \"{howTo}\", done as templates/README.md says, does not render:\n{error}");
        return (File.ReadAllText(Path.Combine(output, "report.html")), File.ReadAllText(Path.Combine(output, "report.md")));
    }

    /// <summary>Edits the copy as the how-to's steps say.</summary>
    private void Do(string howTo)
    {
        var edits = TemplateReadme.Load().Edits(howTo);
        edits.ShouldNotBeEmpty($"the how-to \"{howTo}\" has no steps the test can do");
        foreach (var edit in edits)
        {
            var file = edit.File == "scorecard.config.json" ? Config : Path.Combine(Templates, edit.File);
            File.Exists(file).ShouldBeTrue($"templates/README.md line {edit.Line}: {edit.File} is not a built-in template");
            File.WriteAllText(file, TemplateReadme.Apply(File.ReadAllText(file).ReplaceLineEndings("\n"), edit));
        }
    }

    private static string DashboardRow(string html, string anchor)
    {
        var row = html[html.IndexOf($"<a href=\"#{anchor}\">", StringComparison.Ordinal)..];
        return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
    }

    [Fact]
    public void Reword_a_sentence()
    {
        var (html, markdown) = DoAndRender("Reword a sentence");

        foreach (var report in new[] { html, markdown })
        {
            report.ShouldContain("This represents 1,258 more recorded crimes (2.9 per cent) against the year before.");
            report.ShouldNotContain("compared to the previous 12 months");
        }
    }

    [Fact]
    public void Add_a_dashboard_column()
    {
        var (html, _) = DoAndRender("Add a dashboard column");

        var dashboard = html[html.IndexOf("<table class=\"dashboard-table\">", StringComparison.Ordinal)..];
        dashboard = dashboard[..dashboard.IndexOf("</table>", StringComparison.Ordinal)];
        dashboard.ShouldContain("<th scope=\"col\" class=\"num\">Q2 last year</th>");
        dashboard.ShouldContain("<th scope=\"col\" class=\"num\">Rank in group</th>");
        var crime = DashboardRow(dashboard, "m-crime-volume");
        crime.ShouldContain("<td class=\"num\">11,039</td>");
        crime.ShouldContain("<td class=\"num\">8 of 8</td>");

        // Every row has the eight columns, the priority rows span them, and a measure with no peer comparison shows a dash.
        foreach (Match row in TableRow().Matches(dashboard[dashboard.IndexOf("<tbody>", StringComparison.Ordinal)..]))
        {
            var cells = Cell().Matches(row.Value);
            if (row.Value.Contains("group-row", StringComparison.Ordinal))
            {
                row.Value.ShouldContain("colspan=\"8\"");
            }
            else
            {
                cells.Count.ShouldBe(8, row.Value);
            }
        }

        DashboardRow(dashboard, "m-hate-crime").ShouldContain("<td class=\"num\">–</td>");
    }

    [Fact]
    public void Add_a_logo()
    {
        Directory.CreateDirectory(Path.Combine(_run.Folder, "images"));
        File.WriteAllBytes(Path.Combine(_run.Folder, "images", "crest.png"), Png);
        Directory.CreateDirectory(Path.Combine(Templates, "images"));
        File.WriteAllBytes(Path.Combine(Templates, "images", "crest.png"), Png);

        var (html, _) = DoAndRender("Add a logo");

        var embedded = "data:image/png;base64," + Convert.ToBase64String(Png);
        html.ShouldContain($"<img class=\"cover-logo\" src=\"{embedded}\" alt=\"\">");
        Regex.Count(html, Regex.Escape($"<img class=\"headline-crest\" src=\"{embedded}\" alt=\"\">")).ShouldBe(28);
        html.ShouldNotContain("images/crest.png");
    }

    [Fact]
    public void Reorder_or_drop_sections()
    {
        var (html, _) = DoAndRender("Reorder or drop sections");

        var contents = html[html.IndexOf("<nav class=\"contents\"", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        ContentsLink().Matches(contents).Select(m => m.Groups[1].Value)
            .ShouldBe(["introduction", "dashboard", "key", "priority-1", "priority-2", "priority-3", "priority-4"]);
        contents.ShouldContain("<a href=\"#dashboard\">Performance dashboard</a>", customMessage: "the heading's data-contents-title is the entry");
        html.ShouldContain(">Quarter Two 2019-20 performance dashboard</h2>");
        html.ShouldNotContain("id=\"appendix-a\"");
        html.IndexOf("id=\"dashboard\"", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("id=\"key\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Preview_while_editing()
    {
        const string Reworded = "This represents 1,258 more recorded crimes (2.9 per cent) against the year before.";
        Copy();
        var command = TemplateReadme.Load().Command("Preview while editing");
        command[0].ShouldBe("scorecard");

        // Started in the configuration's folder, as the how-to says; its output folder is out/ there.
        await using var watch = WatchedRender.Start(_run.Folder, [.. command.Skip(1)]);
        var address = await watch.AddressAsync();
        address.Host.ShouldBe("127.0.0.1");
        await watch.PageAsync(address, p => p.Contains("compared to the previous 12 months", StringComparison.Ordinal), "the first render");

        Do("Preview while editing");
        var page = await watch.PageAsync(address, p => p.Contains(Reworded, StringComparison.Ordinal), "the page to show the saved edit");
        page.ShouldContain("scorecard-preview-reload");
        await watch.OutputAsync("my-templates/sentences/_change.sbn changed: rendered in ");
        watch.Output.ToString().ShouldContain(", data reused; wrote out/ (report.html, report.md, evaluation.json, scorecard.xlsx).");

        var written = File.ReadAllText(Path.Combine(_run.Folder, "out", "report.html"));
        written.ShouldContain(Reworded);
        written.ShouldNotContain("scorecard-preview");
        (await WatchedRender.GetAsync(new Uri(address, "/report.md"))).ShouldBe(File.ReadAllText(Path.Combine(_run.Folder, "out", "report.md")));

        (await watch.StopAsync()).ShouldBe(0, watch.Error.ToString());
        watch.Output.ToString().ShouldEndWith("Stopped watching.\n");
    }

    [Fact]
    public void Change_the_words_inside_renderer_built_html()
    {
        var (html, _) = DoAndRender("Change the words inside renderer-built HTML");

        html.ShouldContain("<p>This measure is the average time the force take to arrive at emergency (immediate)");
        html.ShouldNotContain("Wiltshire Police take");
        html.ShouldNotContain("&lt;p&gt;");
    }

    [GeneratedRegex("""<a href="#([^"]+)">""")]
    private static partial Regex ContentsLink();

    [GeneratedRegex("<tr[ >].*?</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex("<t[hd][ >]")]
    private static partial Regex Cell();
}

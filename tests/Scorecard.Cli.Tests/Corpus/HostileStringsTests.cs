using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Scorecard.Rendering;
using Scorecard.Rendering.Safety;

namespace Scorecard.Cli.Tests.Corpus;

/// <summary>
/// Hostile strings in every field a user fills (office, force, commissioner, plan, priority
/// titles, measure names, units and descriptions, the peer group and its forces, commentary),
/// checked through every output: no live script or link in the HTML or the PDF, no link or HTML
/// in the Markdown, no formula in the workbook, the injection prefix in the CSV, no control
/// sequence on the console.
/// </summary>
[Trait("Category", "Corpus")]
public sealed partial class HostileStringsTests : IDisposable
{
    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+cmd|' /C calc'!A0",
        "-2+3 ",
        "@SUM(1+1)",
        "| a | b |",
        "{{ report.office }}",
        "# heading",
        "&lt;b&gt; \u202Eevil",
    ];

    private readonly CaseFolder _folder = new();
    private readonly (int Code, string Output, string Error) _render;
    private readonly (int Code, string Output, string Error) _csv;
    private readonly (int Code, string Output, string Error) _table;

    public HostileStringsTests()
    {
        var config = _folder.Config;
        string H(int i) => Hostile[i % Hostile.Length];
        config["office"] = "Office " + H(0);
        config["commissioner"] = H(1);
        config["plan"] = H(2);
        var priorities = config["priorities"]!.AsArray();
        var n = 0;
        foreach (var priority in priorities)
        {
            priority!["title"] = H(n++);
            foreach (var measure in priority["measures"]!.AsArray())
            {
                measure!["name"] = H(n++);
                measure["unit"] = H(n++);
                measure["description"] = H(n++);
                measure["peerUnit"] = H(n++);
            }
        }

        config["peerGroup"]!["name"] = H(3);
        var peers = File.ReadAllText(CaseFolder.Example("data/peers.csv")).Replace("Dorset", "\"=cmd|'Dorset'!A0\"", StringComparison.Ordinal);
        _folder.Write("peers.csv", peers);
        config["data"]!["peers"] = "peers.csv";
        var forces = config["peerGroup"]!["forces"]!.AsArray();
        forces[forces.Select(f => f!.GetValue<string>()).ToList().IndexOf("Dorset")] = "=cmd|'Dorset'!A0";
        _folder.Commentary(
            ("crime-volume.md", CaseFolder.Utf8(string.Join("\n\n", Hostile))),
            ("introduction.md", CaseFolder.Utf8(string.Join("\n", Hostile.Select(h => "- " + h)))));
        _folder.WriteConfig();

        _render = Run("render", "--config", "scorecard.config.json", "--format", "html,md,json,xlsx");
        _csv = Run("evaluate", "--config", "scorecard.config.json", "--format", "csv");
        _table = Run("evaluate", "--config", "scorecard.config.json");
    }

    public void Dispose() => _folder.Dispose();

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = ScorecardApp.Run(args, output, error, CliRun.Clock, _folder.Path);
        return (code, output.ToString(), error.ToString());
    }

    private string Out(string name) => Path.Combine(_folder.Out, name);

    [Fact]
    public void Every_run_succeeds()
    {
        _render.Code.ShouldBe(0, _render.Error);
        _csv.Code.ShouldBe(0, _csv.Error);
        _table.Code.ShouldBe(0, _table.Error);
    }

    [Fact]
    public void The_html_has_no_script_no_handler_and_no_link_but_allowed_ones()
    {
        using var document = new HtmlParser().ParseDocument(File.ReadAllText(Out("report.html")));

        document.QuerySelectorAll("script, iframe, object, embed, img").ShouldBeEmpty();
        document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
        document.All.SelectMany(e => e.Attributes).Where(a => a.Name is "href" or "src" or "xlink:href" or "action").Select(a => a.Value)
            .Where(v => !LinkPolicy.IsAllowed(v)).ShouldBeEmpty();
        document.Body!.TextContent.ShouldContain("{{ report.office }}");
    }

    [Fact]
    public void The_markdown_has_no_link_but_allowed_ones_no_html_and_whole_table_rows()
    {
        var markdown = File.ReadAllText(Out("report.md"));
        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

        document.Descendants<LinkInline>().Where(l => !LinkPolicy.IsAllowed(l.Url) || l.IsImage).Select(l => l.Url).ShouldBeEmpty();
        document.Descendants<AutolinkInline>().Where(l => !LinkPolicy.IsAllowed(l.Url)).Select(l => l.Url).ShouldBeEmpty();
        document.Descendants<HtmlInline>().Select(h => h.Tag).Where(t => t != "<br>").ShouldBeEmpty();
        document.Descendants<HtmlBlock>().ShouldBeEmpty();
        var dashboard = document.Descendants<Markdig.Extensions.Tables.Table>().Skip(1).First();
        dashboard.Cast<Markdig.Extensions.Tables.TableRow>().ShouldAllBe(row => row.Count == 6);
    }

    [Fact]
    public void The_workbook_has_no_formula_and_quote_prefixes_formula_like_text()
    {
        using var workbook = new XLWorkbook(Out("scorecard.xlsx"));

        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).ToList();
        cells.Where(c => c.HasFormula).Select(c => c.Address.ToString()).ShouldBeEmpty();
        var formulaLike = cells.Where(c => c.DataType == XLDataType.Text && c.GetString() is ['=' or '+' or '@', ..]).ToList();
        formulaLike.ShouldNotBeEmpty();
        formulaLike.ShouldAllBe(c => c.Style.IncludeQuotePrefix);
    }

    [Fact]
    public void The_csv_prefixes_every_formula_like_field()
    {
        var fields = CsvFields().Matches(_csv.Output).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value.Replace("\"\"", "\"", StringComparison.Ordinal) : m.Groups["plain"].Value);

        fields.Where(f => f is ['=' or '+' or '@', ..]).ShouldBeEmpty();
        _csv.Output.ShouldContain("'=HYPERLINK(");
    }

    [Fact]
    public void The_console_shows_no_control_or_direction_characters()
    {
        foreach (var text in new[] { _render.Output, _render.Error, _csv.Output, _csv.Error, _table.Output, _table.Error })
        {
            text.ShouldNotContain('\u001b');
            text.ShouldNotContain('\u202e');
        }

        _table.Output.ShouldContain("\\u202E");
    }

    [Fact]
    public void The_json_holds_the_names_as_given()
    {
        var json = JsonNode.Parse(File.ReadAllText(Out("evaluation.json")))!;

        json["measures"]!.AsArray().Select(m => (string?)m!["name"]).ShouldContain(Hostile[1]);
    }

    [ChromiumFact]
    public void The_pdf_links_only_to_allowed_places()
    {
        using var pdf = new CaseFolder();
        var result = Run("render", "--config", "scorecard.config.json", "--format", "html", "--pdf", "--out", pdf.Out);
        result.Code.ShouldBe(0, result.Error);

        var bytes = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(pdf.Out, "report.pdf")));
        var uris = PdfUris().Matches(bytes).Select(m => m.Groups["uri"].Value).ToList();
        uris.Where(u => !LinkPolicy.IsAllowed(u)).ShouldBeEmpty();
        bytes.ShouldNotContain("/JavaScript");
        bytes.ShouldNotContain("/JS ");
    }

    [GeneratedRegex("(?:^|,)(?:\"(?<quoted>(?:[^\"]|\"\")*)\"|(?<plain>[^,\\n]*))", RegexOptions.Multiline)]
    private static partial Regex CsvFields();

    [GeneratedRegex(@"/URI\s*\((?<uri>[^)]*)\)")]
    private static partial Regex PdfUris();
}

/// <summary>A test that needs a headless Chromium; skipped, with the reason, when none is installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumPdfPrinter.FindBrowser() is null)
        {
            Skip = "No Chromium or Chrome found. " + ChromiumPdfPrinter.InstallHint;
        }
    }
}

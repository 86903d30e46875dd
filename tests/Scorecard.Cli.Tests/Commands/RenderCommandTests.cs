namespace Scorecard.Cli.Tests.Commands;

public sealed class RenderCommandTests
{
    private static (int Code, string Output, string Error) RenderExample(params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ScorecardApp.Run(["render", .. extra], output, error, CliRun.Clock, RepositoryRoot.Path);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_template_error_stops_the_render_with_its_file_line_and_column_and_writes_nothing()
    {
        using var run = new CliRun();
        var templates = Path.Combine(run.Folder, "templates");
        run.Write("templates/report.md.sbn", "# {{ report.title }}\n\n{{ for m in report.measures }}\n");
        var outFolder = Path.Combine(run.Folder, "out");

        var (code, _, error) = RenderExample("--out", outFolder, "--templates", templates, "--format", "md");

        code.ShouldBe(1);
        error.ShouldContain("templates/report.md.sbn line 3, column");
        error.ShouldContain("SC030");
        error.ShouldContain("nothing was written");
        (Directory.Exists(outFolder) ? Directory.GetFileSystemEntries(outFolder) : []).ShouldBeEmpty();
    }

    [Fact]
    public void A_failed_render_leaves_the_previous_report_as_it_was()
    {
        using var run = new CliRun();
        var outFolder = Path.Combine(run.Folder, "out");
        RenderExample("--out", outFolder, "--format", "md,json").Code.ShouldBe(0);
        var before = File.ReadAllText(Path.Combine(outFolder, "report.md"));
        run.Write("broken/report.md.sbn", "{{ if }}");

        var (code, _, _) = RenderExample("--out", outFolder, "--format", "md,json", "--templates", Path.Combine(run.Folder, "broken"));

        code.ShouldBe(1);
        File.ReadAllText(Path.Combine(outFolder, "report.md")).ShouldBe(before);
        Directory.GetFiles(outFolder).Select(Path.GetFileName).Order().ShouldBe([".scorecard-manifest.json", "evaluation.json", "report.md"]);
    }

    [Fact]
    public void Writes_only_the_formats_asked_for()
    {
        using var run = new CliRun();

        var outFolder = Path.Combine(run.Folder, "out");
        var (code, output, _) = RenderExample("--out", outFolder, "--format", "json,xlsx");

        code.ShouldBe(0);
        Directory.GetFiles(outFolder).Select(Path.GetFileName).Order().ShouldBe([".scorecard-manifest.json", "evaluation.json", "scorecard.xlsx"]);
        output.ShouldContain("Quarter Two 2019-20 (1 July to 30 September 2019): 28 measures");
    }

    [Fact]
    public void The_meeting_option_overrides_the_configured_date()
    {
        using var run = new CliRun();

        RenderExample("--out", Path.Combine(run.Folder, "out"), "--format", "md", "--meeting", "2020-01-30").Code.ShouldBe(0);

        File.ReadAllText(Path.Combine(run.Folder, "out", "report.md")).ShouldContain("For Police and Crime Panel meeting 30 January 2020");
    }

    [Theory]
    [InlineData("--format", ",", "names no file to write")]
    [InlineData("--format", "html,docx", "\"docx\" is not one of html, md, json, xlsx, pdf")]
    [InlineData("--meeting", "19/12/2019", "YYYY-MM-DD")]
    public void Refuses_a_bad_option_value_saying_what_is_expected(string option, string value, string message)
    {
        using var run = new CliRun();

        var outFolder = Path.Combine(run.Folder, "out");
        var (code, _, error) = RenderExample("--out", outFolder, option, value);

        code.ShouldBe(1);
        error.ShouldContain(message);
        Directory.Exists(outFolder).ShouldBeFalse();
    }
}

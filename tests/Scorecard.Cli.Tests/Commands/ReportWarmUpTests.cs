using Scorecard.Cli.Commands;
using Scorecard.Cli.Tests.Preview;

namespace Scorecard.Cli.Tests.Commands;

/// <summary>render gets the report's code ready on another core, with a made-up report, while it reads and evaluates the data.</summary>
public sealed class ReportWarmUpTests : IDisposable
{
    private readonly CliRun _run = new();

    public ReportWarmUpTests()
    {
        WatchedRender.CopyExample(_run.Folder);
    }

    public void Dispose() => _run.Dispose();

    private RenderAttempt Render(string formats) => RenderSession.Start(
        new CommandContext(TextWriter.Null, TextWriter.Null, CliRun.Clock, _run.Folder),
        new CommonArguments(null, null, null, null),
        new RenderArguments(null, formats, null, null, false)).Attempt(reload: true);

    [Fact]
    public async Task The_warm_up_renders_its_made_up_report_without_failing()
    {
        var warmUp = ReportWarmUp.Start();

        await warmUp.WaitAsync(TimeSpan.FromMinutes(2));
        warmUp.IsCompletedSuccessfully.ShouldBeTrue();
        ReportWarmUp.Start().ShouldBeSameAs(warmUp, "once a process");
    }

    [Theory]
    [InlineData("html,md,json", false, true, false)]
    [InlineData("md", false, true, false)]
    [InlineData("pdf", false, true, false)]
    [InlineData("json", true, true, false)]
    [InlineData("json", false, false, false)]
    [InlineData("html,md,json,xlsx", false, true, false)]
    [InlineData(null, false, true, false)]
    [InlineData("xlsx", false, false, true)]
    [InlineData("json,xlsx", false, false, true)]
    [InlineData("xlsx", true, true, false)]
    public void The_second_core_warms_up_the_report_when_it_is_rendered_else_the_workbook_when_it_is_written(string? formats, bool serve, bool report, bool workbook)
    {
        ReportWarmUp.Wanted(formats?.Split(','), serve).ShouldBe(report);
        WorkbookWarmUp.Wanted(formats?.Split(','), serve).ShouldBe(workbook);
    }

    [Fact]
    public void The_made_up_report_reaches_the_charts_the_commentary_the_peers_and_the_data_issues_as_a_real_one_does()
    {
        var rendered = ReportWarmUp.Render();

        rendered.Diagnostics.ShouldBeEmpty();
        var report = rendered.Value.ShouldNotBeNull();
        report.Html.ShouldContain("chart--monthly");
        report.Html.ShouldContain("chart--rolling");
        report.Html.ShouldContain("chart--peers");
        report.Html.ShouldContain("<em>fell</em>", customMessage: "the introduction's Markdown");
        report.Html.ShouldContain("<strong>Two</strong>", customMessage: "a measure's commentary");
        report.Html.ShouldContain("A new system.", customMessage: "a known data issue");
        report.Html.ShouldContain("1 April 2019", customMessage: "the peer group's date");
        report.Markdown.ShouldContain("Calls answered");
    }

    [Fact]
    public async Task The_report_rendered_while_the_warm_up_runs_is_the_one_rendered_after_it()
    {
        var during = Render("html,md");
        await ReportWarmUp.Start().WaitAsync(TimeSpan.FromMinutes(2));
        var after = Render("html,md");

        during.Succeeded.ShouldBeTrue(string.Join("\n", during.Diagnostics.Items));
        after.Succeeded.ShouldBeTrue(string.Join("\n", after.Diagnostics.Items));
        during.Files.Select(f => f.Name).ShouldBe(["report.html", "report.md"]);
        for (var i = 0; i < during.Files.Count; i++)
        {
            during.Files[i].Content.ShouldBe(after.Files[i].Content, $"{during.Files[i].Name} differs");
        }
    }
}

using System.IO.Compression;
using System.Text.RegularExpressions;
using Scorecard.Cli.Commands;
using Scorecard.Cli.Tests.Preview;

namespace Scorecard.Cli.Tests.Commands;

/// <summary>render writes scorecard.xlsx on another core while the report renders; alone, after a warm-up of the writer.</summary>
public sealed partial class WorkbookWarmUpTests : IDisposable
{
    private readonly CliRun _run = new();

    public WorkbookWarmUpTests()
    {
        WatchedRender.CopyExample(_run.Folder);
    }

    public void Dispose() => _run.Dispose();

    private RenderAttempt Render(string formats) => RenderSession.Start(
        new CommandContext(TextWriter.Null, TextWriter.Null, CliRun.Clock, _run.Folder),
        new CommonArguments(null, null, null, null),
        new RenderArguments(null, formats, "templates", null, false)).Attempt(reload: true);

    [Fact]
    public async Task The_warm_up_writes_its_made_up_scorecard_without_failing_so_that_it_warms_the_code_the_real_one_runs()
    {
        var warmUp = WorkbookWarmUp.Start();

        await warmUp.WaitAsync(TimeSpan.FromMinutes(2));
        warmUp.IsCompletedSuccessfully.ShouldBeTrue();
        WorkbookWarmUp.Start().ShouldBeSameAs(warmUp, "once a process");
    }

    [Fact]
    public void The_workbook_written_while_the_report_renders_is_the_one_written_alone()
    {
        var alone = Render("xlsx");
        var together = Render("html,md,json,xlsx");

        alone.Succeeded.ShouldBeTrue(string.Join("\n", alone.Diagnostics.Items));
        together.Succeeded.ShouldBeTrue(string.Join("\n", together.Diagnostics.Items));
        together.Files.Select(f => f.Name).ShouldBe(["report.html", "report.md", "evaluation.json", "scorecard.xlsx"]);
        var parts = Parts(alone.Files.Single().Content);
        var partsTogether = Parts(together.Files.Single(f => f.Name == "scorecard.xlsx").Content);
        partsTogether.Keys.ShouldBe(parts.Keys);
        foreach (var (name, content) in parts)
        {
            partsTogether[name].ShouldBe(content, $"{name} differs");
        }
    }

    /// <summary>
    /// Each part of the package, by name, as text: what differs between two saves of the same
    /// workbook is left out (the zip entries' times, and the random name the packaging library
    /// gives the core properties part and the relationship to the workbook).
    /// </summary>
    private static Dictionary<string, string> Parts(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => RandomName().Replace(e.FullName, "*"), e =>
        {
            using var reader = new StreamReader(e.Open());
            return RandomName().Replace(reader.ReadToEnd(), "*");
        });
    }

    [GeneratedRegex("[0-9a-f]{32}|\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomName();
}

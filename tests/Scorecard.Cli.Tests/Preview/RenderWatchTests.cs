using System.Net;
using System.Net.Sockets;
using Scorecard.Cli.Preview;
using Scorecard.Rendering;

namespace Scorecard.Cli.Tests.Preview;

/// <summary>
/// Issue 10's live preview, driven end to end on the bundled example: <c>scorecard render --watch
/// --serve</c> on a free loopback port, with a copy of the templates and commentary to edit.
/// </summary>
public sealed class RenderWatchTests : IDisposable
{
    private const string Sentence = "compared to the previous 12 months";
    private const string Reworded = "against the year before";

    private readonly CliRun _run = new();

    public RenderWatchTests()
    {
        WatchedRender.CopyExample(_run.Folder);
    }

    public void Dispose() => _run.Dispose();

    private string At(params string[] parts) => Path.Combine([_run.Folder, .. parts]);

    private string Written(string name) => File.ReadAllText(At("out", name));

    private static void Edit(string file, Func<string, string> change) => File.WriteAllText(file, change(File.ReadAllText(file)));

    [Fact]
    public async Task The_served_report_follows_template_and_commentary_saves_shows_errors_over_the_last_good_report_and_recovers()
    {
        var change = At("templates", "sentences", "_change.sbn");
        var original = File.ReadAllText(change);
        await using var watch = WatchedRender.Start(_run.Folder, "render", "--watch", "--serve", "--templates", "templates");
        var address = await watch.AddressAsync();
        address.Host.ShouldBe("127.0.0.1");

        // The first render: the page is the report, with the reload script that the written file never has.
        var page = await watch.PageAsync(address, p => p.Contains(Sentence, StringComparison.Ordinal), "the first render");
        page.ShouldContain("scorecard-preview-reload");
        Written("report.html").ShouldContain(Sentence);
        Written("report.html").ShouldNotContain("scorecard-preview");
        (await WatchedRender.GetAsync(new Uri(address, "/report.md"))).ShouldBe(Written("report.md"));

        // A template save: the page and the files change; the data are not read again.
        Edit(change, t => t.Replace(Sentence, Reworded, StringComparison.Ordinal));
        page = await watch.PageAsync(address, p => p.Contains(Reworded, StringComparison.Ordinal), "the reworded sentence");
        page.ShouldNotContain(Sentence);
        Written("report.html").ShouldContain(Reworded);
        Written("report.md").ShouldContain(Reworded);
        await watch.OutputAsync("templates/sentences/_change.sbn changed: rendered in ");
        watch.Output.ToString().ShouldContain("data reused; wrote out/ (report.html, report.md, evaluation.json, scorecard.xlsx).");

        // A syntax error: reported on the page and the console with its file, line and column;
        // the last good report is still served and still written.
        var good = Written("report.html");
        File.AppendAllText(change, "{{ if measure\n");
        var line = File.ReadAllLines(change).Length;
        page = await watch.PageAsync(address, p => p.Contains(PreviewPage.BannerId, StringComparison.Ordinal), "the error banner");
        page.ShouldContain($"templates/sentences/_change.sbn</code> line {line}, column 4: ");
        page.ShouldContain("(SC0301)");
        page.ShouldContain(Reworded, customMessage: "the last good report is still served below the banner");
        page.IndexOf(PreviewPage.BannerId, StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf(Reworded, StringComparison.Ordinal));
        await watch.OutputAsync("the render failed");
        watch.Error.ToString().ShouldContain($"error SC0301 templates/sentences/_change.sbn line {line}, column 4: ");
        watch.Error.ToString().ShouldContain("nothing was written; the last good report stays.");
        Written("report.html").ShouldBe(good);
        OutputWriter.Verify(At("out")).ShouldBeNull();

        // Fixed: the banner goes and the report is rendered again.
        File.WriteAllText(change, original.Replace(Sentence, "set against the previous year", StringComparison.Ordinal));
        page = await watch.PageAsync(address, p => !p.Contains(PreviewPage.BannerId, StringComparison.Ordinal) && p.Contains("set against the previous year", StringComparison.Ordinal), "the recovery");
        Written("report.html").ShouldContain("set against the previous year");

        // A commentary save.
        File.AppendAllText(At("examples", "commentary", "crime-volume.md"), "\nA sentence written while the preview was open.\n");
        await watch.PageAsync(address, p => p.Contains("A sentence written while the preview was open.", StringComparison.Ordinal), "the new commentary");
        (await WatchedRender.GetAsync(new Uri(address, "/report.md"))).ShouldContain("A sentence written while the preview was open.");

        // Stopped: exit code 0 (the last render was good), the lock released, the server closed.
        (await watch.StopAsync()).ShouldBe(0, watch.Error.ToString());
        watch.Output.ToString().ShouldEndWith("Stopped watching.\n");
        var held = OutputWriter.Hold(At("out"));
        held.HasErrors.ShouldBeFalse("the lock was released");
        held.Value!.Dispose();

        using var client = new TcpClient();
        Should.Throw<SocketException>(() => client.Connect(IPAddress.Loopback, address.Port));
    }

    [Fact]
    public async Task A_configuration_save_reads_the_inputs_again()
    {
        await using var watch = WatchedRender.Start(_run.Folder, "render", "--watch", "--serve");
        var address = await watch.AddressAsync();
        await watch.PageAsync(address, p => p.Contains("Performance report", StringComparison.Ordinal), "the first render");

        Edit(At("scorecard.config.json"), c => c.Replace("\"commissionerTitle\": \"Commissioner\",", "\"commissionerTitle\": \"Commissioner\",\n  \"title\": \"Quarterly scorecard\",", StringComparison.Ordinal));

        await watch.PageAsync(address, p => p.Contains("Quarterly scorecard", StringComparison.Ordinal), "the new title");
        await watch.OutputAsync("scorecard.config.json changed: rendered in ");
        watch.Output.ToString().ShouldContain("inputs read again");
        watch.Output.ToString().ShouldContain("the built-in templates, which do not change");
    }

    [Fact]
    public async Task A_first_render_that_fails_writes_nothing_and_the_page_shows_why_until_it_is_fixed()
    {
        var key = At("templates", "_key.html.sbn");
        var original = File.ReadAllText(key);
        File.WriteAllText(key, "{{ for x in report.nothing_here }}\n");
        await using var watch = WatchedRender.Start(_run.Folder, "render", "--watch", "--serve", "--templates", "templates");
        var address = await watch.AddressAsync();

        var page = await watch.PageAsync(address, p => p.Contains(PreviewPage.BannerId, StringComparison.Ordinal), "the error banner");
        page.ShouldContain("the first render failed");
        page.ShouldContain("templates/_key.html.sbn</code> line 1, column ");
        Directory.Exists(At("out")).ShouldBeFalse();
        watch.Output.ToString().ShouldContain("The first render failed; nothing was written.");

        File.WriteAllText(key, original);
        await watch.PageAsync(address, p => p.Contains("Performance report", StringComparison.Ordinal) && !p.Contains(PreviewPage.BannerId, StringComparison.Ordinal), "the report");
        OutputWriter.Verify(At("out")).ShouldBeNull();
        (await watch.StopAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Watching_without_serving_writes_the_chosen_files_after_each_save_and_leaves_out_the_configured_pdf()
    {
        Edit(At("scorecard.config.json"), c => c.Replace("\"folder\": \"out\",", "\"folder\": \"out\",\n    \"pdf\": true,", StringComparison.Ordinal));
        await using var watch = WatchedRender.Start(_run.Folder, "render", "--watch", "--templates", "templates");
        await watch.OutputAsync("Watching for saves (Ctrl+C to stop):");
        watch.Error.ToString().ShouldContain("info SC0042 scorecard.config.json $.output.pdf");
        watch.Output.ToString().ShouldNotContain("Serving");

        Edit(At("templates", "sentences", "_change.sbn"), t => t.Replace(Sentence, Reworded, StringComparison.Ordinal));

        await watch.UntilAsync(() => Task.FromResult(File.Exists(At("out", "report.md")) && Written("report.md").Contains(Reworded, StringComparison.Ordinal)), "report.md to change");
        File.Exists(At("out", "report.pdf")).ShouldBeFalse();
        (await watch.StopAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_second_run_into_the_folder_being_watched_is_refused_while_the_watch_holds_it()
    {
        await using var watch = WatchedRender.Start(_run.Folder, "render", "--watch", "--format", "md");
        await watch.OutputAsync("Watching for saves");

        var (code, _, error) = _run.Run("render", "--format", "md");

        code.ShouldBe(1);
        error.ShouldContain("error SC0526 out: another Scorecard run is writing this folder now (or watching it");
        (await watch.StopAsync()).ShouldBe(0);
        _run.Run("render", "--format", "md").ExitCode.ShouldBe(0);
    }
}

using Scorecard.Cli.Commands;

namespace Scorecard.Cli.Tests.Preview;

/// <summary>The warm render of render --watch: the data are read again only when asked.</summary>
public sealed class RenderSessionTests : IDisposable
{
    private readonly CliRun _run = new();

    public RenderSessionTests()
    {
        WatchedRender.CopyExample(_run.Folder);
    }

    public void Dispose() => _run.Dispose();

    private RenderSession Session(string formats) => RenderSession.Start(
        new CommandContext(TextWriter.Null, TextWriter.Null, CliRun.Clock, _run.Folder),
        new CommonArguments(null, null, null, null),
        new RenderArguments(null, formats, "templates", null, false) { Watch = true });

    [Fact]
    public void A_render_without_reloading_reuses_the_data_read_before_and_a_reload_reads_them_again()
    {
        var session = Session("html,json");
        var first = session.Attempt(reload: true);
        first.Succeeded.ShouldBeTrue(string.Join("\n", first.Diagnostics.Items));
        first.Reloaded.ShouldBeTrue();

        // The peer figures are spoilt on disk, unseen: a template save must not read them again.
        File.WriteAllText(Path.Combine(_run.Folder, "examples", "data", "peers.csv"), "measure,force,month,value\ncrime-volume,Wiltshire,2019-09,lots\n");
        File.AppendAllText(Path.Combine(_run.Folder, "templates", "report.html.sbn"), "<!-- edited -->\n");
        var warm = session.Attempt(reload: false);

        warm.Succeeded.ShouldBeTrue(string.Join("\n", warm.Diagnostics.Items));
        warm.Reloaded.ShouldBeFalse();
        warm.Evaluation.ShouldBeSameAs(first.Evaluation);
        warm.Report!.Html.ShouldContain("<!-- edited -->", customMessage: "the templates are read again");
        warm.Files.Single(f => f.Name == "evaluation.json").Content.ShouldBe(first.Files.Single(f => f.Name == "evaluation.json").Content);

        var reloaded = session.Attempt(reload: true);
        reloaded.Succeeded.ShouldBeFalse();
        reloaded.Diagnostics.Items.ShouldContain(d => d.IsError && d.Location.File != null && d.Location.File.EndsWith("peers.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void After_a_failed_reload_the_next_render_reads_the_data_again_whatever_changed()
    {
        var session = Session("md");
        var peers = Path.Combine(_run.Folder, "examples", "data", "peers.csv");
        var good = File.ReadAllText(peers);
        File.WriteAllText(peers, "not,peer\ndata\n");
        session.Attempt(reload: true).Succeeded.ShouldBeFalse();

        File.WriteAllText(peers, good);
        var next = session.Attempt(reload: false);

        next.Reloaded.ShouldBeTrue();
        next.Succeeded.ShouldBeTrue(string.Join("\n", next.Diagnostics.Items));
    }

    [Fact]
    public void The_workbook_is_made_again_when_the_measures_with_commentary_change()
    {
        var session = Session("xlsx");
        var first = session.Attempt(reload: true).Files.ShouldHaveSingleItem();
        session.Attempt(reload: false).Files.ShouldHaveSingleItem().Content.ShouldBeSameAs(first.Content, "nothing changed: the same workbook");

        File.Delete(Path.Combine(_run.Folder, "examples", "commentary", "crime-volume.md"));
        var after = session.Attempt(reload: false).Files.ShouldHaveSingleItem();

        after.Content.ShouldNotBeSameAs(first.Content);
    }
}

using Scorecard.Cli.Preview;

namespace Scorecard.Cli.Tests.Preview;

/// <summary>What a saved file means for render --watch, by where it is.</summary>
public sealed class WatchPlanTests
{
    private static readonly string Office = Path.Combine(Path.GetTempPath(), "office");

    private static string At(params string[] parts) => Path.Combine([Office, .. parts]);

    private static WatchPlan Plan(string? output = null) => WatchPlan.Of(
        [At("scorecard.config.json"), At("data", "monthly.xlsx"), At("data", "peers.csv"), null],
        At("templates"),
        At("commentary"),
        output ?? At("out"));

    [Fact]
    public void The_configuration_data_and_peer_files_are_read_again()
    {
        var plan = Plan();

        plan.Classify(At("scorecard.config.json")).ShouldBe(InputChange.Inputs);
        plan.Classify(At("data", "monthly.xlsx")).ShouldBe(InputChange.Inputs);
        plan.Classify(At("data", "peers.csv")).ShouldBe(InputChange.Inputs);
    }

    [Fact]
    public void Other_files_beside_them_are_not_a_change()
    {
        var plan = Plan();

        plan.Classify(At("data", "monthly-old.xlsx")).ShouldBe(InputChange.None);
        plan.Classify(At("data", "~$monthly.xlsx")).ShouldBe(InputChange.None);
        plan.Classify(At("README.md")).ShouldBe(InputChange.None);
    }

    [Fact]
    public void A_template_in_the_folder_or_a_subfolder_renders_again_without_reading_the_data()
    {
        var plan = Plan();

        plan.Classify(At("templates", "_key.html.sbn")).ShouldBe(InputChange.Templates);
        plan.Classify(At("templates", "sentences", "_change.sbn")).ShouldBe(InputChange.Templates);
        plan.Classify(At("templates", "logo.png")).ShouldBe(InputChange.Templates);
    }

    [Fact]
    public void Commentary_in_the_folder_or_a_quarters_folder_renders_again()
    {
        var plan = Plan();

        plan.Classify(At("commentary", "crime-volume.md")).ShouldBe(InputChange.Commentary);
        plan.Classify(At("commentary", "2019-20Q2", "introduction.md")).ShouldBe(InputChange.Commentary);
        plan.Classify(At("commentary", "2019-20Q3")).ShouldBe(InputChange.Commentary);
    }

    [Fact]
    public void A_watched_folder_itself_made_removed_or_renamed_is_watched_again()
    {
        var plan = Plan();

        plan.Classify(At("templates")).ShouldBe(InputChange.Templates | InputChange.Rewatch);
        plan.Classify(At("commentary")).ShouldBe(InputChange.Commentary | InputChange.Rewatch);
    }

    [Theory]
    [InlineData(".report.html.sbn.swp")]
    [InlineData("_key.html.sbn~")]
    [InlineData("#_key.html.sbn#")]
    [InlineData(".#_key.html.sbn")]
    [InlineData("4913")]
    [InlineData("~$notes.docx")]
    [InlineData("_key.html.sbn.tmp")]
    [InlineData(".DS_Store")]
    public void Editors_temporary_and_backup_files_are_not_a_change(string name)
    {
        Plan().Classify(At("templates", name)).ShouldBe(InputChange.None);
        WatchPlan.IsNoise(name).ShouldBeTrue();
    }

    [Fact]
    public void Nothing_in_a_hidden_folder_is_a_change()
    {
        Plan().Classify(At("templates", ".git", "index")).ShouldBe(InputChange.None);
    }

    [Fact]
    public void The_output_folder_and_its_lock_are_never_a_change_even_inside_a_watched_folder()
    {
        var plan = Plan(output: At("templates", "out"));

        plan.Classify(At("templates", "out", "report.html")).ShouldBe(InputChange.None);
        plan.Classify(At("templates", "out")).ShouldBe(InputChange.None);
        plan.Classify(At("templates", ".out.scorecard-lock")).ShouldBe(InputChange.None);
        plan.Classify(At("templates", ".out.scorecard-new-0123")).ShouldBe(InputChange.None);
        plan.Classify(At("templates", "_key.html.sbn")).ShouldBe(InputChange.Templates);
    }

    [Fact]
    public void Without_a_template_folder_only_the_inputs_and_commentary_are_watched()
    {
        var plan = WatchPlan.Of([At("scorecard.config.json")], null, null, At("out"));

        plan.Classify(At("templates", "_key.html.sbn")).ShouldBe(InputChange.None);
        plan.Classify(At("scorecard.config.json")).ShouldBe(InputChange.Inputs);
    }

    [Fact]
    public void The_folders_watched_are_the_files_folders_and_each_watched_folder_with_its_parent()
    {
        using var run = new CliRun();
        run.Write("scorecard.config.json", "{}");
        run.Write("data/monthly.csv", "measure,month,value\n");
        run.Write("templates/sentences/_change.sbn", "x");
        run.Write("commentary/introduction.md", "x");
        var plan = WatchPlan.Of(
            [Path.Combine(run.Folder, "scorecard.config.json"), Path.Combine(run.Folder, "data", "monthly.csv"), Path.Combine(run.Folder, "data", "missing", "peers.csv")],
            Path.Combine(run.Folder, "templates"),
            Path.Combine(run.Folder, "commentary"),
            Path.Combine(run.Folder, "out"));

        var roots = plan.Roots().Select(r => (Path.GetRelativePath(run.Folder, r.Folder), r.Recursive)).ToList();

        roots.ShouldBe([(".", false), ("data", false), ("templates", true), ("commentary", true)], ignoreOrder: true);
    }

    [Fact]
    public void Plans_naming_the_same_paths_are_the_same()
    {
        Plan().SameAs(Plan()).ShouldBeTrue();
        Plan().SameAs(Plan(output: At("elsewhere"))).ShouldBeFalse();
    }
}

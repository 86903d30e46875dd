namespace Scorecard.Rendering.Tests.Safety;

/// <summary>A crash of the test's making, at a step of the write: like a kill, nothing catches it.</summary>
internal sealed class SimulatedCrash(string step) : Exception("crashed after " + step);

/// <summary>Issue 11 #8: the output folder changes as one set, under a lock, and recovers from a crash.</summary>
[Collection(OutputWriterCollection.Name)]
public sealed class OutputSetTests : IDisposable
{
    private readonly TempDirectory _root = new();

    private string Out => Path.Combine(_root.Path, "out");

    public void Dispose()
    {
        OutputWriter.AfterStep = null;
        OutputWriter.UseExchange = true;
        _root.Dispose();
    }

    private static OutputFile[] Set(string run, params string[] names) =>
        names.Select(n => new OutputFile(n, $"{n} of run {run}")).ToArray();

    private static string[] Entries(string folder) =>
        Directory.GetFileSystemEntries(folder).Select(e => Path.GetFileName(e)!).Order(StringComparer.Ordinal).ToArray();

    private string Read(string name) => File.ReadAllText(Path.Combine(Out, name));

    [Fact]
    public void Writes_the_set_with_a_manifest_and_leaves_only_the_lock_beside_it()
    {
        var result = OutputWriter.Write(Out, Set("A", "report.html", "report.md"));

        result.HasErrors.ShouldBeFalse();
        Entries(Out).ShouldBe([".scorecard-manifest.json", "report.html", "report.md"]);
        Entries(_root.Path).ShouldBe([".out.scorecard-lock", "out"]);
        OutputWriter.Verify(Out).ShouldBeNull();
    }

    [Fact]
    public void A_second_run_replaces_the_whole_set_so_no_file_of_the_first_is_left_beside_it()
    {
        OutputWriter.Write(Out, Set("A", "report.html", "report.md", "evaluation.json")).HasErrors.ShouldBeFalse();

        OutputWriter.Write(Out, Set("B", "report.html", "report.md")).HasErrors.ShouldBeFalse();

        Entries(Out).ShouldBe([".scorecard-manifest.json", "report.html", "report.md"]);
        Read("report.html").ShouldBe("report.html of run B");
        Read("report.md").ShouldBe("report.md of run B");
    }

    [Fact]
    public void A_failure_while_writing_the_set_leaves_the_previous_set_as_it_was()
    {
        OutputWriter.Write(Out, Set("A", "report.html", "report.md")).HasErrors.ShouldBeFalse();
        OutputWriter.AfterStep = step => throw new IOException("disk full");

        var result = OutputWriter.Write(Out, Set("B", "report.html", "report.md"));

        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("SC0504");
        Read("report.html").ShouldBe("report.html of run A");
        Entries(_root.Path).ShouldBe([".out.scorecard-lock", "out"]);
    }

    [Theory]
    [InlineData(true, "staged")]
    [InlineData(false, "staged")]
    [InlineData(false, "moved-aside")]
    [InlineData(true, "switched")]
    public void After_a_crash_at_any_step_the_folder_holds_one_whole_set_and_the_next_run_cleans_up(bool exchange, string crashAt)
    {
        OutputWriter.Write(Out, Set("A", "report.html", "report.md")).HasErrors.ShouldBeFalse();
        OutputWriter.UseExchange = exchange;
        OutputWriter.AfterStep = step =>
        {
            if (step == crashAt)
            {
                throw new SimulatedCrash(step);
            }
        };

        Should.Throw<SimulatedCrash>(() => OutputWriter.Write(Out, Set("B", "report.html", "report.md")));
        OutputWriter.AfterStep = null;

        // Between the crash and the next run, the folder is one run's set or (for an instant
        // of a two-rename switch) absent: never a mix.
        if (Directory.Exists(Out))
        {
            OutputWriter.Verify(Out).ShouldBeNull();
            Read("report.html")[^1].ShouldBe(Read("report.md")[^1]);
        }

        var next = OutputWriter.Write(Out, Set("C", "report.html", "report.md"));

        next.HasErrors.ShouldBeFalse();
        if (crashAt != "switched" || !exchange)
        {
            next.Diagnostics.ShouldContain(d => d.Code == "SC0527");
        }

        Read("report.html").ShouldBe("report.html of run C");
        Entries(_root.Path).ShouldBe([".out.scorecard-lock", "out"]);
    }

    [Fact]
    public void A_crash_between_the_two_renames_is_finished_by_the_next_run_with_the_whole_new_set()
    {
        OutputWriter.Write(Out, Set("A", "report.html")).HasErrors.ShouldBeFalse();
        OutputWriter.UseExchange = false;
        OutputWriter.AfterStep = step =>
        {
            if (step == "moved-aside")
            {
                throw new SimulatedCrash(step);
            }
        };
        Should.Throw<SimulatedCrash>(() => OutputWriter.Write(Out, Set("B", "report.html")));
        OutputWriter.AfterStep = step =>
        {
            if (step == "staged")
            {
                throw new IOException("stop before switching, to see what recovery did");
            }
        };

        OutputWriter.Write(Out, Set("C", "report.html")).Diagnostics.Select(d => d.Code).ShouldBe(["SC0527", "SC0504"], ignoreOrder: true);

        Read("report.html").ShouldBe("report.html of run B");
        OutputWriter.Verify(Out).ShouldBeNull();
    }

    [Fact]
    public void A_second_run_while_the_first_holds_the_lock_is_refused_and_changes_nothing()
    {
        OutputWriter.Write(Out, Set("A", "report.html")).HasErrors.ShouldBeFalse();
        using (new FileStream(Path.Combine(_root.Path, ".out.scorecard-lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var result = OutputWriter.Write(Out, Set("B", "report.html"));

            result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("SC0526");
            Read("report.html").ShouldBe("report.html of run A");
        }

        OutputWriter.Write(Out, Set("C", "report.html")).HasErrors.ShouldBeFalse();
    }

    [Fact]
    public void A_held_lock_writes_set_after_set_and_keeps_other_runs_out_until_it_is_released()
    {
        using (var held = OutputWriter.Hold(Out).Value.ShouldNotBeNull())
        {
            held.Write(Set("A", "report.html", "report.md")).HasErrors.ShouldBeFalse();
            OutputWriter.Write(Out, Set("X", "report.html")).Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("SC0526");
            OutputWriter.Hold(Out).Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("SC0526");

            held.Write(Set("B", "report.html")).HasErrors.ShouldBeFalse();

            Entries(Out).ShouldBe([".scorecard-manifest.json", "report.html"]);
            Read("report.html").ShouldBe("report.html of run B");
            OutputWriter.Verify(Out).ShouldBeNull();
        }

        OutputWriter.Write(Out, Set("C", "report.html")).HasErrors.ShouldBeFalse();
        Entries(_root.Path).ShouldBe([".out.scorecard-lock", "out"]);
    }

    [Fact]
    public void A_held_lock_still_refuses_a_folder_holding_files_scorecard_did_not_write()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "notes.txt"), "mine");
        using var held = OutputWriter.Hold(Out).Value.ShouldNotBeNull();

        held.Write(Set("A", "report.html")).Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("SC0525");

        Entries(Out).ShouldBe(["notes.txt"]);
    }

    [Fact]
    public void Two_runs_at_once_each_leave_a_whole_set()
    {
        var results = new Core.Diagnostics.Result<IReadOnlyList<string>>[8];
        Parallel.For(0, results.Length, i => results[i] = OutputWriter.Write(Out, Set(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "report.html", "report.md")));

        results.ShouldContain(r => !r.HasErrors);
        results.Where(r => r.HasErrors).ShouldAllBe(r => r.Diagnostics.All(d => d.Code == "SC0526"));
        OutputWriter.Verify(Out).ShouldBeNull();
        Read("report.html")[^1].ShouldBe(Read("report.md")[^1]);
    }

    [Fact]
    public void A_folder_holding_files_scorecard_did_not_write_is_refused_and_left_alone()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "notes.docx"), "mine");

        var result = OutputWriter.Write(Out, Set("A", "report.html"));

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("SC0525");
        error.Message.ShouldContain("notes.docx");
        Entries(Out).ShouldBe(["notes.docx"]);
    }

    [Fact]
    public void A_folder_written_by_an_earlier_version_is_taken_over_and_its_leftovers_removed()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "report.html"), "old");
        File.WriteAllText(Path.Combine(Out, "scorecard.xlsx"), "old");
        File.WriteAllText(Path.Combine(Out, ".report.html.0123456789abcdef.tmp"), "half");
        File.WriteAllText(Path.Combine(Out, ".report.md.0123456789abcdef.bak"), "old");

        OutputWriter.Write(Out, Set("A", "report.html", "report.md")).HasErrors.ShouldBeFalse();

        Entries(Out).ShouldBe([".scorecard-manifest.json", "report.html", "report.md"]);
    }

    [Fact]
    public void An_output_folder_reached_through_a_link_stays_a_link_and_the_folder_it_names_is_replaced()
    {
        var real = Path.Combine(_root.Path, "real-out");
        OutputWriter.Write(real, Set("A", "report.html")).HasErrors.ShouldBeFalse();
        Directory.CreateSymbolicLink(Out, real);

        OutputWriter.Write(Out, Set("B", "report.html")).HasErrors.ShouldBeFalse();

        new DirectoryInfo(Out).LinkTarget.ShouldBe(real);
        File.ReadAllText(Path.Combine(real, "report.html")).ShouldBe("report.html of run B");
    }

    [Fact]
    public void A_manifest_tells_a_reader_when_a_file_is_not_from_the_run_it_lists()
    {
        OutputWriter.Write(Out, Set("A", "report.html", "report.md")).HasErrors.ShouldBeFalse();
        File.WriteAllText(Path.Combine(Out, "report.md"), "report.md of another run");

        OutputWriter.Verify(Out).ShouldBe("report.md is not the file the manifest lists");
    }
}

/// <summary>The output writer's test hooks are static: its tests run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OutputWriterCollection
{
    public const string Name = "Output writer";
}

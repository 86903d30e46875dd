using Scorecard.Cli.Preview;

namespace Scorecard.Cli.Tests.Preview;

/// <summary>The debounce of render --watch: one render per burst of saves, tested on a clock the test moves.</summary>
public sealed class ChangeBatcherTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(2);

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public void Nothing_is_due_before_the_first_event()
    {
        var batcher = new ChangeBatcher(Quiet, Longest);

        batcher.DueAt.ShouldBeNull();
        batcher.Take(Ms(10_000)).ShouldBeNull();
    }

    [Fact]
    public void An_editors_save_in_several_steps_is_one_render_once_the_events_stop()
    {
        var batcher = new ChangeBatcher(Quiet, Longest);

        // vim: rename the old file away, write the new one, change it twice.
        batcher.Add(InputChange.Templates, "/t/_key.html.sbn", Ms(1000));
        batcher.Add(InputChange.Templates, "/t/_key.html.sbn", Ms(1010));
        batcher.Add(InputChange.Templates, "/t/_key.html.sbn", Ms(1150));
        batcher.Add(InputChange.Templates, "/t/_key.html.sbn", Ms(1300));

        batcher.Take(Ms(1350)).ShouldBeNull("each event restarts the quiet period");
        batcher.Take(Ms(1499)).ShouldBeNull();
        var batch = batcher.Take(Ms(1500)).ShouldNotBeNull();
        batch.Changes.ShouldBe(InputChange.Templates);
        batch.Paths.ShouldBe(["/t/_key.html.sbn"]);
        batcher.DueAt.ShouldBeNull("the batch was taken");
        batcher.Take(Ms(5000)).ShouldBeNull();
    }

    [Fact]
    public void The_render_is_due_a_quiet_period_after_the_last_event()
    {
        var batcher = new ChangeBatcher(Quiet, Longest);

        batcher.Add(InputChange.Commentary, "/c/crime-volume.md", Ms(500));
        batcher.DueAt.ShouldBe(Ms(700));
        batcher.Add(InputChange.Commentary, "/c/crime-volume.md", Ms(650));
        batcher.DueAt.ShouldBe(Ms(850));
    }

    [Fact]
    public void Events_that_never_pause_still_give_a_render_at_the_longest_wait()
    {
        var batcher = new ChangeBatcher(Quiet, Longest);

        ChangeBatch? batch = null;
        var at = 0;
        for (; at <= 3000 && batch is null; at += 50)
        {
            batcher.Add(InputChange.Templates, "/t/log.txt", Ms(at));
            batch = batcher.Take(Ms(at));
        }

        batch.ShouldNotBeNull();
        at.ShouldBe(2050, "taken at 2000 ms, the first event's time plus the longest wait");
    }

    [Fact]
    public void A_data_save_in_a_burst_of_template_saves_reads_the_data_again()
    {
        var batcher = new ChangeBatcher(Quiet, Longest);

        batcher.Add(InputChange.Templates, "/t/a.sbn", Ms(0));
        batcher.Add(InputChange.Inputs, "/d/monthly.xlsx", Ms(50));
        batcher.Add(InputChange.Commentary, "/c/intro.md", Ms(100));

        var batch = batcher.Take(Ms(300)).ShouldNotBeNull();
        batch.Changes.ShouldBe(InputChange.Templates | InputChange.Inputs | InputChange.Commentary);
        batch.Changes.HasFlag(InputChange.Inputs).ShouldBeTrue();
        batch.Paths.ShouldBe(["/t/a.sbn", "/d/monthly.xlsx", "/c/intro.md"]);
    }

    [Fact]
    public void An_event_that_means_nothing_neither_starts_nor_prolongs_a_batch()
    {
        var batcher = new ChangeBatcher(Quiet, Longest);

        batcher.Add(InputChange.None, "/out/report.html", Ms(0));
        batcher.DueAt.ShouldBeNull();

        batcher.Add(InputChange.Templates, "/t/a.sbn", Ms(100));
        batcher.Add(InputChange.None, "/out/report.html", Ms(250));
        batcher.Take(Ms(300)).ShouldNotBeNull();
    }

    [Fact]
    public void Only_a_few_paths_are_kept_for_the_console()
    {
        var batcher = new ChangeBatcher(Quiet, Longest);

        for (var i = 0; i < 50; i++)
        {
            batcher.Add(InputChange.Commentary, $"/c/{i}.md", Ms(i));
        }

        batcher.Count.ShouldBe(50);
        batcher.Take(Ms(1000)).ShouldNotBeNull().Paths.Count.ShouldBe(ChangeBatcher.PathsKept + 1);
    }
}

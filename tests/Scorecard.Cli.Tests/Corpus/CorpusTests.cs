using System.Diagnostics;

namespace Scorecard.Cli.Tests.Corpus;

/// <summary>
/// Runs every case of <see cref="HostileCorpus"/> through the <c>scorecard</c> command and checks
/// its located outcome: the exit code, the diagnostic's code, location and words, no stack trace,
/// and, when the run fails, nothing written. `.ci/run` prints how many ran.
/// </summary>
[Trait("Category", "Corpus")]
public sealed class CorpusTests
{
    public static TheoryData<string> Cases() => [.. HostileCorpus.All.Where(c => !c.Unprivileged).Select(c => c.Name)];

    public static TheoryData<string> UnprivilegedCases() => [.. HostileCorpus.All.Where(c => c.Unprivileged).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_hostile_case_ends_in_its_located_outcome(string name) => Run(HostileCorpus.Find(name));

    [UnprivilegedTheory]
    [MemberData(nameof(UnprivilegedCases))]
    public void Each_unreadable_input_case_ends_in_its_located_outcome(string name) => Run(HostileCorpus.Find(name));

    [Fact]
    public void The_corpus_covers_every_item_of_issue_11()
    {
        var items = HostileCorpus.All.Select(c => c.Issue).ToHashSet(StringComparer.Ordinal);

        string[] covered = ["#1", "#2", "#5", "#6", "#7", "#8", "#10", "#11", "#12", "#13", "#14", "#15", "passes", "reproducible", "fuzzer"];
        covered.ShouldAllBe(item => items.Contains(item));
        HostileCorpus.All.Select(c => c.Name).ShouldBeUnique();
    }

    private static void Run(CorpusCase corpusCase)
    {
        using var folder = new CaseFolder();
        corpusCase.Build(folder);
        if (!folder.ConfigWritten)
        {
            folder.WriteConfig();
        }
        var clock = Stopwatch.StartNew();
        var (code, output, error) = corpusCase.Unprivileged && Unprivileged.NeedsOtherUser
            ? Unprivileged.Run(folder.Path, corpusCase.Args, corpusCase.Environment)
            : InProcess(folder.Path, corpusCase);
        var all = output + error;

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), $"{corpusCase.Name} must end quickly");
        all.ShouldNotContain("Unhandled exception", Case.Sensitive, corpusCase.Name);
        all.ShouldNotContain("   at Scorecard.", Case.Sensitive, corpusCase.Name);
        code.ShouldBe(corpusCase.Expected.ExitCode, $"{corpusCase.Name}:\n{all}");
        if (corpusCase.Expected.Code is { } expectedCode)
        {
            var line = error.Split('\n').FirstOrDefault(l => l.Contains(expectedCode, StringComparison.Ordinal));
            line.ShouldNotBeNull($"{corpusCase.Name} should print {expectedCode}:\n{all}");
            if (corpusCase.Expected.Where is { } where)
            {
                line[..line.IndexOf(':', line.IndexOf(expectedCode, StringComparison.Ordinal))].ShouldContain(where, Case.Sensitive, $"{corpusCase.Name}: where");
            }

            if (corpusCase.Expected.Saying is { } saying)
            {
                line.ShouldContain(saying, Case.Sensitive, $"{corpusCase.Name}: message");
            }
        }
        else if (corpusCase.Expected.Where is { } where)
        {
            error.ShouldContain(where, Case.Sensitive, corpusCase.Name);
            if (corpusCase.Expected.Saying is { } saying)
            {
                error.ShouldContain(saying, Case.Sensitive, corpusCase.Name);
            }
        }

        if (code != 0 && corpusCase.Issue != "#8")
        {
            (Directory.Exists(folder.Out) ? Directory.GetFileSystemEntries(folder.Out) : []).ShouldBeEmpty($"{corpusCase.Name} failed, so nothing is written");
        }

        corpusCase.Check?.Invoke(folder, output);
    }

    private static (int Code, string Output, string Error) InProcess(string folder, CorpusCase corpusCase)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = ScorecardApp.Run(corpusCase.Args, output, error, CliRun.Clock, folder, name => corpusCase.Environment.GetValueOrDefault(name));
        return (code, output.ToString(), error.ToString());
    }
}

namespace Scorecard.Cli.Tests.Commands;

public sealed class HelpTests
{
    [Fact]
    public void Bare_scorecard_lists_every_command_one_line_each_as_help_does()
    {
        using var run = new CliRun();

        var bare = run.Run();
        var help = run.Run("--help");

        bare.ExitCode.ShouldBe(0);
        bare.Error.ShouldBeEmpty();
        bare.Output.ShouldBe(help.Output);
        foreach (var command in new[] { "init", "validate", "evaluate", "render" })
        {
            var line = bare.Output.Split('\n').Where(l => l.TrimStart().StartsWith(command + " ", StringComparison.Ordinal)).ShouldHaveSingleItem(command);
            line.Length.ShouldBeLessThanOrEqualTo(80, "one line on an 80-column terminal");
        }
    }

    [Theory]
    [InlineData("init", "scorecard init my-office")]
    [InlineData("validate", "scorecard validate --config examples/mopac/scorecard.config.json")]
    [InlineData("evaluate", "scorecard evaluate --quarter 2019-20Q2")]
    [InlineData("render", "scorecard render --quarter 2019-20Q2 --meeting 2019-12-19 --out q2-report")]
    public void Every_commands_help_ends_with_examples(string command, string example)
    {
        using var run = new CliRun();

        var (code, output, _) = run.Run(command, "--help");

        code.ShouldBe(0);
        output.ShouldContain("Examples:\n");
        output.ShouldContain("  " + example);
    }
}

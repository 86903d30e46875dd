using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Scorecard.Cli;

/// <summary>
/// The "Examples:" section at the end of each command's <c>--help</c>: the built-in help, then a
/// few command lines that work as they are, from a new office's folder or from the repository.
/// </summary>
internal static class CommandExamples
{
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["scorecard"] =
        [
            "scorecard init my-office          # a new office's folder, ready to fill in",
            "scorecard validate                # check the configuration, data, templates and commentary",
            "scorecard render                  # write the report into out/",
        ],
        ["init"] =
        [
            "scorecard init my-office          # makes my-office/ with scorecard.config.json, data/monthly.xlsx, commentary/, README.md",
            "scorecard init                    # the same, in the current folder (never overwrites a file)",
        ],
        ["validate"] =
        [
            "scorecard validate",
            "scorecard validate --config examples/mopac/scorecard.config.json",
            "scorecard validate --data monthly.xlsx --templates my-templates",
        ],
        ["evaluate"] =
        [
            "scorecard evaluate --quarter 2019-20Q2",
            "scorecard evaluate --month 2019-08 --format csv > flags.csv",
        ],
        ["render"] =
        [
            "scorecard render",
            "scorecard render --quarter 2019-20Q2 --meeting 2019-12-19 --out q2-report",
            "scorecard render --format md,xlsx --templates my-templates",
            "scorecard render --pdf",
            "scorecard render --watch --serve --templates my-templates   # preview in a browser while editing",
        ],
    };

    /// <summary>Replaces the help option's action with one that adds the examples after the built-in help.</summary>
    public static void Add(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction builtIn } help)
            {
                help.Action = new WithExamples(builtIn);
            }
        }
    }

    /// <summary>The examples for <paramref name="command"/>, one line each.</summary>
    public static IReadOnlyList<string> For(Command command) =>
        Examples.GetValueOrDefault(command is RootCommand ? "scorecard" : command.Name) ?? [];

    private sealed class WithExamples(HelpAction builtIn) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = builtIn.Invoke(parseResult);
            var examples = For(parseResult.CommandResult.Command);
            if (examples.Count > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return code;
        }
    }
}

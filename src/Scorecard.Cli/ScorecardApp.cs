using System.CommandLine;
using System.Reflection;
using NodaTime;
using Scorecard.Cli.Commands;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Cli;

/// <summary>
/// The <c>scorecard</c> command line. Runs in-process with its own output writers, clock and
/// working directory, so tests drive it exactly as a user would.
/// </summary>
public static class ScorecardApp
{
    public static string Version { get; } =
        typeof(ScorecardApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <param name="environment">Reads an environment variable (<c>SOURCE_DATE_EPOCH</c>); null reads none.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, string workingDirectory, Func<string, string?>? environment = null)
    {
        var (parse, invocation, exitCode) = Prepare(args, output, error, clock, workingDirectory, environment);
        return parse is null ? exitCode : parse.Invoke(invocation);
    }

    /// <summary>
    /// As <see cref="Run"/>, for a host that stops the command itself: a command that runs until
    /// stopped (<c>render --watch</c>) stops cleanly when <paramref name="stopping"/> is cancelled,
    /// as it does on Ctrl+C under <see cref="Run"/>. The process's own Ctrl+C is left to the host.
    /// </summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IClock clock, string workingDirectory, Func<string, string?>? environment, CancellationToken stopping)
    {
        var (parse, invocation, exitCode) = Prepare(args, output, error, clock, workingDirectory, environment);
        if (parse is null)
        {
            return Task.FromResult(exitCode);
        }

        invocation.ProcessTerminationTimeout = null;
        return parse.InvokeAsync(invocation, stopping);
    }

    /// <returns>The parsed command line to invoke; or null and the exit code when it cannot be run.</returns>
    private static (ParseResult? Parse, InvocationConfiguration Invocation, int ExitCode) Prepare(
        string[] args, TextWriter output, TextWriter error, IClock clock, string workingDirectory, Func<string, string?>? environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        // Names and values from data or configuration reach the terminal: never as control sequences.
        output = new TerminalWriter(output);
        error = new TerminalWriter(error);
        var invocation = new InvocationConfiguration { Output = output, Error = error };
        if (environment?.Invoke(SourceDateEpoch.Variable) is { } epoch)
        {
            if (SourceDateEpoch.Parse(epoch) is not { } fixedAt)
            {
                error.WriteLine($"error {CliMessages.BadSourceDateEpoch}: {SourceDateEpoch.Variable} \"{epoch}\" is not a whole number of seconds since 1970-01-01 UTC; set it to one (e.g. the last commit's time: git log -1 --format=%ct), or unset it.");
                return (null, invocation, ExitCodes.InputProblems);
            }

            clock = new SourceDateEpoch(fixedAt);
        }

        var context = new CommandContext(output, error, clock, workingDirectory);
        var root = new RootCommand("Scorecard: an office's quarterly policing performance report.")
        {
            InitCommand.Create(context),
            ValidateCommand.Create(context),
            EvaluateCommand.Create(context),
            RenderCommand.Create(context),
        };
        CommandExamples.Add(root);

        // Bare "scorecard" lists the commands, as "scorecard --help" does.
        root.SetAction(parse => root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output, Error = error }));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"error {CliMessages.Usage}: {parseError.Message}");
            }

            error.WriteLine("Run 'scorecard --help' for the commands and their options.");
            return (null, invocation, ExitCodes.Usage);
        }

        return (parse, invocation, ExitCodes.Success);
    }
}

/// <summary>What every command needs from its surroundings.</summary>
internal sealed record CommandContext(TextWriter Output, TextWriter Error, IClock Clock, string WorkingDirectory)
{
    /// <summary>
    /// Prints diagnostics to the error stream, errors first, and a count line ending with
    /// <paramref name="consequence"/>; returns true when any is an error.
    /// </summary>
    public bool Report(DiagnosticBag diagnostics, string? consequence = null)
    {
        foreach (var d in diagnostics.Items.OrderBy(d => d.Severity switch { Severity.Error => 0, Severity.Warning => 1, _ => 2 }))
        {
            Error.WriteLine(Shown(d).ToString());
        }

        var errors = diagnostics.Items.Count(d => d.IsError);
        var warnings = diagnostics.Items.Count(d => d.Severity == Severity.Warning);
        if (errors > 0)
        {
            Error.WriteLine($"{InputLoader.Count(errors, "error", "errors")}, {InputLoader.Count(warnings, "warning", "warnings")}{(consequence is null ? "." : ": " + consequence)}");
        }

        return errors > 0;
    }

    /// <summary>The diagnostic with its file named as the user would type it: relative to where the command ran.</summary>
    public Diagnostic Shown(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Location.File is { } file && Path.IsPathRooted(file)
            ? diagnostic with { Location = diagnostic.Location with { File = InputLoader.Relative(file, WorkingDirectory) } }
            : diagnostic;
    }
}

/// <summary>
/// The options the commands share (<c>--config</c>, <c>--data</c>, and for the commands that
/// evaluate, <c>--quarter</c> and <c>--month</c>), declared, added and read in one place.
/// </summary>
internal sealed class CommonOptions
{
    private readonly bool _period;

    private readonly Option<string?> _config = new("--config", "-c")
    {
        Description = "The configuration file (default: scorecard.config.json in the current folder, if there is one).",
        HelpName = "FILE",
    };

    private readonly Option<string?> _data = new("--data", "-d")
    {
        Description = "The monthly series (.xlsx or .csv); overrides data.monthly in the configuration.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _quarter = new("--quarter", "-q")
    {
        Description = "The reporting quarter, e.g. 2019-20Q2 (default: the configuration's, else the latest complete quarter in the data).",
        HelpName = "QUARTER",
    };

    private readonly Option<string?> _month = new("--month", "-m")
    {
        Description = "Evaluate the rules at this month (YYYY-MM) instead of at the end of a quarter.",
        HelpName = "YYYY-MM",
    };

    /// <param name="command">The command to add the options to.</param>
    /// <param name="period">Whether the command takes <c>--quarter</c> and <c>--month</c>.</param>
    public CommonOptions(Command command, bool period)
    {
        ArgumentNullException.ThrowIfNull(command);
        _period = period;
        command.Options.Add(_config);
        command.Options.Add(_data);
        if (period)
        {
            command.Options.Add(_quarter);
            command.Options.Add(_month);
        }
    }

    public CommonArguments Read(ParseResult parse) => new(
        parse.GetValue(_config),
        parse.GetValue(_data),
        _period ? parse.GetValue(_quarter) : null,
        _period ? parse.GetValue(_month) : null);
}

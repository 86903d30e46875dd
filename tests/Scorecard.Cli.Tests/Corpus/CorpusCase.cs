namespace Scorecard.Cli.Tests.Corpus;

/// <summary>What a hostile case must end in: an exit code, and a diagnostic with its code, where and what.</summary>
/// <param name="Code">The diagnostic code the run must print ("SC0251"), or null for none in particular.</param>
/// <param name="Where">Text of the location the diagnostic must name ("$.office", "line 3"), or null.</param>
/// <param name="Saying">Text the diagnostic's message must hold, or null.</param>
internal sealed record Expected(int ExitCode, string? Code = null, string? Where = null, string? Saying = null);

/// <summary>
/// One case of the hostile corpus: how to build its inputs, the command to run on them, and the
/// located outcome it must have. <see cref="Issue"/> names the item of issue 11 it covers ("#5"),
/// "passes" for a case that already had a good outcome before the issue, or "issue 10" for the
/// images a template names.
/// </summary>
internal sealed record CorpusCase(string Name, string Issue, Action<CaseFolder> Build, string[] Args, Expected Expected)
{
    /// <summary>A further check of what the run wrote, given the folder; it fails by throwing.</summary>
    public Action<CaseFolder, string>? Check { get; init; }

    /// <summary>The case needs a user that file permissions apply to (it makes something unreadable).</summary>
    public bool Unprivileged { get; init; }

    /// <summary>Environment variables for the run.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public override string ToString() => Name;
}

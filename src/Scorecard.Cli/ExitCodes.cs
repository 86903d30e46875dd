namespace Scorecard.Cli;

/// <summary>What <c>scorecard</c> returns to the shell.</summary>
public static class ExitCodes
{
    /// <summary>Everything was read and written; there may be warnings.</summary>
    public const int Success = 0;

    /// <summary>A problem in the input (configuration, data, templates): nothing was written.</summary>
    public const int InputProblems = 1;

    /// <summary>The command line itself was wrong (unknown option, bad value).</summary>
    public const int Usage = 2;
}

namespace Scorecard.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,

    /// <summary>A note on how the input was read (a column skipped, a sheet chosen): nothing to fix, and never a failure.</summary>
    Info,
}

/// <summary>
/// A problem in the user's input, located and explained:
/// <c>error SC0102 monthly.xlsx 'Monthly'!F14: expected a number for crime-volume, September 2019; found "n/a".</c>
/// Problems are collected, never thrown, so one run reports all of them.
/// </summary>
/// <param name="Code">Stable code, "SC0102": SC01xx data, SC02xx configuration, SC03xx templates, SC04xx peer data, SC05xx commentary and output.</param>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message)
{
    public static Diagnostic Error(string code, SourceLocation location, string message) => new(Severity.Error, code, location, message);

    public static Diagnostic Warning(string code, SourceLocation location, string message) => new(Severity.Warning, code, location, message);

    public static Diagnostic Info(string code, SourceLocation location, string message) => new(Severity.Info, code, location, message);

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Info => "info",
            _ => "warning",
        };
        var where = Location.ToString();
        return where.Length == 0 ? $"{severity} {Code}: {Message}" : $"{severity} {Code} {where}: {Message}";
    }
}

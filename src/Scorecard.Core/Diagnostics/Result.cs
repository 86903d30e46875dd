namespace Scorecard.Core.Diagnostics;

/// <summary>A value read from the user's input together with every problem found reading it.
/// <see cref="Value"/> is null only when an error made it impossible to produce.</summary>
public sealed record Result<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics)
    where T : class
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

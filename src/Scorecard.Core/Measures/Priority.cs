namespace Scorecard.Core.Measures;

/// <summary>A priority of the Police and Crime Plan and the measures reported under it, in report order.</summary>
/// <param name="Number">1-based position in the plan ("1. Prevent crime and keep people safe").</param>
public sealed record Priority(int Number, string Title, IReadOnlyList<Measure> Measures);

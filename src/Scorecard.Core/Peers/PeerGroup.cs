using NodaTime;

namespace Scorecard.Core.Peers;

/// <summary>
/// The force's most similar group (MSG): the forces it is compared with, and when that grouping
/// was published (groups are revised, so the report says which grouping it used).
/// </summary>
/// <param name="Force">The force itself, as the peer data name it ("Wiltshire").</param>
/// <param name="Members">The other forces of the group, as the peer data name them.</param>
/// <param name="Name">What the report calls the group: "most similar group (MSG)".</param>
/// <param name="AsOf">The date of the grouping, when known.</param>
public sealed record PeerGroup(string Force, IReadOnlyList<string> Members, string Name = "most similar group (MSG)", LocalDate? AsOf = null);

/// <summary>
/// One peer figure: a force's value of a measure for the 12 months ending <see cref="Month"/>
/// (usually a rate, e.g. crimes per 1,000 residents), with the population when given.
/// </summary>
public sealed record PeerObservation(string MeasureKey, string Force, YearMonth Month, double Value, double? Population = null);

/// <summary>All peer figures read from one source.</summary>
public sealed record PeerData(IReadOnlyList<PeerObservation> Observations)
{
    public static PeerData Empty { get; } = new([]);

    public IEnumerable<PeerObservation> For(string measureKey) =>
        Observations.Where(o => string.Equals(o.MeasureKey, measureKey, StringComparison.Ordinal));
}

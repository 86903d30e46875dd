using NodaTime;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Series;

/// <summary>
/// One measure's monthly observations, in month order. A month with no observation is
/// missing: never 0, never NaN.
/// </summary>
public sealed class MonthlySeries
{
    private readonly SortedList<YearMonth, MonthlyObservation> _observations;

    public MonthlySeries(string measureId, IEnumerable<MonthlyObservation> observations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(measureId);
        ArgumentNullException.ThrowIfNull(observations);
        MeasureId = measureId;
        _observations = [];
        foreach (var observation in observations)
        {
            if (!_observations.TryAdd(observation.Month, observation))
            {
                throw new ArgumentException($"{measureId} has two observations for {observation.Month}.", nameof(observations));
            }
        }
    }

    public string MeasureId { get; }

    /// <summary>Every observation, earliest first.</summary>
    public IReadOnlyList<MonthlyObservation> Observations => _observations.Values.AsReadOnly();

    public int Count => _observations.Count;

    public YearMonth? FirstMonth => _observations.Count == 0 ? null : _observations.Keys[0];

    public YearMonth? LastMonth => _observations.Count == 0 ? null : _observations.Keys[^1];

    /// <summary>True when any month carries a numerator and denominator.</summary>
    public bool HasRatioParts => _observations.Values.Any(o => o.IsRatio);

    /// <summary>True when any month carries a volume (weight).</summary>
    public bool HasVolumes => _observations.Values.Any(o => o.Volume is not null);

    public MonthlyObservation? this[YearMonth month] => _observations.GetValueOrDefault(month);

    /// <summary>x(m): the month's value as the rules use it, or null when the month is missing.</summary>
    public double? ValueAt(YearMonth month) => this[month]?.RuleValue;

    /// <summary>The months of <paramref name="window"/> in order, each with x(m) or null.</summary>
    public IEnumerable<(YearMonth Month, double? Value)> In(MonthWindow window) =>
        window.Months().Select(m => (m, ValueAt(m)));

    /// <summary>Months between the first and last observation that have no value: the gaps.</summary>
    public IReadOnlyList<YearMonth> Gaps()
    {
        if (FirstMonth is not { } first || LastMonth is not { } last)
        {
            return [];
        }

        return new MonthWindow(first, last).Months().Where(m => ValueAt(m) is null).ToList();
    }

    /// <summary>This series with every month after <paramref name="last"/> removed.</summary>
    public MonthlySeries Through(YearMonth last) =>
        new(MeasureId, _observations.Values.Where(o => o.Month <= last));

    /// <summary>This series with every month before <paramref name="first"/> removed; the series itself when null.</summary>
    public MonthlySeries From(YearMonth? first) =>
        first is { } f ? new(MeasureId, _observations.Values.Where(o => o.Month >= f)) : this;

    public override string ToString() =>
        Count == 0 ? $"{MeasureId} (empty)" : $"{MeasureId} ({Count} months, {FirstMonth}..{LastMonth})";
}

namespace Scorecard.Core.Series;

/// <summary>All the monthly series read from one source, keyed by measure id.</summary>
public sealed class MeasureData
{
    private readonly Dictionary<string, MonthlySeries> _byId;

    public MeasureData(IEnumerable<MonthlySeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var list = series.ToList();
        _byId = new Dictionary<string, MonthlySeries>(StringComparer.Ordinal);
        foreach (var s in list)
        {
            if (!_byId.TryAdd(s.MeasureId, s))
            {
                throw new ArgumentException($"Two series have the id {s.MeasureId}.", nameof(series));
            }
        }

        Series = list;
    }

    public static MeasureData Empty { get; } = new([]);

    /// <summary>The series in the order the source gave them.</summary>
    public IReadOnlyList<MonthlySeries> Series { get; }

    public MonthlySeries? Find(string measureId) => _byId.GetValueOrDefault(measureId);

    public bool Contains(string measureId) => _byId.ContainsKey(measureId);
}

using System.Globalization;

namespace Scorecard.Core.Tests;

/// <summary>The committed fixtures in CrossCheck/ (see make-trend-fixture.R).</summary>
internal static class CrossCheckData
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "CrossCheck", file);

    /// <summary>Rows of a simple comma-separated file (no quoting), header first, as dictionaries.</summary>
    public static IReadOnlyList<Dictionary<string, string>> Read(string file)
    {
        var lines = File.ReadAllLines(PathOf(file)).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    public static YearMonth Month(string iso) =>
        new(int.Parse(iso[..4], CultureInfo.InvariantCulture), int.Parse(iso[5..7], CultureInfo.InvariantCulture));

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A Metropolitan Police series from mps-sample.csv (London Datastore, OGL).</summary>
    public static MonthlySeries Mps(string measure) =>
        new(measure, Read("mps-sample.csv").Where(r => r["measure"] == measure)
            .Select(r => new MonthlyObservation(Month(r["month"]), Number(r["value"]))));
}

using System.Globalization;

namespace Scorecard.ExampleGenerator;

/// <summary>
/// Seasonal indices taken from real Metropolitan Police monthly totals (source/mps-seasonal-source.csv,
/// Open Government Licence): each month's count over its centred 2×12 moving average, averaged
/// by calendar month and normalised to a mean of 1. London's cycle is milder than a rural
/// county's, so measures scale its swing with an amplitude.
/// </summary>
internal static class Seasonality
{
    public enum Profile
    {
        /// <summary>Flat: no seasonal cycle.</summary>
        None,

        /// <summary>Total notifiable offences.</summary>
        AllCrime,

        /// <summary>Violence with injury: the summer peak.</summary>
        Violence,
    }

    private static readonly Dictionary<Profile, double[]> Indices = [];

    public static void Load(string path)
    {
        var rows = File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Skip(1)
            .Select(l => l.Split(','))
            .Select(p => (Measure: p[0], Month: p[1], Value: double.Parse(p[2], CultureInfo.InvariantCulture)))
            .ToList();
        Indices[Profile.AllCrime] = IndicesOf(rows.Where(r => r.Measure == "total-notifiable-offences-mps-all-boroughs").Select(r => (r.Month, r.Value)).ToList());
        Indices[Profile.Violence] = IndicesOf(rows.Where(r => r.Measure == "violence-with-injury-mps").Select(r => (r.Month, r.Value)).ToList());
        Indices[Profile.None] = Enumerable.Repeat(1.0, 12).ToArray();
    }

    /// <summary>The index for calendar month 1..12, its deviation from 1 scaled by <paramref name="amplitude"/>.</summary>
    public static double Index(Profile profile, int calendarMonth, double amplitude) =>
        1.0 + (amplitude * (Indices[profile][calendarMonth - 1] - 1.0));

    public static IReadOnlyList<double> Of(Profile profile) => Indices[profile];

    private static double[] IndicesOf(List<(string Month, double Value)> series)
    {
        if (series.Count < 36)
        {
            throw new InvalidDataException("The seasonal source needs at least three years of months.");
        }

        var sums = new double[12];
        var counts = new int[12];
        for (var i = 6; i < series.Count - 6; i++)
        {
            // Centred 2×12 moving average: half weight on the two ends.
            var ma = (0.5 * series[i - 6].Value) + (0.5 * series[i + 6].Value);
            for (var k = i - 5; k <= i + 5; k++)
            {
                ma += series[k].Value;
            }

            ma /= 12.0;
            var calendarMonth = int.Parse(series[i].Month.AsSpan(5, 2), CultureInfo.InvariantCulture);
            sums[calendarMonth - 1] += series[i].Value / ma;
            counts[calendarMonth - 1]++;
        }

        var raw = sums.Zip(counts, (s, c) => s / c).ToArray();
        var mean = raw.Average();
        return raw.Select(r => r / mean).ToArray();
    }
}

using NodaTime;
using Scorecard.Core.Peers;
using Scorecard.Core.Series;

namespace Scorecard.ExampleGenerator;

/// <summary>
/// Illustrative most-similar-group (MSG) figures: 12-month values for the 24 months to the
/// comparison month. Wiltshire's own values are computed from its generated series; the seven
/// peers' values are invented, each drifting at its own annual rate to a final value chosen so
/// the group average (eight forces, Wiltshire included) is the report's.
/// </summary>
internal static class Peers
{
    public const string Force = "Wiltshire";

    /// <summary>Force-area populations (illustrative; Wiltshire's puts its rate at the report's 61.2).</summary>
    public static readonly IReadOnlyList<(string Name, int Population)> Group =
    [
        (Force, 711_200),
        ("Devon and Cornwall", 1_770_000),
        ("Dorset", 772_000),
        ("Gloucestershire", 633_000),
        ("Norfolk", 904_000),
        ("Suffolk", 758_000),
        ("Warwickshire", 571_000),
        ("West Mercia", 1_290_000),
    ];

    public static PeerData Generate(MeasureData data)
    {
        var observations = new List<PeerObservation>();
        var population = Group[0].Population;

        // All crime per 1,000 population, year to June 2019 (peer data lag the force's own).
        observations.AddRange(ForWiltshire("all-crime", new YearMonth(2019, 6), m => PerThousand(Aggregate.Sum(data.Find("crime-volume")!, m.PlusMonths(-11), m)!.Value, population)));
        observations.AddRange(Invented("all-crime", new YearMonth(2019, 6), relative: true,
            [(66.0, 0.07), (71.5, 0.05), (77.4, 0.04), (72.1, 0.06), (70.8, 0.03), (83.6, 0.09), (81.4, 0.08)]));

        // Positive outcome ratio, 12 months to September 2019: forces nationally falling.
        observations.AddRange(ForWiltshire("positive-outcome-ratio", new YearMonth(2019, 9), m => Aggregate.Ratio(data.Find("positive-outcome-ratio")!, m.PlusMonths(-11), m)!.Value.Percent));
        observations.AddRange(Invented("positive-outcome-ratio", new YearMonth(2019, 9), relative: true,
            [(12.1, -0.06), (15.9, -0.04), (11.4, -0.08), (17.2, -0.03), (13.0, -0.07), (10.85, -0.05), (18.3, -0.04)]));

        // Sexual offences per 1,000 population, 12 months to September 2019.
        observations.AddRange(ForWiltshire("sexual-offences", new YearMonth(2019, 9), m => PerThousand(Aggregate.Sum(data.Find("sexual-offences")!, m.PlusMonths(-11), m)!.Value, population)));
        observations.AddRange(Invented("sexual-offences", new YearMonth(2019, 9), relative: true,
            [(2.62, 0.05), (2.85, 0.03), (2.74, 0.02), (2.91, 0.08), (2.55, 0.04), (2.78, 0.06), (2.97, 0.05)]));

        // CSEW confidence, 12 months to June 2019: down nationally, as in Wiltshire (points per year).
        observations.AddRange(ForWiltshire("public-confidence", new YearMonth(2019, 6), m => Aggregate.Level(data.Find("public-confidence")!, m)!.Value));
        observations.AddRange(Invented("public-confidence", new YearMonth(2019, 6), relative: false,
            [(78.9, -4.8), (76.2, -5.5), (74.8, -3.9), (77.9, -6.1), (79.4, -4.2), (72.6, -5.0), (75.1, -4.6)]));

        return new PeerData(observations
            .OrderBy(o => o.MeasureKey, StringComparer.Ordinal)
            .ThenBy(o => Group.Select(g => g.Name).ToList().IndexOf(o.Force))
            .ThenBy(o => o.Month)
            .ToList());
    }

    private static double PerThousand(double count, int population) => 1000.0 * count / population;

    private static IEnumerable<YearMonth> TwentyFourMonthsTo(YearMonth last) =>
        Enumerable.Range(0, 24).Select(k => last.PlusMonths(k - 23));

    private static IEnumerable<PeerObservation> ForWiltshire(string key, YearMonth last, Func<YearMonth, double> value) =>
        TwentyFourMonthsTo(last).Select(m => new PeerObservation(key, Force, m, Math.Round(value(m), 3, MidpointRounding.AwayFromZero), Group[0].Population));

    /// <summary>
    /// The seven peers: final value at <paramref name="last"/> and annual change (a fraction when
    /// <paramref name="relative"/>, else points), with small smooth noise before the final month.
    /// </summary>
    private static IEnumerable<PeerObservation> Invented(string key, YearMonth last, bool relative, (double Final, double Annual)[] peers)
    {
        for (var p = 0; p < peers.Length; p++)
        {
            var (name, population) = Group[p + 1];
            var random = Prng.For($"peers.{key}.{name}");
            var (final, annual) = peers[p];
            var wobble = 0.0;
            foreach (var month in TwentyFourMonthsTo(last).Reverse())
            {
                var yearsBack = (((last.Year - month.Year) * 12) + last.Month - month.Month) / 12.0;
                var trend = relative ? final / Math.Pow(1 + annual, yearsBack) : final - (annual * yearsBack);
                var value = month == last ? final : trend * (1 + wobble);
                wobble = (0.7 * wobble) + (0.004 * random.NextGaussian());
                yield return new PeerObservation(key, name, month, Math.Round(value, 2, MidpointRounding.AwayFromZero), population);
            }
        }
    }
}

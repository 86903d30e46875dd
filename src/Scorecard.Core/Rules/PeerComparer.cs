using System.Globalization;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Rules;

/// <summary>
/// The peer comparison behind the peer rules, or why there is none.
/// </summary>
/// <param name="Comparison">The figures compared; null when the peer rules cannot be evaluated.</param>
/// <param name="Reason">Why the peer rules are not evaluated, with its code; null when <see cref="Comparison"/> is given.</param>
/// <param name="PeerCount">Forces in μ and σ (the force included unless includeSelf is off).</param>
/// <param name="TrendReason">Why <c>peers-trend-differs</c> is not evaluated when the level rules are.</param>
public sealed record PeerComparisonResult(PeerComparison? Comparison, NotEvaluatedReason? Reason, int PeerCount = 0, NotEvaluatedReason? TrendReason = null);

/// <summary>
/// Finds the comparison month and forms the group's figures (spec, "Peer rules"). Force names
/// match ordinally, ignoring case and surrounding spaces.
/// </summary>
public static class PeerComparer
{
    public const string NoPeerComparisonReason = "no peer comparison is configured for this measure";
    public const string NoPeerDataReason = "no peer data for this measure";
    public const string NoPeerGroupReason = "no peer group configured";

    public static PeerComparisonResult Compare(string? peerKey, PeerData data, PeerGroup? group, YearMonth month, PeerParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(parameters);
        if (string.IsNullOrWhiteSpace(peerKey))
        {
            return new(null, new(ReasonCodes.NoPeerComparison, NoPeerComparisonReason));
        }

        var observations = data.For(peerKey).Where(o => o.Month <= month).ToList();
        if (observations.Count == 0)
        {
            return new(null, new(ReasonCodes.NoPeerData, NoPeerDataReason));
        }

        if (group is null)
        {
            return new(null, new(ReasonCodes.NoPeerGroup, NoPeerGroupReason));
        }

        var figures = new Dictionary<(string Force, YearMonth Month), PeerObservation>();
        foreach (var o in observations)
        {
            figures.TryAdd((Normalise(o.Force), o.Month), o);
        }

        var self = Normalise(group.Force);
        var members = group.Members.Select(Normalise).Where(m => m != self).Distinct().ToList();
        var needed = (int)Math.Ceiling((parameters.MinimumPeerShare * members.Count) - 1e-9);

        PeerObservation? At(string force, YearMonth m) => figures.GetValueOrDefault((force, m));
        bool Enough(YearMonth m, Func<string, bool> has) => has(self) && members.Count(has) >= needed;

        YearMonth? comparisonMonth = null;
        for (var lag = 0; lag <= parameters.MaxLagMonths; lag++)
        {
            var candidate = month.PlusMonths(-lag);
            if (Enough(candidate, f => At(f, candidate) is not null))
            {
                comparisonMonth = candidate;
                break;
            }
        }

        if (comparisonMonth is not { } cm)
        {
            return new(null, new(ReasonCodes.PeerFiguresMissing, string.Create(
                CultureInfo.InvariantCulture,
                $"no month within {parameters.MaxLagMonths} months of {EnglishDates.Month(month)} with figures for {group.Force} and at least {needed} of its {members.Count} peers")));
        }

        var present = new[] { self }.Concat(members).Select(f => At(f, cm)).OfType<PeerObservation>().ToList();
        var included = present.Where(o => parameters.IncludeSelf || Normalise(o.Force) != self).ToList();
        if (included.Count < 2)
        {
            return new(null, new(ReasonCodes.PeerFiguresMissing, string.Create(CultureInfo.InvariantCulture, $"{included.Count} force to compare at {EnglishDates.Month(cm)}; a comparison needs at least 2"), [cm], included.Count, 2));
        }

        var (mean, average) = GroupAverage(included, parameters.Average);
        var sd = WindowStatistics.MeanAndSd(included.Select(o => o.Value).ToList()).Sd!.Value;
        var forceValue = At(self, cm)!.Value;
        var points = present
            .Select(o => new PeerPoint(o.Force, o.Value, Normalise(o.Force) == self))
            .OrderByDescending(p => p.Value)
            .ToList();
        var rank = 1 + present.Count(o => o.Value > forceValue);

        // The change over 12 months, over the forces with figures at both months so that like is compared with like.
        var earlier = cm.PlusMonths(-12);
        var forceEarlier = At(self, earlier)?.Value;
        NotEvaluatedReason? trendReason = null;
        double? groupEarlier = null, forceChange = null, groupChange = null;
        if (!Enough(earlier, f => At(f, earlier) is not null && At(f, cm) is not null))
        {
            trendReason = new(ReasonCodes.NoPeerChange, $"no peer figures for {EnglishDates.Month(earlier)}, 12 months before {EnglishDates.Month(cm)}", [earlier]);
        }
        else
        {
            var both = included.Where(o => At(Normalise(o.Force), earlier) is not null).ToList();
            var before = both.Select(o => At(Normalise(o.Force), earlier)!).ToList();
            var meanNow = GroupAverage(both, average).Mean;
            groupEarlier = GroupAverage(before, average).Mean;
            forceChange = Change(forceValue, forceEarlier!.Value);
            groupChange = Change(meanNow, groupEarlier.Value);
            if (forceChange is null || groupChange is null)
            {
                trendReason = new(ReasonCodes.NoPeerChange, $"a value of 0 in {EnglishDates.Month(earlier)}: no percentage change", [earlier]);
            }
        }

        var comparison = new PeerComparison(
            cm,
            group.Name,
            group.Force,
            forceValue,
            mean,
            sd,
            points,
            rank,
            forceEarlier,
            groupEarlier,
            average,
            parameters.IncludeSelf,
            forceChange,
            groupChange);
        return new(comparison, null, included.Count, trendReason);
    }

    /// <summary>The plain mean, or Σ(value × population) ÷ Σ population when weighted is asked for and every force has a population.</summary>
    private static (double Mean, PeerAverage Average) GroupAverage(IReadOnlyList<PeerObservation> forces, PeerAverage wanted)
    {
        if (wanted == PeerAverage.Weighted && forces.All(o => o.Population is > 0))
        {
            var population = forces.Sum(o => o.Population!.Value);
            return (forces.Sum(o => o.Value * o.Population!.Value) / population, PeerAverage.Weighted);
        }

        return (WindowStatistics.MeanAndSd(forces.Select(o => o.Value).ToList()).Mean!.Value, PeerAverage.Mean);
    }

    private static double? Change(double now, double before) => before == 0 ? null : (now - before) / Math.Abs(before) * 100.0;

    private static string Normalise(string force) => force.Trim().ToUpperInvariant();
}

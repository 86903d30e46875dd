using NodaTime;

namespace Scorecard.Core.Evaluation;

/// <summary>One force's figure in a peer comparison.</summary>
public sealed record PeerPoint(string Force, double Value, bool IsSelf);

/// <summary>
/// The figures the peer rules compared: each force of the group at the comparison month, the
/// group's mean and SD, and the force's position. For the report's bar chart and sentence
/// ("61.2 crimes per 1,000 population, below the most similar group average of 73.0").
/// </summary>
/// <param name="ComparisonMonth">The last month of the 12-month period compared ("as at June 2019").</param>
/// <param name="GroupName">"most similar group (MSG)".</param>
public sealed record PeerComparison(
    YearMonth ComparisonMonth,
    string GroupName,
    string Force,
    double ForceValue,
    double GroupMean,
    double GroupSd,
    IReadOnlyList<PeerPoint> Points,
    int Rank,
    double? ForceValueYearEarlier,
    double? GroupMeanYearEarlier);

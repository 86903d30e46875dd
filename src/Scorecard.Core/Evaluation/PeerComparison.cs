using NodaTime;
using Scorecard.Core.Rules;

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
/// <param name="GroupMean">μ: the group's average at the comparison month (the force included unless <see cref="IncludesSelf"/> is false; weighted by population when <see cref="Average"/> is weighted).</param>
/// <param name="GroupSd">σ: the sample SD of the same forces' values.</param>
/// <param name="Points">Every force with a value at the comparison month, the force itself included (<see cref="PeerPoint.IsSelf"/>), highest value first.</param>
/// <param name="Rank">The force's position among <see cref="Points"/>, 1 = highest value (ties share a rank).</param>
/// <param name="ForceValueYearEarlier">The force's value twelve months before the comparison month, when given.</param>
/// <param name="GroupMeanYearEarlier">The group's average twelve months before, over the forces with values at both months.</param>
/// <param name="Average">How <see cref="GroupMean"/> was formed: <see cref="PeerAverage.Weighted"/> only when asked for and every force has a population.</param>
/// <param name="IncludesSelf">Whether the force's own value counts in <see cref="GroupMean"/> and <see cref="GroupSd"/>.</param>
/// <param name="ForceChangePercent">The force's change over the 12 months, per cent (<c>peers-trend-differs</c>).</param>
/// <param name="GroupChangePercent">The group average's change over the 12 months, per cent, over the forces with values at both months.</param>
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
    double? GroupMeanYearEarlier,
    PeerAverage Average = PeerAverage.Mean,
    bool IncludesSelf = true,
    double? ForceChangePercent = null,
    double? GroupChangePercent = null);

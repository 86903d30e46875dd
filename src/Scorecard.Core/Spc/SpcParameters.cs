using NodaTime;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;

namespace Scorecard.Core.Spc;

/// <summary>
/// The settings of an NHS "Making Data Count" XmR chart (the configuration's <c>rules.spc</c>
/// block), with the Single Chart Tool's defaults.
/// </summary>
public sealed record SpcParameters
{
    /// <summary>Points in a row on one side of the mean that make a shift (6).</summary>
    public int ShiftLength { get; init; } = 6;

    /// <summary>Points in a row, each higher (or each lower) than the one before, that make a trend (6).</summary>
    public int TrendLength { get; init; } = 6;

    /// <summary>Points the chart needs before it has process limits, special cause rules and icons (13).</summary>
    public int MinimumPoints { get; init; } = 13;

    /// <summary>Months where a new calculation period starts, with its own mean and limits (none by default).</summary>
    public IReadOnlyList<YearMonth> RecalculateAt { get; init; } = [];

    /// <summary>
    /// The last month of a baseline, or null: the lines of the calculation period the baseline
    /// ends in come from that period's months up to it only, and are extended to the period's end.
    /// </summary>
    public YearMonth? BaselineEnd { get; init; }

    /// <summary>When set, the chart covers only the last <see cref="Window"/> months to the reporting month.</summary>
    public int? Window { get; init; }

    public static SpcParameters Default { get; } = new();

    /// <summary>
    /// Checks the bounds: lengths of at least 2 (a trend at least 3), a minimum of at least 2
    /// points, a window no shorter than the minimum, none longer than
    /// <see cref="RuleParameters.MaximumMonths"/>, and recalculations that are listed once and
    /// come after the baseline. Paths are relative to the rule block ("spc.shiftLength").
    /// </summary>
    public IReadOnlyList<ParameterProblem> Validate()
    {
        var problems = new List<ParameterProblem>();

        void AtLeast(string path, int value, int minimum)
        {
            if (ParameterProblem.OfMonths(path, value, minimum) is { } problem)
            {
                problems.Add(problem);
            }
        }

        AtLeast("spc.shiftLength", ShiftLength, 2);
        AtLeast("spc.trendLength", TrendLength, 3);
        AtLeast("spc.minimumPoints", MinimumPoints, 2);
        if (Window is { } window)
        {
            AtLeast("spc.window", window, Math.Max(2, MinimumPoints));
        }

        foreach (var month in RecalculateAt.GroupBy(m => m).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(new("spc.recalculateAt", $"lists {EnglishDates.Iso(month)} more than once."));
        }

        if (BaselineEnd is { } end)
        {
            foreach (var month in RecalculateAt.Distinct().Where(m => m <= end).Order())
            {
                problems.Add(new(
                    "spc.recalculateAt",
                    $"{EnglishDates.Iso(month)} is within the baseline (which ends {EnglishDates.Iso(end)}); a recalculation must come after baselineEnd."));
            }
        }

        return problems;
    }

    public bool Equals(SpcParameters? other) =>
        other is not null
        && ShiftLength == other.ShiftLength
        && TrendLength == other.TrendLength
        && MinimumPoints == other.MinimumPoints
        && RecalculateAt.SequenceEqual(other.RecalculateAt)
        && BaselineEnd == other.BaselineEnd
        && Window == other.Window;

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ShiftLength);
        hash.Add(TrendLength);
        hash.Add(MinimumPoints);
        foreach (var month in RecalculateAt)
        {
            hash.Add(month);
        }

        hash.Add(BaselineEnd);
        hash.Add(Window);
        return hash.ToHashCode();
    }
}

using NodaTime;

namespace Scorecard.Core.Periods;

/// <summary>The calendar months <see cref="First"/> to <see cref="Last"/> inclusive: W(a..b) in the spec.</summary>
public readonly record struct MonthWindow
{
    public MonthWindow(YearMonth first, YearMonth last)
    {
        if (last < first)
        {
            throw new ArgumentException($"A window cannot end ({last}) before it starts ({first}).", nameof(last));
        }

        First = first;
        Last = last;
    }

    public YearMonth First { get; }

    public YearMonth Last { get; }

    /// <summary>The window of <paramref name="length"/> months ending at <paramref name="last"/>.</summary>
    public static MonthWindow Ending(YearMonth last, int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        return new MonthWindow(last.PlusMonths(-(length - 1)), last);
    }

    public int Length => MonthsBetween(First, Last) + 1;

    public bool Contains(YearMonth month) => month >= First && month <= Last;

    public IEnumerable<YearMonth> Months()
    {
        for (var m = First; m <= Last; m = m.PlusMonths(1))
        {
            yield return m;
        }
    }

    /// <summary>"2017-09..2019-08", the form used in evidence.</summary>
    public override string ToString() => $"{EnglishDates.Iso(First)}..{EnglishDates.Iso(Last)}";

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    public static int MonthsBetween(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + (to.Month - from.Month);
}

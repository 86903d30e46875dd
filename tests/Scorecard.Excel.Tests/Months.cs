using NodaTime;

namespace Scorecard.Excel.Tests;

internal static class Months
{
    /// <summary>The first days of <paramref name="count"/> months from April 2019.</summary>
    public static DateTime[] FromApril2019(int count) =>
        Enumerable.Range(0, count).Select(i => new DateTime(2019, 4, 1).AddMonths(i)).ToArray();

    public static YearMonth Ym(int year, int month) => new(year, month);
}

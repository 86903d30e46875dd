using NodaTime;

namespace Scorecard.ExampleGenerator;

/// <summary>The example's months, April 2014 to September 2019, as indices 0..65.</summary>
internal static class Months
{
    public static readonly YearMonth First = new(2014, 4);

    public static readonly YearMonth Last = new(2019, 9);

    public const int Count = 66;

    public static int Of(int year, int month)
    {
        var index = ((year - First.Year) * 12) + month - First.Month;
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return index;
    }

    public static YearMonth At(int index) => First.PlusMonths(index);

    public static int Of(YearMonth month) => Of(month.Year, month.Month);
}

/// <summary>Months <see cref="Start"/> to <see cref="End"/> inclusive, with an exact total to hit.</summary>
internal readonly record struct Block(int Start, int End, double Total)
{
    public static Block Of(int fromYear, int fromMonth, int toYear, int toMonth, double total) =>
        new(Months.Of(fromYear, fromMonth), Months.Of(toYear, toMonth), total);

    public int Length => End - Start + 1;

    public double Centre => (Start + End) / 2.0;

    public bool Contains(int index) => index >= Start && index <= End;
}

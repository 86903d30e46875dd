using NodaTime;

namespace Scorecard.Core.Periods;

/// <summary>
/// Dates and months written out in British English, independent of the machine's culture:
/// "30 September 2019", "September 2019", "Sep-19".
/// </summary>
public static class EnglishDates
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static string MonthName(int month) => MonthNames[month - 1];

    public static string ShortMonthName(int month) => MonthNames[month - 1][..3];

    /// <summary>"30 September 2019".</summary>
    public static string Long(LocalDate date) => $"{date.Day} {MonthName(date.Month)} {date.Year}";

    /// <summary>"1 July".</summary>
    public static string DayMonth(LocalDate date) => $"{date.Day} {MonthName(date.Month)}";

    /// <summary>"September 2019".</summary>
    public static string Month(YearMonth month) => $"{MonthName(month.Month)} {month.Year}";

    /// <summary>"Sep-19", as analysts label chart axes.</summary>
    public static string ShortMonth(YearMonth month) => $"{ShortMonthName(month.Month)}-{month.Year % 100:00}";

    /// <summary>"2019-09", the ISO form used in JSON and CSV.</summary>
    public static string Iso(YearMonth month) => $"{month.Year:0000}-{month.Month:00}";

    /// <summary>Index of a month name or its three-letter abbreviation ("Sep", "sept", "September"), 1-12, or 0.</summary>
    public static int ParseMonthName(ReadOnlySpan<char> text)
    {
        if (text.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            var name = MonthNames[i].AsSpan();
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase)
                || text.Equals(name[..3], StringComparison.OrdinalIgnoreCase)
                || (text.Length == 4 && text.Equals("Sept", StringComparison.OrdinalIgnoreCase) && i == 8))
            {
                return i + 1;
            }
        }

        return 0;
    }
}

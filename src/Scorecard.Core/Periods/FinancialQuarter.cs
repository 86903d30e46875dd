using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Scorecard.Core.Periods;

/// <summary>
/// A quarter of a UK police financial year (April to March). "2019-20 Q2" is
/// <c>new FinancialQuarter(2019, 2)</c>: July to September 2019.
/// </summary>
public readonly partial record struct FinancialQuarter
{
    private static readonly string[] NumberWords = ["One", "Two", "Three", "Four"];

    public FinancialQuarter(int startYear, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(startYear, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startYear, 9998);
        StartYear = startYear;
        Number = number;
    }

    /// <summary>The calendar year in which the financial year starts (2019 for 2019-20).</summary>
    public int StartYear { get; }

    /// <summary>1 to 4: One = April to June, Two = July to September, Three = October to December, Four = January to March.</summary>
    public int Number { get; }

    public YearMonth FirstMonth => new YearMonth(StartYear, 4).PlusMonths(3 * (Number - 1));

    public YearMonth LastMonth => FirstMonth.PlusMonths(2);

    public LocalDate FirstDay => FirstMonth.OnDayOfMonth(1);

    public LocalDate LastDay => LastMonth.OnDayOfMonth(LastMonth.Calendar.GetDaysInMonth(LastMonth.Year, LastMonth.Month));

    /// <summary>"2019-20".</summary>
    public string FinancialYear => $"{StartYear}-{(StartYear + 1) % 100:00}";

    /// <summary>"Two".</summary>
    public string NumberWord => NumberWords[Number - 1];

    /// <summary>"Quarter Two 2019-20".</summary>
    public string Label => $"Quarter {NumberWord} {FinancialYear}";

    /// <summary>"Quarter Two 2019-20 (1 July to 30 September 2019)", as the reference report prints it.</summary>
    public string LongLabel => $"{Label} ({EnglishDates.DayMonth(FirstDay)} to {EnglishDates.Long(LastDay)})";

    /// <summary>"Q2".</summary>
    public string ShortLabel => $"Q{Number}";

    /// <summary>The canonical text form, "2019-20Q2", which <see cref="Parse"/> reads back.</summary>
    public override string ToString() => $"{FinancialYear}Q{Number}";

    public FinancialQuarter Previous => Number == 1 ? new FinancialQuarter(StartYear - 1, 4) : new FinancialQuarter(StartYear, Number - 1);

    public FinancialQuarter Next => Number == 4 ? new FinancialQuarter(StartYear + 1, 1) : new FinancialQuarter(StartYear, Number + 1);

    public bool Contains(YearMonth month) => month >= FirstMonth && month <= LastMonth;

    /// <summary>The quarter that a month falls in.</summary>
    public static FinancialQuarter Containing(YearMonth month)
    {
        var startYear = month.Month >= 4 ? month.Year : month.Year - 1;
        var monthsIntoYear = (month.Month + 12 - 4) % 12;
        return new FinancialQuarter(startYear, (monthsIntoYear / 3) + 1);
    }

    /// <summary>Reads "2019-20Q2", "2019-20 Q2", "Q2 2019-20" (case-insensitive; "2019/20" also accepted).</summary>
    public static bool TryParse(string? text, out FinancialQuarter quarter)
    {
        quarter = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = YearFirst().Match(text.Trim());
        if (!match.Success)
        {
            match = QuarterFirst().Match(text.Trim());
        }

        if (!match.Success)
        {
            return false;
        }

        var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var end = int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture);
        var expectedEnd = (start + 1) % (match.Groups["end"].Value.Length == 2 ? 100 : 10000);
        if (end != expectedEnd || start < 1900 || start > 9998)
        {
            return false;
        }

        quarter = new FinancialQuarter(start, number);
        return true;
    }

    public static FinancialQuarter Parse(string text) =>
        TryParse(text, out var quarter)
            ? quarter
            : throw new FormatException($"\"{text}\" is not a financial quarter; expected a form such as 2019-20Q2, 2019-20 Q2 or Q2 2019-20.");

    [GeneratedRegex(@"^(?<start>\d{4})\s*[-/]\s*(?<end>\d{2}|\d{4})\s*Q(?<q>[1-4])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^Q(?<q>[1-4])\s*(?<start>\d{4})\s*[-/]\s*(?<end>\d{2}|\d{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterFirst();
}

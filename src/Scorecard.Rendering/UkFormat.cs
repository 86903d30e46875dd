using System.Globalization;
using NodaTime;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;

namespace Scorecard.Rendering;

/// <summary>
/// Numbers, durations, dates and quarters written the way a UK public-sector report writes them,
/// whatever the machine's culture: "11,856", "2.9 per cent" in prose and "2.9%" in tables,
/// "12 minutes 47 seconds" in prose and "12 min 47 s" in tables, "30 September 2019". Templates
/// call these as <c>uk.number</c>, <c>uk.percent</c>, … (see templates/README.md).
/// </summary>
public static class UkFormat
{
    /// <summary>en-GB, fixed: the report never depends on the machine's culture.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] QuarterWords = ["one", "two", "three", "four"];

    /// <summary>"11,856"; "14.8" with one decimal. Negative numbers use a true minus sign.</summary>
    public static string Number(double value, int decimals = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // no "-0"
        }

        var text = Math.Abs(rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);
        return rounded < 0 ? "\u2212" + text : text;
    }

    /// <summary>"2.9 per cent" (prose).</summary>
    public static string Percent(double value, int decimals = 1) => Number(value, decimals) + " per cent";

    /// <summary>"2.9%" (tables).</summary>
    public static string PercentShort(double value, int decimals = 1) => Number(value, decimals) + "%";

    /// <summary>"6.6 percentage points" (prose), for the change of a ratio or a level in per cent.</summary>
    public static string Points(double value, int decimals = 1) =>
        Number(value, decimals) + (Math.Abs(Math.Round(value, decimals)) == 1 ? " percentage point" : " percentage points");

    /// <summary>"12 minutes 47 seconds", "1 hour 2 minutes", "45 seconds" (prose). Rounds to whole seconds, or to <paramref name="decimals"/> of a second.</summary>
    public static string Duration(double seconds, int decimals = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var scale = Math.Pow(10, decimals);
        var units = Math.Round(Math.Abs(seconds) * scale, MidpointRounding.AwayFromZero);
        var whole = Math.Floor(units / scale);
        var hours = Math.Floor(whole / 3600);
        var minutes = Math.Floor(whole % 3600 / 60);
        var secs = (units - (((hours * 3600) + (minutes * 60)) * scale)) / scale;
        var parts = new List<string>();
        if (hours > 0)
        {
            parts.Add(Number(hours) + (hours == 1 ? " hour" : " hours"));
        }

        if (minutes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{minutes} {(minutes == 1 ? "minute" : "minutes")}"));
        }

        if (secs > 0 || parts.Count == 0)
        {
            parts.Add(Number(secs, secs % 1 == 0 ? 0 : decimals) + (secs == 1 ? " second" : " seconds"));
        }

        return string.Join(' ', parts);
    }

    /// <summary>"12 min 47 s", "4 s", "1 h 2 min 5 s" (tables and chart axes). Rounds to whole seconds.</summary>
    public static string DurationShort(double seconds) => DurationParts(seconds, 0);

    /// <summary>"4 min 5.3 s", "4.3 s": a time to a tenth of a second, for statistics that a time is compared with.</summary>
    public static string DurationFine(double seconds) => DurationParts(seconds, 1);

    private static string DurationParts(double seconds, int decimals)
    {
        var scale = Math.Pow(10, decimals);
        var units = Math.Round(Math.Abs(seconds) * scale, MidpointRounding.AwayFromZero);
        var sign = seconds < 0 && units > 0 ? "\u2212" : string.Empty;
        var whole = Math.Floor(units / scale);
        var hours = Math.Floor(whole / 3600);
        var minutes = Math.Floor(whole % 3600 / 60);
        var secs = (units - (((hours * 3600) + (minutes * 60)) * scale)) / scale;
        var parts = new List<string>();
        if (hours > 0)
        {
            parts.Add(Number(hours) + " h");
        }

        if (minutes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{minutes} min"));
        }

        if (secs > 0 || parts.Count == 0)
        {
            parts.Add(Number(secs, secs % 1 == 0 ? 0 : decimals) + " s");
        }

        return sign + string.Join(' ', parts);
    }

    /// <summary>"30 September 2019".</summary>
    public static string Date(LocalDate date) => EnglishDates.Long(date);

    /// <summary>"September 2019".</summary>
    public static string Month(YearMonth month) => EnglishDates.Month(month);

    /// <summary>"Sep-19".</summary>
    public static string MonthShort(YearMonth month) => EnglishDates.ShortMonth(month);

    /// <summary>"quarter two", as prose writes it mid-sentence.</summary>
    public static string QuarterProse(FinancialQuarter quarter) => "quarter " + QuarterWords[quarter.Number - 1];

    /// <summary>
    /// The three months ending <paramref name="month"/> in words: "quarter two" when the month ends
    /// its quarter, else "the three months to August 2019" (the figures are then not a quarter's).
    /// </summary>
    public static string PeriodProse(FinancialQuarter quarter, YearMonth month) =>
        month == quarter.LastMonth ? QuarterProse(quarter) : $"the three months to {Month(month)}";

    /// <summary>"Q2", or "Jun–Aug 2019" for three months that are not a financial quarter.</summary>
    public static string PeriodShortLabel(FinancialQuarter quarter, YearMonth month) =>
        month == quarter.LastMonth
            ? quarter.ShortLabel
            : $"{EnglishDates.ShortMonthName(month.PlusMonths(-2).Month)}–{EnglishDates.ShortMonthName(month.Month)} {month.Year}";

    /// <summary>"more" or "fewer" for a change in a count.</summary>
    public static string MoreOrFewer(double change) => change < 0 ? "fewer" : "more";

    /// <summary>"higher" or "lower" for a change in a rate or an average.</summary>
    public static string HigherOrLower(double change) => change < 0 ? "lower" : "higher";

    /// <summary>"longer" or "shorter" for a change in a duration.</summary>
    public static string LongerOrShorter(double change) => change < 0 ? "shorter" : "longer";

    /// <summary>"1 crime", "2 crimes": naive English plural of a count word.</summary>
    public static string Plural(long count, string singular) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : singular + "s")}");

    /// <summary>"1st", "2nd", "3rd", "11th", "22nd".</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>A measure's value as prose writes it: "11,856", "16.5 per cent", "12 minutes 47 seconds", "14.8".</summary>
    public static string Value(double value, ValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return format.Style switch
        {
            ValueStyle.Count => Number(value, format.Decimals),
            ValueStyle.Percent => Percent(value, format.Decimals),
            ValueStyle.Duration => Duration(value),
            ValueStyle.Decimal => Number(value, format.Decimals),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format.Style, null),
        };
    }

    /// <summary>A measure's value as a table cell writes it: "11,856", "16.5%", "12 min 47 s", "14.8".</summary>
    public static string ValueShort(double value, ValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return format.Style switch
        {
            ValueStyle.Count => Number(value, format.Decimals),
            ValueStyle.Percent => PercentShort(value, format.Decimals),
            ValueStyle.Duration => DurationShort(value),
            ValueStyle.Decimal => Number(value, format.Decimals),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format.Style, null),
        };
    }

    /// <summary>A difference between two values of a measure, unsigned, in prose: "1,258", "2.1 percentage points", "42 seconds".</summary>
    public static string Difference(double change, ValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var size = Math.Abs(change);
        return format.Style switch
        {
            ValueStyle.Percent => Points(size, format.Decimals),
            ValueStyle.Duration => Duration(size),
            _ => Number(size, format.Decimals),
        };
    }

    /// <summary>A signed difference for a table cell: "+1,258", "−2.1 pp", "+42 s".</summary>
    public static string DifferenceShort(double change, ValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var sign = Math.Round(change, format.Style == ValueStyle.Duration ? 0 : format.Decimals) switch
        {
            > 0 => "+",
            < 0 => "\u2212",
            _ => string.Empty,
        };
        var size = Math.Abs(change);
        return format.Style switch
        {
            ValueStyle.Percent => sign + Number(size, format.Decimals) + " pp",
            ValueStyle.Duration => sign + DurationShort(size),
            _ => sign + Number(size, format.Decimals),
        };
    }

    /// <summary>A signed percentage change for a table cell: "+2.9%".</summary>
    public static string ChangePercentShort(double percent)
    {
        var rounded = Math.Round(percent, 1, MidpointRounding.AwayFromZero);
        var sign = rounded > 0 ? "+" : rounded < 0 ? "\u2212" : string.Empty;
        return sign + Number(Math.Abs(percent), 1) + "%";
    }

    /// <summary>
    /// A p-value: "0.012", "&lt; 0.001". Given the <paramref name="alpha"/> it was tested against,
    /// a p that would print the same as α gets the decimals that show which side it is on
    /// ("0.0503", not "0.050"), so a reader can see why the trend was or was not significant.
    /// </summary>
    public static string PValue(double p, double? alpha = null)
    {
        if (p < 0.001)
        {
            return "< 0.001";
        }

        var decimals = 3;
        while (alpha is { } a && decimals < 6 && p != a && Number(p, decimals) == Number(a, decimals))
        {
            decimals++;
        }

        return Number(p, decimals);
    }
}

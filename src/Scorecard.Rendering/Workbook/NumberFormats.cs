using System.Globalization;
using Scorecard.Core.Measures;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// Excel number formats for a measure's values, and the numbers the cells hold. Percentages are
/// stored as percentage numbers (16.5 is 16.5 %), durations as fractions of a day so that a
/// time format shows minutes and seconds ("12 min 47 s"). Changes can be negative, which Excel cannot show as
/// a time, so a duration's change is stored in seconds.
/// </summary>
internal static class NumberFormats
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public const string ChangePercent = "+0.0\"%\";-0.0\"%\";0.0\"%\"";

    public const string Month = "mmm-yy";

    /// <summary>The format of a value: <c>#,##0</c>, <c>0.0"%"</c>, a time with units (<see cref="Time"/>), <c>#,##0.0</c>.</summary>
    public static string Value(ValueFormat format) => format.Style switch
    {
        ValueStyle.Count => "#,##0" + Fraction(format.Decimals),
        ValueStyle.Percent => "0" + Fraction(format.Decimals) + "\"%\"",
        ValueStyle.Duration => Time(format.Decimals),
        ValueStyle.Decimal => "#,##0" + Fraction(format.Decimals),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format.Style, null),
    };

    /// <summary>
    /// A time held as a fraction of a day, shown with its units as the report's tables show it:
    /// "12 min 7 s", and seconds alone under a minute ("4 s"), with <paramref name="decimals"/>
    /// decimals of a second ("10 min 56.3 s"). The switch to minutes is at the value that rounds
    /// to a whole minute. Elapsed-time codes (<c>[m]</c>, <c>[s]</c>) round the seconds in Excel
    /// and LibreOffice alike, where a clock-time <c>s</c> alone would cut them.
    /// </summary>
    public static string Time(int decimals)
    {
        var minute = (60 - (0.5 * Math.Pow(10, -decimals))) / 86400;
        var seconds = decimals == 0 ? "[s]" : "s" + Fraction(decimals);
        return $"[<{minute.ToString("0.##################", CultureInfo.InvariantCulture)}]{seconds}\" s\";[m]\" min \"s{Fraction(decimals)}\" s\"";
    }

    /// <summary>What <see cref="Time"/> shows for <paramref name="seconds"/>, roughly: "12 min 7 s", "4.2 s".</summary>
    public static string DisplayTime(double seconds, int decimals)
    {
        var rounded = Math.Round(Math.Abs(seconds), decimals, MidpointRounding.AwayFromZero);
        var minutes = Math.Floor(rounded / 60);
        var rest = (rounded - (minutes * 60)).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return minutes > 0 ? $"{minutes.ToString(CultureInfo.InvariantCulture)} min {rest} s" : $"{rest} s";
    }

    /// <summary>The format of a change in a value, always signed: percentage points for percentages, seconds for durations.</summary>
    public static string Change(ValueFormat format)
    {
        var body = format.Style switch
        {
            ValueStyle.Count or ValueStyle.Decimal => "#,##0" + Fraction(format.Decimals),
            ValueStyle.Percent => "0" + Fraction(format.Decimals) + "\" pp\"",
            ValueStyle.Duration => "#,##0" + Fraction(format.Decimals) + "\" s\"",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format.Style, null),
        };
        return $"+{body};-{body};{body}";
    }

    /// <summary>
    /// <paramref name="decimals"/>, or up to two more while a non-zero <paramref name="value"/>
    /// would still show as 0 ("+0 s" for a change of 0.2 seconds).
    /// </summary>
    public static int DecimalsToShow(double value, int decimals)
    {
        var d = decimals;
        while (d < decimals + 2 && value != 0 && Math.Round(value, d, MidpointRounding.AwayFromZero) == 0)
        {
            d++;
        }

        return d;
    }

    /// <summary>The format of a margin of error: <c>"±"0.0</c>.</summary>
    public static string Margin(ValueFormat format) => "\"±\"0" + Fraction(format.Decimals);

    /// <summary>What a cell holds for a value: the value itself, or a fraction of a day for a duration.</summary>
    public static double CellValue(double value, ValueFormat format) =>
        format.Style == ValueStyle.Duration ? value / 86400.0 : value;

    /// <summary>Roughly what Excel shows for a value, to size its column.</summary>
    public static string Display(double value, ValueFormat format) => format.Style switch
    {
        ValueStyle.Duration => DisplayTime(value, format.Decimals),
        ValueStyle.Percent => value.ToString("N" + format.Decimals, EnGb) + "%",
        _ => value.ToString("N" + format.Decimals, EnGb),
    };

    public static string DisplayChange(double value, ValueFormat format) => format.Style switch
    {
        ValueStyle.Duration => "+" + value.ToString("N" + format.Decimals, EnGb) + " s",
        ValueStyle.Percent => "+" + value.ToString("N" + format.Decimals, EnGb) + " pp",
        _ => "+" + value.ToString("N" + format.Decimals, EnGb),
    };

    private static string Fraction(int decimals) => decimals > 0 ? "." + new string('0', decimals) : string.Empty;
}

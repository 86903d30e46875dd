using System.Globalization;
using Scorecard.Core.Measures;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// Excel number formats for a measure's values, and the numbers the cells hold. Percentages are
/// stored as percentage numbers (16.5 is 16.5 %), durations as fractions of a day so that
/// <c>[m]:ss</c> shows minutes and seconds. Changes can be negative, which Excel cannot show as
/// a time, so a duration's change is stored in seconds.
/// </summary>
internal static class NumberFormats
{
    private static readonly CultureInfo EnGb = UkFormat.Culture;

    public const string ChangePercent = "+0.0\"%\";-0.0\"%\";0.0\"%\"";

    public const string Month = "mmm-yy";

    /// <summary>The format of a value: <c>#,##0</c>, <c>0.0"%"</c>, <c>[m]:ss</c>, <c>#,##0.0</c>.</summary>
    public static string Value(ValueFormat format) => format.Style switch
    {
        ValueStyle.Count => "#,##0" + Fraction(format.Decimals),
        ValueStyle.Percent => "0" + Fraction(format.Decimals) + "\"%\"",
        ValueStyle.Duration => "[m]:ss" + Fraction(format.Decimals),
        ValueStyle.Decimal => "#,##0" + Fraction(format.Decimals),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format.Style, null),
    };

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

    /// <summary>The format of a margin of error: <c>"±"0.0</c>.</summary>
    public static string Margin(ValueFormat format) => "\"±\"0" + Fraction(format.Decimals);

    /// <summary>What a cell holds for a value: the value itself, or a fraction of a day for a duration.</summary>
    public static double CellValue(double value, ValueFormat format) =>
        format.Style == ValueStyle.Duration ? value / 86400.0 : value;

    /// <summary>Roughly what Excel shows for a value, to size its column.</summary>
    public static string Display(double value, ValueFormat format) => format.Style switch
    {
        ValueStyle.Duration => $"{Math.Floor(Math.Abs(value) / 60):0}:{Math.Abs(value) % 60:00}",
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

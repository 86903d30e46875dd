using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Scorecard.Core.Periods;

namespace Scorecard.Excel;

/// <summary>
/// Reads numbers and months from the text people type into cells, in the invariant culture,
/// tolerating the usual mess ("1,234", " 12.5 ", "45%", "Apr-19") and nothing ambiguous
/// ("12,5" is refused rather than read as 125).
/// </summary>
internal static partial class CellText
{
    private static readonly string[] ErrorLiterals =
        ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#N/A!", "#ERROR!"];

    /// <summary>Trims spaces, tabs, non-breaking spaces and line breaks.</summary>
    public static string Trim(string? text) => (text ?? string.Empty).Trim().Trim('\u00A0', '\u200B', '\uFEFF').Trim();

    public static bool IsErrorLiteral(string text)
    {
        if (text.Length < 4 || text[0] != '#')
        {
            return false;
        }

        foreach (var literal in ErrorLiterals)
        {
            if (string.Equals(literal, text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A number typed as text: optional sign (a hyphen, a plus, or the Unicode minus sign −),
    /// ASCII digits with optional thousands commas in groups of three, an optional decimal point
    /// and exponent, and an optional trailing % (which is dropped: "45%" is 45). An accounting
    /// negative in brackets, "(1,234)", is −1234, as Excel reads it when typed. Refused: anything
    /// that is not finite or that underflows to 0 ("NaN", "Infinity", "∞", "1e400", "1e-400"),
    /// hexadecimal ("0x10"), decimal commas ("12,5", "1.234,5") and currency signs ("£1,234").
    /// </summary>
    public static bool TryParseNumber(string? text, out double number)
    {
        number = 0;
        if (IsPlainDecimal(text))
        {
            // The common case, "2501" or "-12.5": nothing to take off, nothing ambiguous.
            return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
        }

        var trimmed = Trim(text);
        if (trimmed.EndsWith('%'))
        {
            trimmed = Trim(trimmed[..^1]);
        }

        var negate = false;
        if (trimmed.Length > 2 && trimmed[0] == '(' && trimmed[^1] == ')')
        {
            trimmed = Trim(trimmed[1..^1]);
            negate = true;
            if (trimmed.StartsWith('-') || trimmed.StartsWith('+') || trimmed.StartsWith('\u2212'))
            {
                return false;
            }
        }

        if (trimmed.StartsWith('\u2212'))
        {
            trimmed = "-" + trimmed[1..];
        }

        if (trimmed.Length == 0 || !NumberPattern().IsMatch(trimmed))
        {
            return false;
        }

        var plain = trimmed.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out number) || !double.IsFinite(number))
        {
            number = 0;
            return false;
        }

        if (number == 0 && plain.Split('e', 'E')[0].Any(c => c is >= '1' and <= '9'))
        {
            // "1e-400": too small to hold, and not 0 either.
            return false;
        }

        number = negate ? -number : number;
        return true;
    }

    /// <summary>Digits with an optional leading minus and at most one decimal point between digits, nothing else: at most 15 digits, so exactly held.</summary>
    private static bool IsPlainDecimal(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 16)
        {
            return false;
        }

        var start = text[0] == '-' ? 1 : 0;
        var point = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && !point && i > start && i < text.Length - 1)
            {
                point = true;
            }
            else if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return text.Length > start;
    }

    /// <summary>
    /// A month written as text: "2019-04", "2019/4", "201904", "04/2019", "Apr-19", "Apr 2019",
    /// "April 2019", "Sept 2019", "2019 Apr", a date of any day in the month ("2019-04-15",
    /// "15/04/2019" day first as in the UK, "1 April 2019", "01-Apr-19").
    /// Two-digit years are 2000 to 2069, then 1970 to 1999.
    /// </summary>
    public static bool TryParseMonth(string? text, out YearMonth month)
    {
        month = default;
        var trimmed = Trim(text);
        int year, number;
        Match m;
        if ((m = IsoMonth().Match(trimmed)).Success || (m = IsoDate().Match(trimmed)).Success)
        {
            year = Int(m, "y");
            number = Int(m, "m");
        }
        else if ((m = Compact().Match(trimmed)).Success || (m = MonthYear().Match(trimmed)).Success || (m = DayMonthYear().Match(trimmed)).Success)
        {
            year = Year(m);
            number = Int(m, "m");
            if (m.Groups["d"].Success && (Int(m, "d") < 1 || Int(m, "d") > 31))
            {
                return false;
            }
        }
        else if ((m = NamedMonthYear().Match(trimmed)).Success || (m = YearNamedMonth().Match(trimmed)).Success || (m = DayNamedMonthYear().Match(trimmed)).Success)
        {
            year = Year(m);
            number = EnglishDates.ParseMonthName(m.Groups["name"].Value);
            if (m.Groups["d"].Success && (Int(m, "d") < 1 || Int(m, "d") > 31))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (number is < 1 or > 12 || year is < FirstYear or > LastYear)
        {
            return false;
        }

        month = new YearMonth(year, number);
        return true;
    }

    /// <summary>
    /// The date of an Excel date serial number, when it is a plausible date (1900 to 2200). In the
    /// 1900 system (Windows Excel, LibreOffice) 1 is 1 January 1900, and 60 is the 29 February 1900
    /// that Excel counts but that never was (read as February 1900); in the 1904 system (Mac Excel's
    /// old default, <c>date1904</c>) 0 is 1 January 1904.
    /// </summary>
    public static bool TryDateFromSerial(double serial, bool date1904, out (int Year, int Month, int Day) date)
    {
        date = default;
        if (!double.IsFinite(serial) || serial < 0)
        {
            return false;
        }

        var days = Math.Floor(serial) + (date1904 ? 1462 : 0);

        // 1 January 1900 to 31 December 2200.
        if (days < 1 || days > 110_575)
        {
            return false;
        }

        if (days == 60)
        {
            date = (1900, 2, 29);
            return true;
        }

        var day = DateTime.FromOADate(days < 60 ? days + 1 : days);
        date = (day.Year, day.Month, day.Day);
        return true;
    }

    /// <summary>The first and last years read as months: a date outside them is a typing slip or a placeholder (9999-12-31).</summary>
    public const int FirstYear = 1900;

    /// <inheritdoc cref="FirstYear"/>
    public const int LastYear = 2200;

    /// <summary>
    /// The date of any Excel date serial number, 1 January 1900 to 31 December 9999 (Excel's own
    /// range), for saying which date a cell holds when it is not a plausible month.
    /// </summary>
    public static bool TryAnyDateFromSerial(double serial, bool date1904, out (int Year, int Month, int Day) date)
    {
        date = default;
        if (!double.IsFinite(serial) || serial < 0)
        {
            return false;
        }

        var days = Math.Floor(serial) + (date1904 ? 1462 : 0);
        if (days < 61 || days > 2_958_465)
        {
            return TryDateFromSerial(serial, date1904, out date);
        }

        var day = DateTime.FromOADate(days);
        date = (day.Year, day.Month, day.Day);
        return true;
    }

    /// <summary>The month of an Excel date serial number in the 1900 system, when it is a plausible date.</summary>
    public static bool TryMonthFromSerial(double serial, out YearMonth month) => TryMonthFromSerial(serial, false, out month);

    /// <summary>The month of an Excel date serial number, when it is a plausible date.</summary>
    public static bool TryMonthFromSerial(double serial, bool date1904, out YearMonth month)
    {
        month = default;
        if (!TryDateFromSerial(serial, date1904, out var date))
        {
            return false;
        }

        month = new YearMonth(date.Year, date.Month);
        return true;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Year(Match m)
    {
        var text = m.Groups["y"].Value;
        var year = int.Parse(text, CultureInfo.InvariantCulture);
        if (text.Length == 2)
        {
            year += year < 70 ? 2000 : 1900;
        }

        return year;
    }

    [GeneratedRegex(@"^[+-]?([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\.[0-9]*)?([eE][+-]?[0-9]+)?$|^[+-]?\.[0-9]+([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*[-/.]\s*(?<m>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})([T ][0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?Z?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<m>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

    [GeneratedRegex(@"^(?<m>[0-9]{1,2})\s*[-/.]\s*(?<y>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})[/.-](?<m>[0-9]{1,2})[/.-](?<y>[0-9]{4}|[0-9]{2})(\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<name>[A-Za-z]{3,9})\.?[\s\-'’/,]*(?<y>[0-9]{4}|[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMonthYear();

    [GeneratedRegex(@"^(?<y>[0-9]{4})[\s\-/]*(?<name>[A-Za-z]{3,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearNamedMonth();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})(st|nd|rd|th)?[\s\-/]+(?<name>[A-Za-z]{3,9})\.?[\s\-/,]+(?<y>[0-9]{4}|[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayNamedMonthYear();
}

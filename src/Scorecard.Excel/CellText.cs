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

    public static bool IsErrorLiteral(string text) =>
        ErrorLiterals.Contains(text, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A number typed as text: optional sign, digits with optional thousands commas in groups of
    /// three, an optional decimal point and exponent, and an optional trailing % (which is dropped:
    /// "45%" is 45).
    /// </summary>
    public static bool TryParseNumber(string? text, out double number)
    {
        number = 0;
        var trimmed = Trim(text);
        if (trimmed.EndsWith('%'))
        {
            trimmed = Trim(trimmed[..^1]);
        }

        if (trimmed.Length == 0 || !NumberPattern().IsMatch(trimmed))
        {
            return false;
        }

        return double.TryParse(trimmed.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            && double.IsFinite(number);
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

        if (number is < 1 or > 12 || year is < 1900 or > 2200)
        {
            return false;
        }

        month = new YearMonth(year, number);
        return true;
    }

    /// <summary>The month of an Excel date serial number (days since 30 December 1899), when it is a plausible date.</summary>
    public static bool TryMonthFromSerial(double serial, out YearMonth month)
    {
        month = default;

        // 1 January 1900 to 31 December 2200.
        if (!double.IsFinite(serial) || serial < 1 || serial > 110_575)
        {
            return false;
        }

        var date = DateTime.FromOADate(serial);
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

    [GeneratedRegex(@"^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d*)?([eE][+-]?\d+)?$|^[+-]?\.\d+([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/.]\s*(?<m>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

    [GeneratedRegex(@"^(?<m>\d{1,2})\s*[-/.]\s*(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4}|\d{2})(\s+\d{1,2}:\d{2}(:\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<name>[A-Za-z]{3,9})\.?[\s\-'’/,]*(?<y>\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMonthYear();

    [GeneratedRegex(@"^(?<y>\d{4})[\s\-/]*(?<name>[A-Za-z]{3,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearNamedMonth();

    [GeneratedRegex(@"^(?<d>\d{1,2})(st|nd|rd|th)?[\s\-/]+(?<name>[A-Za-z]{3,9})\.?[\s\-/,]+(?<y>\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayNamedMonthYear();
}

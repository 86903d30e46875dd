namespace Scorecard.Excel;

/// <summary>
/// What a cell's number format says about the number it shows: a date, a time of day or a
/// duration, or a percentage. Excel's built-in formats are known by their id; a custom format
/// is judged by its letters outside quotes and brackets.
/// </summary>
internal static class CellFormats
{
    /// <summary>A percentage: built-in 9 (0%) and 10 (0.00%), or a custom format with % outside quotes.</summary>
    public static bool IsPercent(int id, string? format) => id is 9 or 10 || HasOutsideQuotes(format, c => c == '%');

    /// <summary>A date: Excel's built-in date formats, or a custom one with d or y, or with m and no h or s, outside quotes and brackets.</summary>
    public static bool IsDate(int id, string? format)
    {
        if (id is (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58))
        {
            return true;
        }

        // "m" alone may be minutes ("mm:ss"); with d or y, or without h and s, it is a month.
        return HasOutsideQuotes(format, c => c is 'd' or 'D' or 'y' or 'Y')
            || (HasOutsideQuotes(format, c => c is 'm' or 'M') && !HasOutsideQuotes(format, c => c is 'h' or 'H' or 's' or 'S'));
    }

    /// <summary>A time or duration (that is not a date): built-in 18 to 21 and 45 to 47, or a custom one with h or s outside quotes.</summary>
    public static bool IsTime(int id, string? format) =>
        id is (>= 18 and <= 21) or (>= 45 and <= 47)
        || (!IsDate(id, format) && (HasOutsideQuotes(format, c => c is 'h' or 'H' or 's' or 'S') || HasInBrackets(format, c => c is 'h' or 'H' or 'm' or 'M' or 's' or 'S')));

    private static bool HasInBrackets(string? format, Func<char, bool> test)
    {
        if (string.IsNullOrEmpty(format))
        {
            return false;
        }

        var open = format.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : format.IndexOf(']', open);
        return close > open + 1 && format[(open + 1)..close].All(test);
    }

    private static bool HasOutsideQuotes(string? format, Func<char, bool> test)
    {
        if (string.IsNullOrEmpty(format) || format.Equals("General", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '\\' || c == '_' || c == '*')
            {
                i++;
            }
            else if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c == '[')
            {
                inBrackets = true;
            }
            else if (!inQuotes && c == ']')
            {
                inBrackets = false;
            }
            else if (!inQuotes && !inBrackets && test(c))
            {
                return true;
            }
        }

        return false;
    }
}

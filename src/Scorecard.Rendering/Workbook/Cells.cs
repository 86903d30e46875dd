using System.Text;
using Scorecard.Rendering.Export;
using Scorecard.Rendering.Workbook.Xlsx;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// Writing cells so that text stays text and numbers stay numbers. Every text goes in as a
/// string cell; text that Excel would run as a formula if typed in also gets a quote prefix, so
/// that editing the cell does not turn it into one. Characters XML cannot hold become U+FFFD.
/// </summary>
internal static class Cells
{
    public static void Text(SheetCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        cell.SetText(Fit(Clean(text)));
        if (FormulaInjection.IsPossibleFormula(text))
        {
            cell.Style = cell.Style with { QuotePrefix = true };
        }
    }

    /// <summary>
    /// Text of several lines, as one string cell; a line marked bold is set in bold (rich text), so
    /// that a notice stands out among the others. Treated as <see cref="Text"/> otherwise.
    /// </summary>
    public static void Lines(SheetCell cell, IReadOnlyList<(string Text, bool Bold)> lines)
    {
        var text = string.Join("\n", lines.Select(l => l.Text));
        Text(cell, text);
        if (string.IsNullOrEmpty(text) || !lines.Any(l => l.Bold))
        {
            return;
        }

        if (text.Length > LongestText)
        {
            return; // cut to fit as plain text: the runs would no longer add up to it
        }

        cell.SetRichText(lines.Select((line, i) => (Clean(i < lines.Count - 1 ? line.Text + "\n" : line.Text), line.Bold)).ToList());
    }

    /// <summary>The most characters a cell holds in Excel.</summary>
    public const int LongestText = 32_767;

    /// <summary>Text cut to <see cref="LongestText"/> characters, ending in an ellipsis, when longer (never half a character).</summary>
    internal static string Fit(string text) => Shorten(text, LongestText);

    /// <summary>
    /// <paramref name="text"/> itself when it has at most <paramref name="longest"/> characters,
    /// else its start ending in an ellipsis, <paramref name="longest"/> characters at most. The cut
    /// never leaves half a character (a surrogate pair), nor what <paramref name="tidy"/> takes off
    /// the cut end (half of an escape).
    /// </summary>
    internal static string Shorten(string text, int longest, Func<string, string>? tidy = null)
    {
        if (text.Length <= longest)
        {
            return text;
        }

        var cut = text[..(longest - 1)];
        cut = tidy?.Invoke(cut) ?? cut;
        if (char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }

        return cut + "\u2026";
    }

    public static void Number(SheetCell cell, double? value, string format)
    {
        if (value is not { } v || double.IsNaN(v) || double.IsInfinity(v))
        {
            return;
        }

        cell.SetNumber(v);
        cell.Style = cell.Style with { NumberFormat = format };
    }

    public static void Integer(SheetCell cell, int? value)
    {
        if (value is { } v)
        {
            cell.SetNumber(v);
            cell.Style = cell.Style with { NumberFormat = "0" };
        }
    }

    /// <summary>A month as a real date, the first of the month, shown as <see cref="NumberFormats.Month"/> ("Sep-19").</summary>
    public static void Month(SheetCell cell, NodaTime.YearMonth month)
    {
        cell.SetDate(new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Unspecified));
        cell.Style = cell.Style with { NumberFormat = NumberFormats.Month };
    }

    /// <summary>The header row: bold, on a light grey fill, with a rule beneath.</summary>
    public static void Header(Sheet sheet, IReadOnlyList<string> headings, ColumnSizer sizer)
    {
        for (var i = 0; i < headings.Count; i++)
        {
            Text(sheet.Cell(1, i + 1), headings[i]);
            sizer.Note(i + 1, headings[i], extra: 3);
        }

        if (headings.Count == 0)
        {
            return;
        }

        sheet.Style(new CellRange(1, 1, 1, headings.Count), s => s with { Bold = true, Fill = "#F2F2F2", BottomBorder = true, Vertical = VerticalAlignment.Top });
    }

    /// <summary>
    /// The header row (<see cref="Header"/>) with headings that wrap at their words, for tables of
    /// narrow columns of figures: a heading's longest word, with room for the autofilter's button,
    /// sets its column's least width. Call <see cref="HeaderHeight"/> once the widths are set.
    /// </summary>
    public static void WrappingHeader(Sheet sheet, IReadOnlyList<string> headings, ColumnSizer sizer)
    {
        Header(sheet, headings, new ColumnSizer());
        for (var i = 0; i < headings.Count; i++)
        {
            sizer.Note(i + 1, headings[i].Split(' ').MaxBy(w => w.Length), extra: FilterButtonWidth);
        }

        if (headings.Count > 0)
        {
            sheet.Style(new CellRange(1, 1, 1, headings.Count), s => s with { WrapText = true });
        }
    }

    /// <summary>Makes the header row tall enough for its headings wrapped in the columns' widths.</summary>
    public static void HeaderHeight(Sheet sheet, IReadOnlyList<string> headings)
    {
        var lines = 1;
        for (var i = 0; i < headings.Count; i++)
        {
            var room = Math.Max(1, (int)(sheet.ColumnWidthOf(i + 1) ?? DefaultColumnWidth) - 2);
            lines = Math.Max(lines, WrappedLines(headings[i].Split(' '), room));
        }

        sheet.RowHeight(1, 15 * lines);
    }

    /// <summary>A column's width, in characters, when none is set.</summary>
    private const double DefaultColumnWidth = 8.43;

    /// <summary>The width, in characters, of the autofilter's button beside a heading.</summary>
    private const int FilterButtonWidth = 3;

    /// <summary>How many lines <paramref name="words"/> take wrapped at <paramref name="width"/> characters.</summary>
    private static int WrappedLines(string[] words, int width)
    {
        var lines = 1;
        var used = 0;
        foreach (var word in words)
        {
            if (used > 0 && used + 1 + word.Length > width)
            {
                lines++;
                used = word.Length;
            }
            else
            {
                used += (used > 0 ? 1 : 0) + word.Length;
            }
        }

        return lines;
    }

    /// <summary>
    /// The text with every character XML cannot hold (C0 controls but tab and line breaks,
    /// U+FFFE, U+FFFF, half a surrogate pair) made U+FFFD.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var invalid = !pair && ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c));
            if (invalid && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }

            builder?.Append(invalid ? '\uFFFD' : c);
            if (pair)
            {
                builder?.Append(text[i + 1]);
                i++;
            }
        }

        return builder?.ToString() ?? text;
    }
}

/// <summary>
/// Column widths from the text the cells show (a workbook holds no widths worked out by a spreadsheet
/// program). Widths are in characters, between a floor and a ceiling.
/// </summary>
internal sealed class ColumnSizer
{
    private readonly Dictionary<int, int> _widths = [];
    private readonly Dictionary<int, int> _wrapAt = [];
    private readonly Dictionary<int, int> _lines = [];

    /// <summary>Caps a column at <paramref name="width"/> characters; longer text wraps onto more lines.</summary>
    public void WrapAt(int column, int width) => _wrapAt[column] = width;

    public void Note(int column, string? text, int extra = 0, int? row = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var lines = text.Split('\n');
        var longest = lines.Max(line => line.Length) + extra;
        _widths[column] = Math.Max(_widths.GetValueOrDefault(column), longest);
        if (row is { } r)
        {
            // Spreadsheet programs do not always grow a row for wrapped text: count its lines here.
            var cap = _wrapAt.GetValueOrDefault(column, int.MaxValue);
            var count = lines.Sum(line => Math.Max(1, (int)Math.Ceiling((line.Length + extra) / (double)cap)));
            _lines[r] = Math.Max(_lines.GetValueOrDefault(r, 1), count);
        }
    }

    public void Apply(Sheet sheet, int minimum = 6, int maximum = 60)
    {
        foreach (var (column, width) in _widths)
        {
            if (_wrapAt.TryGetValue(column, out var cap) && width > cap)
            {
                sheet.ColumnWidth(column, cap + 2);
                sheet.StyleColumn(column, s => s with { WrapText = true });
                continue;
            }

            sheet.ColumnWidth(column, Math.Clamp(width + 2, minimum, maximum));
        }

        foreach (var (row, lines) in _lines.Where(l => l.Value > 1))
        {
            sheet.RowHeight(row, 15 * lines);
        }
    }
}

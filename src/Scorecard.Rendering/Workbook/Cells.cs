using System.Text;
using ClosedXML.Excel;
using Scorecard.Rendering.Export;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// Writing cells so that text stays text and numbers stay numbers. Every text goes in as a
/// string cell; text that Excel would run as a formula if typed in also gets a quote prefix, so
/// that editing the cell does not turn it into one. Characters XML cannot hold become U+FFFD.
/// </summary>
internal static class Cells
{
    public static void Text(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        cell.SetValue(Clean(text));
        cell.DataType = XLDataType.Text;
        if (FormulaInjection.IsPossibleFormula(text))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    /// <summary>
    /// Text of several lines, as one string cell; a line marked bold is set in bold (rich text), so
    /// that a notice stands out among the others. Treated as <see cref="Text"/> otherwise.
    /// </summary>
    public static void Lines(IXLCell cell, IReadOnlyList<(string Text, bool Bold)> lines)
    {
        var text = string.Join("\n", lines.Select(l => l.Text));
        Text(cell, text);
        if (string.IsNullOrEmpty(text) || !lines.Any(l => l.Bold))
        {
            return;
        }

        var rich = cell.RichText;
        rich.ClearText();
        for (var i = 0; i < lines.Count; i++)
        {
            var part = rich.AddText(Clean(i < lines.Count - 1 ? lines[i].Text + "\n" : lines[i].Text));
            part.Bold = lines[i].Bold;
        }
    }

    public static void Number(IXLCell cell, double? value, string format)
    {
        if (value is not { } v || double.IsNaN(v) || double.IsInfinity(v))
        {
            return;
        }

        cell.SetValue(v);
        cell.Style.NumberFormat.Format = format;
    }

    public static void Integer(IXLCell cell, int? value)
    {
        if (value is { } v)
        {
            cell.SetValue(v);
            cell.Style.NumberFormat.Format = "0";
        }
    }

    /// <summary>The header row: bold, on a light grey fill, with a rule beneath.</summary>
    public static void Header(IXLWorksheet sheet, IReadOnlyList<string> headings, ColumnSizer sizer)
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

        var row = sheet.Range(1, 1, 1, headings.Count);
        row.Style.Font.Bold = true;
        row.Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
        row.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        row.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    /// <summary>
    /// The header row (<see cref="Header"/>) with headings that wrap at their words, for tables of
    /// narrow columns of figures: a heading's longest word, with room for the autofilter's button,
    /// sets its column's least width. Call <see cref="HeaderHeight"/> once the widths are set.
    /// </summary>
    public static void WrappingHeader(IXLWorksheet sheet, IReadOnlyList<string> headings, ColumnSizer sizer)
    {
        Header(sheet, headings, new ColumnSizer());
        for (var i = 0; i < headings.Count; i++)
        {
            sizer.Note(i + 1, headings[i].Split(' ').MaxBy(w => w.Length), extra: FilterButtonWidth);
        }

        if (headings.Count > 0)
        {
            sheet.Range(1, 1, 1, headings.Count).Style.Alignment.WrapText = true;
        }
    }

    /// <summary>Makes the header row tall enough for its headings wrapped in the columns' widths.</summary>
    public static void HeaderHeight(IXLWorksheet sheet, IReadOnlyList<string> headings)
    {
        var lines = 1;
        for (var i = 0; i < headings.Count; i++)
        {
            var room = Math.Max(1, (int)sheet.Column(i + 1).Width - 2);
            lines = Math.Max(lines, WrappedLines(headings[i].Split(' '), room));
        }

        sheet.Row(1).Height = 15 * lines;
    }

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

    private static string Clean(string text)
    {
        if (!text.Any(IsInvalid))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(IsInvalid(c) ? '\uFFFD' : c);
        }

        return builder.ToString();
    }

    private static bool IsInvalid(char c) => c < ' ' && c is not ('\t' or '\n' or '\r');
}

/// <summary>
/// Column widths from the text the cells show, since ClosedXML's <c>AdjustToContents</c> needs
/// GDI+. Widths are in characters, between a floor and a ceiling.
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

    public void Apply(IXLWorksheet sheet, int minimum = 6, int maximum = 60)
    {
        foreach (var (column, width) in _widths)
        {
            if (_wrapAt.TryGetValue(column, out var cap) && width > cap)
            {
                sheet.Column(column).Width = cap + 2;
                sheet.Column(column).Style.Alignment.WrapText = true;
                continue;
            }

            sheet.Column(column).Width = Math.Clamp(width + 2, minimum, maximum);
        }

        foreach (var (row, lines) in _lines.Where(l => l.Value > 1))
        {
            sheet.Row(row).Height = 15 * lines;
        }
    }
}

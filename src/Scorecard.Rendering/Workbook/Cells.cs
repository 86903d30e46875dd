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

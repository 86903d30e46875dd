using System.Globalization;
using NodaTime;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Excel;

/// <summary>What a cell of a sheet or a field of a CSV file holds, before it is given a meaning.</summary>
internal enum CellKind
{
    Blank,
    Number,
    Text,
    Date,
    Error,
    Other,
}

/// <summary>
/// One cell as read: its kind, its text as a person would see it, and for numbers and dates the
/// value. Only the readers below create these; ClosedXML and CsvHelper types stop at them.
/// </summary>
internal readonly record struct SourceCell
{
    private readonly string? _text;

    public SourceCell(CellKind kind, string? text, double number = 0, bool isPercent = false, YearMonth? month = null)
    {
        Kind = kind;
        _text = text;
        Number = number;
        IsPercent = isPercent;
        Month = month;
    }

    public static SourceCell Blank { get; } = new(CellKind.Blank, string.Empty);

    public CellKind Kind { get; }

    /// <summary>The text as a person would see it; for a number, made when asked for (most never are).</summary>
    public string Text => _text ?? (Kind == CellKind.Number ? Number.ToString("R", CultureInfo.InvariantCulture) : string.Empty);

    public double Number { get; }

    public bool IsPercent { get; }

    public YearMonth? Month { get; }

    public bool IsBlank => Kind == CellKind.Blank;

    public static SourceCell FromNumber(double number, bool isPercent = false) =>
        new(CellKind.Number, null, number, isPercent);

    public static SourceCell FromDate(int year, int month, int day) =>
        new(CellKind.Date, $"{day} {Core.Periods.EnglishDates.MonthName(month)} {year}", month: new YearMonth(year, month));

    /// <summary>Text as typed: blank when only spaces, an error when it is an Excel error literal.</summary>
    public static SourceCell FromText(string? text)
    {
        var trimmed = CellText.Trim(text);
        if (trimmed.Length == 0)
        {
            return Blank;
        }

        return CellText.IsErrorLiteral(trimmed) ? new SourceCell(CellKind.Error, trimmed) : new SourceCell(CellKind.Text, text!);
    }
}

/// <summary>A row of a sheet (numbered as Excel numbers it) or a record of a CSV file (numbered by its line).</summary>
internal sealed class SourceRow(int number, IReadOnlyList<SourceCell> cells)
{
    public int Number { get; } = number;

    public IReadOnlyList<SourceCell> Cells { get; } = cells;

    public SourceCell this[int column] => column < Cells.Count ? Cells[column] : SourceCell.Blank;

    public bool IsBlank => Cells.All(c => c.IsBlank);
}

/// <summary>
/// The cells of one sheet or CSV file, and how to name where each one is:
/// <c>monthly.xlsx 'Monthly'!F14</c> for a sheet, <c>monthly.csv line 14, column 6</c> for CSV.
/// Blank rows are kept so that every row keeps its number.
/// </summary>
/// <param name="file">The file as the caller named it.</param>
/// <param name="sheet">The sheet, or null for CSV.</param>
/// <param name="rows">The rows, blank ones included.</param>
/// <param name="firstColumn">The sheet's column (0 for A) that the rows' first cells come from.</param>
internal sealed class SourceTable(string file, string? sheet, IReadOnlyList<SourceRow> rows, int firstColumn = 0)
{
    public string File { get; } = file;

    /// <summary>The sheet name, or null for a CSV file.</summary>
    public string? Sheet { get; } = sheet;

    public IReadOnlyList<SourceRow> Rows { get; } = rows;

    public int ColumnCount { get; } = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);

    public bool IsCsv => Sheet is null;

    public SourceLocation Locate(SourceRow row, int column) =>
        Sheet is null
            ? SourceLocation.AtLine(File, row.Number, firstColumn + column + 1)
            : SourceLocation.InCell(File, Sheet, CellName(row.Number, firstColumn + column));

    /// <summary>The same table from column index <paramref name="column"/> on; locations still name the original cells.</summary>
    public SourceTable FromColumn(int column) =>
        new(File, Sheet, Rows.Select(r => new SourceRow(r.Number, r.Cells.Skip(column).ToList())).ToList(), firstColumn + column);

    /// <summary>The location of the whole table: the sheet, or the file.</summary>
    public SourceLocation Whole => Sheet is null ? SourceLocation.InFile(File) : new SourceLocation(File, Sheet);

    /// <summary>"F14" for row 14, column index 5.</summary>
    public static string CellName(int row, int column) => ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a cell reference ("F14", any case, "$F$14") as its row number and column index (F is 5).</summary>
    public static bool TryParseCell(string? reference, out (int Row, int Column) cell)
    {
        cell = default;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var i = 0;
        var column = 0;
        var span = reference.AsSpan().Trim();
        if (span.Length > 0 && span[0] == '$')
        {
            i++;
        }

        var letters = 0;
        for (; i < span.Length && char.IsAsciiLetter(span[i]); i++, letters++)
        {
            column = (column * 26) + (char.ToUpperInvariant(span[i]) - 'A' + 1);
            if (letters >= 4)
            {
                return false;
            }
        }

        if (letters == 0)
        {
            return false;
        }

        if (i < span.Length && span[i] == '$')
        {
            i++;
        }

        if (!int.TryParse(span[i..], NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1)
        {
            return false;
        }

        cell = (row, column - 1);
        return true;
    }

    /// <summary>"A" for column index 0, "AA" for 26.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}

namespace Scorecard.Rendering.Workbook.Xlsx;

/// <summary>
/// One worksheet held in memory until <see cref="XlsxPackage"/> writes it: its cells, column
/// widths, row heights, merged ranges, frozen panes, autofilter and page setup. Rows and columns
/// are numbered from 1, as in a spreadsheet. A style given to a range, a row or a column is given
/// to each cell in it (a range's empty cells included) at that moment, as a spreadsheet program
/// does; a row's or a column's also to the cells it gets later.
/// </summary>
internal sealed class Sheet
{
    // Dictionaries of int, put in order when written: SortedDictionary's code over them would be
    // compiled at run time in every process, costing more than the sorting.
    private readonly Dictionary<int, Dictionary<int, SheetCell>> _rows = [];
    private readonly Dictionary<int, Line> _columns = [];
    private readonly Dictionary<int, Line> _rowLines = [];
    private readonly List<CellRange> _merged = [];

    public Sheet(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The most rows a worksheet has (Excel 2007 and later).</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>The most columns a worksheet has (XFD).</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The sheet's name on its tab.</summary>
    public string Name { get; }

    /// <summary>Printing: orientation, paper, fit, repeated titles, header and footer.</summary>
    public PageSetup Page { get; } = new();

    /// <summary>The range with the autofilter's buttons on its first row, if any.</summary>
    public CellRange? AutoFilter { get; private set; }

    /// <summary>How many rows at the top and columns on the left stay in view when scrolling.</summary>
    public (int Rows, int Columns) Frozen { get; private set; }

    /// <summary>The ranges merged into one cell each.</summary>
    public IReadOnlyList<CellRange> Merged => _merged;

    /// <summary>The cell at <paramref name="row"/>, <paramref name="column"/>, made when first asked for.</summary>
    public SheetCell Cell(int row, int column)
    {
        if (row < 1 || column < 1 || row > MaxRows || column > MaxColumns)
        {
            throw new ArgumentOutOfRangeException(
                nameof(row),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The {Name} sheet would need a cell at row {row:N0}, column {column:N0}; a worksheet has rows 1 to {MaxRows:N0} and columns 1 to {MaxColumns:N0}."));
        }

        var cells = Get(_rows, row);
        if (!cells.TryGetValue(column, out var cell))
        {
            // A new cell takes its row's style, else its column's, as a spreadsheet program shows it.
            var style = _rowLines.TryGetValue(row, out var r) && r.Style is { } rowStyle
                ? rowStyle
                : _columns.TryGetValue(column, out var c) && c.Style is { } columnStyle ? columnStyle : CellStyle.Default;
            cell = new SheetCell(style);
            cells[column] = cell;
        }

        return cell;
    }

    /// <summary>Applies <paramref name="change"/> to every cell of the range, making its empty cells.</summary>
    public void Style(CellRange range, Func<CellStyle, CellStyle> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var row = range.FirstRow; row <= range.LastRow; row++)
        {
            for (var column = range.FirstColumn; column <= range.LastColumn; column++)
            {
                var cell = Cell(row, column);
                cell.Style = change(cell.Style);
            }
        }
    }

    /// <summary>Applies <paramref name="change"/> to the column's style and to each of its cells.</summary>
    public void StyleColumn(int column, Func<CellStyle, CellStyle> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var line = Get(_columns, column);
        line.Style = change(line.Style ?? CellStyle.Default);
        foreach (var cells in _rows.Values)
        {
            if (cells.TryGetValue(column, out var cell))
            {
                cell.Style = change(cell.Style);
            }
        }
    }

    /// <summary>Applies <paramref name="change"/> to the row's style and to each of its cells.</summary>
    public void StyleRow(int row, Func<CellStyle, CellStyle> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var line = Get(_rowLines, row);
        line.Style = change(line.Style ?? CellStyle.Default);
        if (_rows.TryGetValue(row, out var cells))
        {
            foreach (var cell in cells.Values)
            {
                cell.Style = change(cell.Style);
            }
        }
    }

    /// <summary>Sets the column's width, in characters of the default font.</summary>
    public void ColumnWidth(int column, double width) => Get(_columns, column).Size = width;

    /// <summary>The column's width in characters, or null for the default.</summary>
    public double? ColumnWidthOf(int column) => _columns.TryGetValue(column, out var line) ? line.Size : null;

    /// <summary>Sets the row's height, in points.</summary>
    public void RowHeight(int row, double height) => Get(_rowLines, row).Size = height;

    public void Merge(CellRange range) => _merged.Add(range);

    public void SetAutoFilter(CellRange range) => AutoFilter = range;

    public void Freeze(int rows, int columns) => Frozen = (rows, columns);

    /// <summary>The rows that have cells or settings, in order, each with its cells in order.</summary>
    internal IEnumerable<(int Row, Line? Settings, IEnumerable<(int Column, SheetCell Cell)> Cells)> Rows()
    {
        var rows = new List<int>(_rows.Keys);
        rows.AddRange(_rowLines.Keys.Where(r => !_rows.ContainsKey(r)));
        rows.Sort();
        foreach (var row in rows)
        {
            _rowLines.TryGetValue(row, out var settings);
            yield return (row, settings, _rows.TryGetValue(row, out var cells) ? InOrder(cells) : []);
        }
    }

    /// <summary>The columns with a width or a style, in order.</summary>
    internal IEnumerable<(int Column, Line Settings)> Columns() => InOrder(_columns);

    private static IEnumerable<(int Key, T Value)> InOrder<T>(Dictionary<int, T> items)
    {
        var keys = new List<int>(items.Keys);
        keys.Sort();
        return keys.Select(key => (key, items[key]));
    }

    /// <summary>The range from A1 to the last row and column that hold a cell; A1 alone when there is none.</summary>
    internal CellRange Used() =>
        _rows.Count == 0 ? new CellRange(1, 1, 1, 1) : new CellRange(1, 1, _rows.Keys.Max(), _rows.Values.Max(cells => cells.Keys.Max()));

    /// <summary>The entry for <paramref name="key"/>, made when first asked for.</summary>
    private static T Get<T>(Dictionary<int, T> entries, int key)
        where T : new()
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            entry = new T();
            entries[key] = entry;
        }

        return entry;
    }

    /// <summary>A row's or a column's own settings: its size (height in points, width in characters) and style.</summary>
    internal sealed class Line
    {
        public double? Size { get; set; }

        public CellStyle? Style { get; set; }
    }
}

/// <summary>One cell: a value (text, number or date) or none, its style, and for text in parts of different weight, its runs.</summary>
internal sealed class SheetCell(CellStyle style)
{
    public object? Value { get; private set; }

    /// <summary>Rich text: the text's parts, each bold or not; null for plain text.</summary>
    public IReadOnlyList<(string Text, bool Bold)>? Runs { get; private set; }

    public CellStyle Style { get; set; } = style;

    public void SetText(string text)
    {
        Value = text;
        Runs = null;
    }

    public void SetRichText(IReadOnlyList<(string Text, bool Bold)> runs)
    {
        Runs = runs;
        Value = string.Concat(runs.Select(r => r.Text));
    }

    public void SetNumber(double value) => Value = value;

    /// <summary>A date, held as Excel holds it: a number of days, shown through a date format.</summary>
    public void SetDate(DateTime value) => Value = value;
}

/// <summary>A rectangle of cells, rows and columns counted from 1, both ends included.</summary>
internal readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    /// <summary>"A1:O29".</summary>
    public string Reference => $"{CellReference.Of(FirstRow, FirstColumn)}:{CellReference.Of(LastRow, LastColumn)}";

    /// <summary>"$A$1:$O$29".</summary>
    public string AbsoluteReference =>
        $"${CellReference.Column(FirstColumn)}${FirstRow}:${CellReference.Column(LastColumn)}${LastRow}";
}

/// <summary>Cell references in A1 style.</summary>
internal static class CellReference
{
    /// <summary>"A1".</summary>
    public static string Of(int row, int column) => Column(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>1 → "A", 27 → "AA", 16384 → "XFD".</summary>
    public static string Column(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Span<char> letters = stackalloc char[4];
        var at = letters.Length;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters[--at] = (char)('A' + ((n - 1) % 26));
        }

        return new string(letters[at..]);
    }
}

/// <summary>Horizontal alignment of a cell's content (General: text left, numbers right).</summary>
internal enum HorizontalAlignment
{
    General,
    Center,
}

/// <summary>Vertical alignment of a cell's content (Bottom is the spreadsheet default).</summary>
internal enum VerticalAlignment
{
    Bottom,
    Top,
}

/// <summary>
/// A cell's look. Colours are "#RRGGBB"; null is the default (no fill, automatic text colour).
/// <see cref="QuotePrefix"/> keeps text that looks like a formula from becoming one when edited.
/// </summary>
internal sealed record CellStyle(
    string NumberFormat = CellStyle.General,
    bool Bold = false,
    bool Italic = false,
    string? FontColour = null,
    string? Fill = null,
    bool BottomBorder = false,
    HorizontalAlignment Horizontal = HorizontalAlignment.General,
    VerticalAlignment Vertical = VerticalAlignment.Bottom,
    bool WrapText = false,
    bool QuotePrefix = false)
{
    public const string General = "General";

    public static CellStyle Default { get; } = new();
}

/// <summary>How a sheet prints.</summary>
internal sealed class PageSetup
{
    public bool Landscape { get; set; }

    /// <summary>The paper size code of SpreadsheetML (9 is A4); null for the program's default.</summary>
    public int? PaperSize { get; set; }

    /// <summary>Scale to this many pages wide, any number tall; null for no scaling.</summary>
    public int? PagesWide { get; set; }

    public bool PrintGridlines { get; set; }

    /// <summary>The rows printed at the top of every page (first, last), if any.</summary>
    public (int First, int Last)? RowsToRepeat { get; set; }

    /// <summary>The columns printed at the left of every page (first, last), if any.</summary>
    public (int First, int Last)? ColumnsToRepeat { get; set; }

    /// <summary>The part of the sheet printed; null for all of it.</summary>
    public CellRange? PrintArea { get; set; }

    /// <summary>Left and right margins in inches (top and bottom stay the spreadsheet default).</summary>
    public double SideMargin { get; set; } = 0.7;

    /// <summary>The page header's centre, in header codes (an ampersand doubled).</summary>
    public string? HeaderCentre { get; set; }

    /// <summary>The page footer's left part, in header codes.</summary>
    public string? FooterLeft { get; set; }

    /// <summary>The page footer's right part, in header codes ("Page &amp;P of &amp;N").</summary>
    public string? FooterRight { get; set; }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Periods;
using Scorecard.Core.Series;

namespace Scorecard.Excel;

/// <summary>
/// Gives a table of cells its meaning as monthly series, in either layout, found from the
/// header: wide (<c>Measure</c>, then one column per month, one row per series part) or long
/// (columns <c>measure</c>, <c>month</c>, <c>value</c> and optionally <c>numerator</c>,
/// <c>denominator</c>, <c>volume</c>, <c>margin</c>).
/// </summary>
internal sealed class SeriesTableReader
{
    private static readonly string[] LongColumns = SeriesWriter.LongColumns;

    /// <summary>
    /// Headings of columns that are not months and are skipped wherever they stand after Measure:
    /// the totals, averages and notes that analysts keep beside the months. A heading is matched
    /// ignoring case, alone or followed by more words ("Total 2019-20", "YTD (Apr-Sep)").
    /// </summary>
    internal static readonly string[] SkippedHeadings =
    [
        "Total", "Totals", "Grand total", "Sum", "YTD", "FYTD", "Year to date", "Financial year to date",
        "Average", "Mean", "Median", "Target", "Notes", "Note", "Comments", "Comment", "Source", "Sources",
        "Unit", "Units", "Description", "Owner", "RAG",
    ];

    private readonly SourceTable _table;
    private readonly ProblemList _problems;
    private readonly IReadOnlyList<string> _ignore;
    private readonly Dictionary<string, SeriesCells> _series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YearMonth?> _months = new(StringComparer.Ordinal);
    private readonly int? _wideHeader;
    private bool _isLong;

    private SeriesTableReader(SourceTable table, ProblemList problems, IReadOnlyList<string> ignore, int? wideHeader = null)
    {
        _table = table;
        _problems = problems;
        _ignore = ignore;
        _wideHeader = wideHeader;
    }

    /// <param name="ignore">Headings of more columns to skip (the setting <c>data.ignoreColumns</c>).</param>
    public static MeasureData? Read(SourceTable table, ProblemList problems, IReadOnlyList<string>? ignore = null)
    {
        var reader = new SeriesTableReader(table, problems, ignore ?? []);
        return reader.Read();
    }

    /// <summary>Whether the first rows of a table hold a header of either layout: how a sheet is chosen when none is named.</summary>
    public static bool HeaderFits(SourceTable table) =>
        new SeriesTableReader(table, new ProblemList(DataArea.Monthly, table.File), []).FindHeader().Index >= 0;

    private MeasureData? Read()
    {
        var firstIndex = FirstNonBlankRow(0);
        if (firstIndex < 0)
        {
            _problems.Add(LoadMessages.EmptySheet(DataArea.Monthly, _table.Whole, _table.IsCsv));
            return null;
        }

        var (headerIndex, isLong, measureColumn) = _wideHeader is { } known ? (known, false, 0) : FindHeader();
        if (headerIndex < 0)
        {
            var first = _table.Rows[firstIndex];
            _problems.Add(LoadMessages.UnrecognisedHeader(_table.Locate(first, 0), first.Cells.Select(c => c.Text)));
            return null;
        }

        if (measureColumn > 0)
        {
            // The table starts right of column A (a margin, a label or notes column): read it from its Measure column.
            NoteLabelColumns(headerIndex, measureColumn);
            var shifted = _table.FromColumn(measureColumn);
            return new SeriesTableReader(shifted, _problems, _ignore, headerIndex).Read();
        }

        var header = _table.Rows[headerIndex];
        if (FirstNonBlankRow(headerIndex + 1) < 0)
        {
            _problems.Add(LoadMessages.NoRows(DataArea.Monthly, _table.Locate(header, 0)));
            return null;
        }

        _isLong = isLong;
        if (isLong)
        {
            ReadLong(headerIndex);
        }
        else
        {
            ReadWide(headerIndex);
        }

        var series = _series.Values.Select(Build).ToList();
        return _problems.HasErrors ? null : new MeasureData(series);
    }

    /// <summary>
    /// The header row: among the first <see cref="LoadMessages.HeaderSearchRows"/> rows (title rows
    /// may come first), the first with the long layout's columns measure and month, or whose first
    /// cell with content is Measure (wide). Returns -1 when there is none.
    /// </summary>
    private (int Index, bool IsLong, int MeasureColumn) FindHeader()
    {
        for (var i = 0; i < Math.Min(_table.Rows.Count, LoadMessages.HeaderSearchRows); i++)
        {
            var cells = _table.Rows[i].Cells;
            var names = cells.Select(c => c.Kind == CellKind.Text ? CellText.Trim(c.Text) : string.Empty).ToList();
            if (names.Contains("month", StringComparer.OrdinalIgnoreCase) && names.Contains("measure", StringComparer.OrdinalIgnoreCase))
            {
                return (i, true, 0);
            }

            // Wide: Measure, with nothing left of it but labels (text that is not a month).
            var measure = names.FindIndex(n => string.Equals(n, "measure", StringComparison.OrdinalIgnoreCase));
            if (measure >= 0 && cells.Take(measure).All(c => c.IsBlank || (c.Kind == CellKind.Text && !CellText.TryParseMonth(c.Text, out _))))
            {
                return (i, false, measure);
            }
        }

        return (-1, false, 0);
    }

    /// <summary>Notes the columns left of Measure that hold anything: label or notes columns, not read.</summary>
    private void NoteLabelColumns(int headerIndex, int measureColumn)
    {
        var header = _table.Rows[headerIndex];
        var used = Enumerable.Range(0, measureColumn)
            .Where(c => Enumerable.Range(headerIndex, _table.Rows.Count - headerIndex).Any(r => !_table.Rows[r][c].IsBlank))
            .ToList();
        if (used.Count > 0)
        {
            var names = used.Select(c => header[c].IsBlank ? "column " + SourceTable.ColumnLetters(c) : CellText.Trim(header[c].Text)).ToList();
            _problems.Add(LoadMessages.SkippedColumns(_table.Locate(header, used[0]), names, beforeMeasure: true));
        }
    }

    /// <summary>Whether a heading names a column that is skipped: one of <see cref="SkippedHeadings"/> or of the configured ones.</summary>
    private bool IsSkipped(string heading)
    {
        var text = CellText.Trim(heading);
        if (_ignore.Any(i => string.Equals(CellText.Trim(i), text, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return SkippedHeadings.Any(name => text.StartsWith(name, StringComparison.OrdinalIgnoreCase)
            && (text.Length == name.Length || !char.IsLetterOrDigit(text[name.Length])));
    }

    private int FirstNonBlankRow(int from)
    {
        for (var i = from; i < _table.Rows.Count; i++)
        {
            if (!_table.Rows[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    private void ReadWide(int headerIndex)
    {
        var header = _table.Rows[headerIndex];
        var months = new Dictionary<int, YearMonth>();
        var firstColumnOf = new Dictionary<YearMonth, int>();
        var unlabelled = new List<int>();
        var skipped = new List<int>();
        for (var column = 1; column < _table.ColumnCount; column++)
        {
            var cell = header[column];
            if (cell.IsBlank)
            {
                unlabelled.Add(column);
                continue;
            }

            if (!TryReadMonth(cell, out var month))
            {
                if (cell.Kind == CellKind.Text && IsSkipped(cell.Text))
                {
                    skipped.Add(column);
                    continue;
                }

                _problems.Add(LoadMessages.NotMonth(DataArea.Monthly, _table.Locate(header, column), cell, isHeader: true));
                continue;
            }

            if (firstColumnOf.TryGetValue(month, out var first))
            {
                _problems.Add(LoadMessages.RepeatedMonth(_table.Locate(header, column), month, Where(header, first)));
                continue;
            }

            firstColumnOf[month] = column;
            months[column] = month;
        }

        if (skipped.Count > 0)
        {
            _problems.Add(LoadMessages.SkippedColumns(_table.Locate(header, skipped[0]), skipped.Select(c => CellText.Trim(header[c].Text)).ToList(), beforeMeasure: false));
        }

        var monthColumns = months.OrderBy(m => m.Key).ToArray();
        var rowOf = new Dictionary<(string Id, SeriesPart Part), SourceRow>();
        var reportedUnlabelled = new HashSet<int>();
        for (var i = headerIndex + 1; i < _table.Rows.Count; i++)
        {
            var row = _table.Rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            foreach (var column in unlabelled.Where(c => !row[c].IsBlank && reportedUnlabelled.Add(c)))
            {
                _problems.Add(LoadMessages.MissingMonthHeader(_table.Locate(header, column)));
            }

            var keyCell = row[0];
            if (keyCell.IsBlank)
            {
                if (monthColumns.Any(m => !row[m.Key].IsBlank))
                {
                    _problems.Add(LoadMessages.MissingMeasureId(DataArea.Monthly, _table.Locate(row, 0)));
                }

                continue;
            }

            if (!TryReadKey(keyCell, _table.Locate(row, 0), out var id, out var part))
            {
                continue;
            }

            if (rowOf.TryGetValue((id, part), out var earlier))
            {
                _problems.Add(LoadMessages.RepeatedSeries(_table.Locate(row, 0), CellText.Trim(keyCell.Text), Where(earlier, 0)));
                continue;
            }

            rowOf[(id, part)] = row;
            var series = SeriesFor(id, _table.Locate(row, 0));
            series.Parts[(int)part] = _table.Locate(row, 0);
            foreach (var (column, month) in monthColumns)
            {
                var value = ReadNumber(row, column, id, part, month, null);
                series.Set(month, part, value, new CellAt(row.Number, column));
            }
        }
    }

    private void ReadLong(int headerIndex)
    {
        var header = _table.Rows[headerIndex];
        var columnOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var column = 0; column < header.Cells.Count; column++)
        {
            var name = CellText.Trim(header[column].Text);
            if (name.Length == 0)
            {
                continue;
            }

            if (!LongColumns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                _problems.Add(_ignore.Any(i => string.Equals(CellText.Trim(i), name, StringComparison.OrdinalIgnoreCase))
                    ? LoadMessages.SkippedColumns(_table.Locate(header, column), [name], beforeMeasure: false)
                    : LoadMessages.IgnoredColumn(DataArea.Monthly, _table.Locate(header, column), name, LongColumns));
            }
            else if (columnOf.TryGetValue(name, out var first))
            {
                _problems.Add(LoadMessages.RepeatedColumn(DataArea.Monthly, _table.Locate(header, column), name.ToLowerInvariant(), Where(header, first)));
            }
            else
            {
                columnOf[name] = column;
            }
        }

        var headerNames = header.Cells.Select(c => c.Text).Where(t => CellText.Trim(t).Length > 0).ToList();
        if (!SeriesParts.All.Any(p => columnOf.ContainsKey(p.Column)))
        {
            _problems.Add(LoadMessages.MissingColumn(DataArea.Monthly, _table.Locate(header, 0), "value (or numerator and denominator)", headerNames));
            return;
        }

        var hasNumerator = columnOf.TryGetValue("numerator", out var numeratorColumn);
        var hasDenominator = columnOf.TryGetValue("denominator", out var denominatorColumn);
        if (hasNumerator != hasDenominator)
        {
            _problems.Add(LoadMessages.RatioWithoutPart(
                _table.Locate(header, hasNumerator ? numeratorColumn : denominatorColumn), string.Empty,
                hasNumerator ? "numerator" : "denominator", hasNumerator ? "denominator" : "numerator", isColumn: true));
        }

        var measureColumn = columnOf["measure"];
        var monthColumn = columnOf["month"];
        var partColumns = SeriesParts.All.Where(p => columnOf.ContainsKey(p.Column)).Select(p => (p.Part, Column: columnOf[p.Column], Heading: CellText.Trim(header[columnOf[p.Column]].Text))).ToArray();
        for (var i = headerIndex + 1; i < _table.Rows.Count; i++)
        {
            var row = _table.Rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            var measureCell = row[measureColumn];
            if (measureCell.IsBlank)
            {
                _problems.Add(LoadMessages.MissingMeasureId(DataArea.Monthly, _table.Locate(row, measureColumn)));
                continue;
            }

            var id = CellText.Trim(measureCell.Text);
            var idOk = measureCell.Kind != CellKind.Error && (_series.ContainsKey(id) || MeasureIds.IsValid(id));
            if (measureCell.Kind == CellKind.Error)
            {
                _problems.Add(LoadMessages.ErrorInsteadOfName(DataArea.Monthly, _table.Locate(row, measureColumn), "measure id", measureCell));
            }
            else if (!idOk)
            {
                _problems.Add(LoadMessages.BadId(DataArea.Monthly, _table.Locate(row, measureColumn), id));
            }

            var monthCell = row[monthColumn];
            if (!TryReadMonthCached(monthCell, out var month))
            {
                _problems.Add(LoadMessages.NotMonth(DataArea.Monthly, _table.Locate(row, monthColumn), monthCell, isHeader: false));
                continue;
            }

            if (!idOk)
            {
                continue;
            }

            var series = _series.TryGetValue(id, out var known) ? known : SeriesFor(id, _table.Locate(row, measureColumn));
            if (series.Months.TryGetValue(month, out var earlier))
            {
                _problems.Add(LoadMessages.RepeatedMonthRow(_table.Locate(row, measureColumn), id, month, Where(new SourceRow(earlier.Row, []), measureColumn)));
                continue;
            }

            series.Months[month] = new MonthCells { Row = row.Number };
            foreach (var (part, column, heading) in partColumns)
            {
                series.Parts[(int)part] ??= _table.Locate(header, column);
                series.Set(month, part, ReadNumber(row, column, id, part, month, heading), new CellAt(row.Number, column));
            }
        }
    }

    private SeriesCells SeriesFor(string id, SourceLocation firstSeen)
    {
        if (!_series.TryGetValue(id, out var series))
        {
            series = new SeriesCells(id, firstSeen);
            _series[id] = series;
        }

        return series;
    }

    /// <summary>Checks a series' ratio parts and builds it.</summary>
    private MonthlySeries Build(SeriesCells series)
    {
        var numeratorAt = series.Parts[(int)SeriesPart.Numerator];
        var denominatorAt = series.Parts[(int)SeriesPart.Denominator];
        var checkMonths = numeratorAt is not null && denominatorAt is not null;
        if (!_isLong)
        {
            if (numeratorAt is not null && denominatorAt is null)
            {
                _problems.Add(LoadMessages.RatioWithoutPart(numeratorAt, series.Id, "numerator", "denominator", isColumn: false));
            }
            else if (denominatorAt is not null && numeratorAt is null)
            {
                _problems.Add(LoadMessages.RatioWithoutPart(denominatorAt, series.Id, "denominator", "numerator", isColumn: false));
            }
        }

        var observations = new List<MonthlyObservation>(series.Months.Count);
        foreach (var (month, cells) in series.Months.OrderBy(m => m.Key))
        {
            var numerator = cells.Values[(int)SeriesPart.Numerator];
            var denominator = cells.Values[(int)SeriesPart.Denominator];
            if (checkMonths)
            {
                if (numerator is not null && denominator is null)
                {
                    _problems.Add(LoadMessages.RatioMonthWithoutPart(Locate(cells.Where[(int)SeriesPart.Denominator]), series.Id, month, "numerator", "denominator"));
                }
                else if (denominator is not null && numerator is null)
                {
                    _problems.Add(LoadMessages.RatioMonthWithoutPart(Locate(cells.Where[(int)SeriesPart.Numerator]), series.Id, month, "denominator", "numerator"));
                }
                else if (denominator == 0 && numerator is not null && numerator != 0)
                {
                    _problems.Add(LoadMessages.DenominatorZero(Locate(cells.Where[(int)SeriesPart.Denominator]), series.Id, month, numerator.Value));
                }
            }

            var values = cells.Values;
            if (values[0] is not null || values[1] is not null || values[2] is not null || values[3] is not null || values[4] is not null)
            {
                observations.Add(new MonthlyObservation(month,
                    values[(int)SeriesPart.Value], numerator, denominator,
                    values[(int)SeriesPart.Volume], values[(int)SeriesPart.Margin]));
            }
        }

        return new MonthlySeries(series.Id, observations);
    }

    private SourceLocation Locate(CellAt at) => _table.Locate(new SourceRow(at.Row, []), at.Column);

    private bool TryReadKey(SourceCell cell, SourceLocation at, out string id, out SeriesPart part)
    {
        var key = CellText.Trim(cell.Text);
        id = key;
        part = SeriesPart.Value;
        if (cell.Kind == CellKind.Error)
        {
            _problems.Add(LoadMessages.ErrorInsteadOfName(DataArea.Monthly, at, "measure id", cell));
            return false;
        }

        var dot = key.LastIndexOf('.');
        if (dot >= 0)
        {
            var suffix = key[(dot + 1)..];
            if (SeriesParts.FromSuffix(suffix) is not { } named)
            {
                _problems.Add(LoadMessages.UnknownSeriesPart(at, key, suffix));
                return false;
            }

            part = named;
            id = key[..dot];
        }

        if (!MeasureIds.IsValid(id))
        {
            _problems.Add(LoadMessages.BadId(DataArea.Monthly, at, id));
            return false;
        }

        return true;
    }

    /// <summary>A number, null for a blank cell; reports anything else, saying what the cell was for.</summary>
    private double? ReadNumber(SourceRow row, int column, string id, SeriesPart part, YearMonth month, string? heading)
    {
        var cell = row[column];
        if (TryQuickNumber(cell, out var value))
        {
            return value;
        }

        var what = heading is null ? Describe(id, part, month) : $"{Describe(id, part, month)} (column {heading})";
        return ReadNumber(cell, _table.Locate(row, column), what, _problems);
    }

    /// <summary>The number of a cell that reads without a problem (null when blank); false when there is one to report.</summary>
    private static bool TryQuickNumber(SourceCell cell, out double? value)
    {
        value = null;
        switch (cell.Kind)
        {
            case CellKind.Blank:
                return true;
            case CellKind.Number:
                value = cell.Number;
                return true;
            case CellKind.Text when CellText.TryParseNumber(cell.Text, out var number):
                value = number;
                return true;
            default:
                return false;
        }
    }

    internal static double? ReadNumber(SourceCell cell, SourceLocation at, string what, ProblemList problems)
    {
        switch (cell.Kind)
        {
            case CellKind.Blank:
                return null;
            case CellKind.Number:
                return cell.Number;
            case CellKind.Error:
                problems.Add(LoadMessages.ErrorValue(problems.Area, at, what, cell.Text));
                return null;
            case CellKind.Text when CellText.TryParseNumber(cell.Text, out var number):
                return number;
            default:
                problems.Add(LoadMessages.NotNumber(problems.Area, at, what, cell));
                return null;
        }
    }

    /// <summary><see cref="TryReadMonth"/>, remembering the months of text already read: a long layout repeats each month's text once a measure.</summary>
    private bool TryReadMonthCached(SourceCell cell, out YearMonth month)
    {
        if (cell.Kind != CellKind.Text)
        {
            return TryReadMonth(cell, out month);
        }

        if (!_months.TryGetValue(cell.Text, out var known))
        {
            known = TryReadMonth(cell, out var read) ? read : null;
            if (_months.Count < 100_000)
            {
                _months[cell.Text] = known;
            }
        }

        month = known ?? default;
        return known is not null;
    }

    internal static bool TryReadMonth(SourceCell cell, out YearMonth month)
    {
        month = default;
        switch (cell.Kind)
        {
            case CellKind.Date:
                month = cell.Month!.Value;
                return true;
            case CellKind.Text:
                return CellText.TryParseMonth(cell.Text, out month);
            case CellKind.Number when cell.Number == Math.Floor(cell.Number) && !cell.IsPercent:
                // 201904 typed as a number.
                return CellText.TryParseMonth(cell.Text, out month) && cell.Text.Length == 6;
            default:
                return false;
        }
    }

    private static string Describe(string id, SeriesPart part, YearMonth month) => part switch
    {
        SeriesPart.Value => $"{id}, {EnglishDates.Month(month)}",
        _ => $"the {SeriesParts.Of(part).Column} of {id}, {EnglishDates.Month(month)}",
    };

    private string Where(SourceRow row, int column)
    {
        var at = _table.Locate(row, column);
        return at.Cell ?? $"line {row.Number}";
    }

    /// <summary>The cells read for one series: per month, each part's value and where it was.</summary>
    private sealed class SeriesCells(string id, SourceLocation firstSeen)
    {
        public string Id { get; } = id;

        public SourceLocation FirstSeen { get; } = firstSeen;

        /// <summary>Where each part's row (wide) or column (long) is, or null when there is none.</summary>
        public SourceLocation?[] Parts { get; } = new SourceLocation?[5];

        public Dictionary<YearMonth, MonthCells> Months { get; } = [];

        public void Set(YearMonth month, SeriesPart part, double? value, CellAt at)
        {
            ref var cells = ref CollectionsMarshal.GetValueRefOrAddDefault(Months, month, out _);
            cells.Values[(int)part] = value;
            cells.Where[(int)part] = at;
        }
    }

    /// <summary>Where a value was read: the row's number and the column's index, made into a location only for a message.</summary>
    private readonly record struct CellAt(int Row, int Column);

    /// <summary>One month of a series: each part's value and where it was, held inline (a national file has hundreds of thousands).</summary>
    private struct MonthCells
    {
        /// <summary>The row the month was first given on (long layout).</summary>
        public int Row;
        public PartValues Values;
        public PartLocations Where;
    }

    [InlineArray(5)]
    private struct PartValues
    {
        private double? _value;
    }

    [InlineArray(5)]
    private struct PartLocations
    {
        private CellAt _at;
    }
}

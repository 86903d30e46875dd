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

    private readonly SourceTable _table;
    private readonly ProblemList _problems;
    private readonly Dictionary<string, SeriesCells> _series = new(StringComparer.Ordinal);
    private readonly int? _wideHeader;
    private bool _isLong;

    private SeriesTableReader(SourceTable table, ProblemList problems, int? wideHeader = null)
    {
        _table = table;
        _problems = problems;
        _wideHeader = wideHeader;
    }

    public static MeasureData? Read(SourceTable table, ProblemList problems)
    {
        var reader = new SeriesTableReader(table, problems);
        return reader.Read();
    }

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
            // The table starts right of column A (a margin, or notes beside a title): read it from its Measure column.
            var shifted = _table.FromColumn(measureColumn);
            return new SeriesTableReader(shifted, _problems, headerIndex).Read();
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

            var first = names.FindIndex(n => n.Length > 0);
            if (first >= 0 && cells.Take(first).All(c => c.IsBlank) && string.Equals(names[first], "measure", StringComparison.OrdinalIgnoreCase))
            {
                return (i, false, first);
            }
        }

        return (-1, false, 0);
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
                if (months.Keys.Any(c => !row[c].IsBlank))
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
            foreach (var (column, month) in months)
            {
                var at = _table.Locate(row, column);
                var value = ReadNumber(row[column], at, Describe(id, part, month));
                series.Month(month).Set(part, value, at);
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
                _problems.Add(LoadMessages.IgnoredColumn(DataArea.Monthly, _table.Locate(header, column), name, LongColumns));
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
        var firstRowOf = new Dictionary<(string, YearMonth), SourceRow>();
        for (var i = headerIndex + 1; i < _table.Rows.Count; i++)
        {
            var row = _table.Rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            var measureCell = row[measureColumn];
            var measureAt = _table.Locate(row, measureColumn);
            if (measureCell.IsBlank)
            {
                _problems.Add(LoadMessages.MissingMeasureId(DataArea.Monthly, measureAt));
                continue;
            }

            var id = CellText.Trim(measureCell.Text);
            var idOk = MeasureIds.IsValid(id);
            if (!idOk)
            {
                _problems.Add(LoadMessages.BadId(DataArea.Monthly, measureAt, id));
            }

            var monthCell = row[monthColumn];
            if (!TryReadMonth(monthCell, out var month))
            {
                _problems.Add(LoadMessages.NotMonth(DataArea.Monthly, _table.Locate(row, monthColumn), monthCell, isHeader: false));
                continue;
            }

            if (!idOk)
            {
                continue;
            }

            if (firstRowOf.TryGetValue((id, month), out var earlier))
            {
                _problems.Add(LoadMessages.RepeatedMonthRow(measureAt, id, month, Where(earlier, measureColumn)));
                continue;
            }

            firstRowOf[(id, month)] = row;
            var series = SeriesFor(id, measureAt);
            var cells = series.Month(month);
            foreach (var part in SeriesParts.All)
            {
                if (columnOf.TryGetValue(part.Column, out var column))
                {
                    series.Parts[(int)part.Part] ??= _table.Locate(header, column);
                    var at = _table.Locate(row, column);
                    var what = $"{Describe(id, part.Part, month)} (column {CellText.Trim(header[column].Text)})";
                    cells.Set(part.Part, ReadNumber(row[column], at, what), at);
                }
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

        var observations = new List<MonthlyObservation>();
        foreach (var (month, cells) in series.Months.OrderBy(m => m.Key))
        {
            var numerator = cells.Values[(int)SeriesPart.Numerator];
            var denominator = cells.Values[(int)SeriesPart.Denominator];
            if (checkMonths)
            {
                if (numerator is not null && denominator is null)
                {
                    _problems.Add(LoadMessages.RatioMonthWithoutPart(cells.Where[(int)SeriesPart.Denominator]!, series.Id, month, "numerator", "denominator"));
                }
                else if (denominator is not null && numerator is null)
                {
                    _problems.Add(LoadMessages.RatioMonthWithoutPart(cells.Where[(int)SeriesPart.Numerator]!, series.Id, month, "denominator", "numerator"));
                }
                else if (denominator == 0 && numerator is not null && numerator != 0)
                {
                    _problems.Add(LoadMessages.DenominatorZero(cells.Where[(int)SeriesPart.Denominator]!, series.Id, month, numerator.Value));
                }
            }

            if (cells.Values.Any(v => v is not null))
            {
                observations.Add(new MonthlyObservation(month,
                    cells.Values[(int)SeriesPart.Value], numerator, denominator,
                    cells.Values[(int)SeriesPart.Volume], cells.Values[(int)SeriesPart.Margin]));
            }
        }

        return new MonthlySeries(series.Id, observations);
    }

    private bool TryReadKey(SourceCell cell, SourceLocation at, out string id, out SeriesPart part)
    {
        var key = CellText.Trim(cell.Text);
        id = key;
        part = SeriesPart.Value;
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

    /// <summary>A number, null for a blank cell; reports anything else.</summary>
    private double? ReadNumber(SourceCell cell, SourceLocation at, string what) =>
        ReadNumber(cell, at, what, _problems);

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

        public MonthCells Month(YearMonth month)
        {
            if (!Months.TryGetValue(month, out var cells))
            {
                cells = new MonthCells();
                Months[month] = cells;
            }

            return cells;
        }
    }

    private sealed class MonthCells
    {
        public double?[] Values { get; } = new double?[5];

        public SourceLocation?[] Where { get; } = new SourceLocation?[5];

        public void Set(SeriesPart part, double? value, SourceLocation at)
        {
            Values[(int)part] = value;
            Where[(int)part] = at;
        }
    }
}

using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Excel;

/// <summary>How to choose the sheet of a workbook to read.</summary>
/// <param name="Name">The sheet wanted, matched ignoring case and surrounding spaces.</param>
/// <param name="FirstIfMissing">Read the first visible sheet when none has that name.</param>
internal sealed record SheetChoice(string Name, bool FirstIfMissing = false);

/// <summary>
/// Opens a file the user named, read-only and shared (it may be open in Excel), decides from
/// its extension whether it is a workbook or a CSV file, and reads its cells into a
/// <see cref="SourceTable"/>. Problems with the file itself go to the problem list.
/// </summary>
internal static class TableSource
{
    public static SourceTable? Read(string path, SheetChoice sheet, ProblemList problems)
    {
        if (!File.Exists(path))
        {
            problems.Add(Directory.Exists(path)
                ? LoadMessages.CannotReadFile(problems.Area, path, "it is a folder, not a file")
                : LoadMessages.FileDoesNotExist(problems.Area, path));
            return null;
        }

        if (!IsSupported(path, problems))
        {
            return null;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(LoadMessages.CannotReadFile(problems.Area, path, ex.Message));
            return null;
        }

        using (stream)
        {
            return Read(stream, path, sheet, problems);
        }
    }

    public static SourceTable? Read(Stream stream, string displayName, SheetChoice sheet, ProblemList problems)
    {
        if (!IsSupported(displayName, problems))
        {
            return null;
        }

        byte[]? bytes;
        try
        {
            bytes = ReadAtMost(stream, LoadLimits.FileBytes);
        }
        catch (IOException ex)
        {
            problems.Add(LoadMessages.CannotReadFile(problems.Area, displayName, ex.Message));
            return null;
        }

        if (bytes is null)
        {
            problems.Add(LoadMessages.Oversized(problems.Area, SourceLocation.InFile(displayName),
                $"the file is larger than {LoadLimits.FileBytes / (1024 * 1024)} MB",
                "check that it is the right file; split the data into smaller files, or remove what the report does not use"));
            return null;
        }

        if (bytes.Length == 0)
        {
            problems.Add(LoadMessages.Empty(problems.Area, displayName));
            return null;
        }

        return IsCsv(displayName)
            ? ReadCsv(bytes, displayName, problems)
            : ReadWorkbook(bytes, displayName, sheet, problems);
    }

    /// <summary>The whole stream, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    private static byte[]? ReadAtMost(Stream stream, long limit)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > limit)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    private static bool IsCsv(string name) => Path.GetExtension(name).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    private static bool IsSupported(string name, ProblemList problems)
    {
        var extension = Path.GetExtension(name);
        if (extension.ToUpperInvariant() is ".XLSX" or ".XLSM" or ".CSV")
        {
            return true;
        }

        problems.Add(LoadMessages.Unsupported(problems.Area, name, extension));
        return false;
    }

    private static SourceTable? ReadWorkbook(byte[] bytes, string file, SheetChoice choice, ProblemList problems)
    {
        if (bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            problems.Add(LoadMessages.NotWorkbook(problems.Area, file,
                "an old-style Excel 97-2003 file, or a workbook protected by a password (both are stored this way). Open it in Excel and save it as an Excel Workbook (.xlsx) without a password"));
            return null;
        }

        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
        {
            problems.Add(LoadMessages.NotWorkbook(problems.Area, file,
                $"a file that is not a workbook at all (it begins {Beginning(bytes)}). If it is a CSV file, give it the extension .csv; otherwise open it in Excel and save it as an Excel Workbook (.xlsx)"));
            return null;
        }

        if (!WorkbookPackage.Check(bytes, file, problems))
        {
            return null;
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(LoadMessages.NotWorkbook(problems.Area, file,
                $"a zip file that Excel workbooks are made of, but not a readable workbook ({ex.Message.TrimEnd('.')}). Open it in Excel and save it again as an Excel Workbook (.xlsx)"));
            return null;
        }

        using (workbook)
        {
            var sheets = workbook.Worksheets.ToList();
            var sheet = sheets.Find(s => string.Equals(s.Name.Trim(), choice.Name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (sheet is null && choice.FirstIfMissing)
            {
                sheet = sheets.Find(s => s.Visibility == XLWorksheetVisibility.Visible) ?? sheets.FirstOrDefault();
            }

            if (sheet is null)
            {
                problems.Add(LoadMessages.NoSuchSheet(problems.Area, file, choice.Name,
                    sheets.Select(s => "'" + s.Name + "'" + (s.Visibility == XLWorksheetVisibility.Visible ? string.Empty : " (hidden)")).ToList()));
                return null;
            }

            return WorkbookCells.Read(sheet, file, RawCells.Read(bytes, sheet.Name), problems);
        }
    }

    private static string Beginning(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 24));
        var printable = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return printable.Length == 0 ? "with unreadable bytes" : "\"" + printable + "\"";
    }

    /// <summary>
    /// The text as UTF-8: a UTF-16 file (with its byte order mark) is converted, and so is a file
    /// that is not valid UTF-8, read as Windows-1252, which Excel's "CSV (Comma delimited)" writes
    /// on a UK Windows machine (an accented force name, a £).
    /// </summary>
    private static byte[] AsUtf8(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Encoding.UTF8.GetBytes(utf16.GetString(bytes, 2, (bytes.Length - 2) & ~1));
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return bytes;
        }

        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        return Encoding.UTF8.GetBytes(windows1252.GetString(bytes));
    }

    private static SourceTable? ReadCsv(byte[] bytes, string file, ProblemList problems)
    {
        if (bytes.Length >= 2 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            problems.Add(LoadMessages.NotWorkbook(problems.Area, file,
                "a file that is not CSV text: it looks like an Excel workbook saved with the extension .csv. Rename it to .xlsx, or save it from Excel as CSV"));
            return null;
        }

        bytes = AsUtf8(bytes);
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 4096)).Contains((byte)0))
        {
            problems.Add(LoadMessages.NotWorkbook(problems.Area, file,
                "a file that is not CSV text (it holds binary data). Save the data as comma-separated values (.csv)"));
            return null;
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MaxRecordSize = LoadLimits.RecordBytes,
        };
        var rows = new List<SourceRow>();
        using var reader = CsvReader.Create(new MemoryStream(bytes, writable: false), options, false);
        try
        {
            while (reader.Read())
            {
                var line = checked((int)reader.LineNumber);
                if (line > LoadLimits.Rows || reader.FieldCount > LoadLimits.Columns)
                {
                    problems.Add(LoadMessages.Oversized(problems.Area, SourceLocation.AtLine(file, Math.Min(line, LoadLimits.Rows + 1), 1),
                        line > LoadLimits.Rows
                            ? string.Create(CultureInfo.InvariantCulture, $"the file has more than {LoadLimits.Rows:N0} lines")
                            : string.Create(CultureInfo.InvariantCulture, $"this line has {reader.FieldCount:N0} fields, more than {LoadLimits.Columns:N0}"),
                        "check that it is the right file, and split the data into smaller files if it is"));
                    return null;
                }

                var cells = new SourceCell[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = SourceCell.FromText(reader.GetString(i));
                }

                var last = cells.Length;
                while (last > 0 && cells[last - 1].IsBlank)
                {
                    last--;
                }

                if (rows.Count == 0 && last == 1 && CellText.Trim(cells[0].Text).StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
                {
                    // Excel's "sep=," hint line.
                    continue;
                }

                rows.Add(new SourceRow(line, cells[..last]));
            }
        }
        catch (CsvFormatException)
        {
            var line = rows.Count == 0 ? 1 : rows[^1].Number + 1;
            problems.Add(LoadMessages.Oversized(problems.Area, SourceLocation.AtLine(file, line, 1),
                string.Create(CultureInfo.InvariantCulture, $"a line (or a quoted field that is never closed) longer than {LoadLimits.RecordBytes / 1024:N0} KB"),
                "check that it is the right file; if a field begins with a quotation mark, close it with another"));
            return null;
        }

        return new SourceTable(file, null, rows);
    }
}

/// <summary>Reads the cells of one worksheet, formulas by their cached values.</summary>
internal static class WorkbookCells
{
    public static SourceTable? Read(IXLWorksheet sheet, string file, RawCells raw, ProblemList problems)
    {
        var cells = new Dictionary<(int Row, int Column), SourceCell>();
        var lastRow = 0;
        var special = raw.Errors.Keys.Concat(raw.FormulasWithoutResult).Select(r => sheet.Cell(r));
        foreach (var cell in sheet.CellsUsed().Concat(special))
        {
            var value = Convert(cell, raw);
            if (value.IsBlank)
            {
                continue;
            }

            var address = cell.Address;
            if (address.RowNumber > LoadLimits.Rows || address.ColumnNumber > LoadLimits.Columns)
            {
                problems.Add(LoadMessages.Oversized(problems.Area, SourceLocation.InCell(file, sheet.Name, address.ToString()!),
                    string.Create(CultureInfo.InvariantCulture, $"this cell has content ({LoadMessages.Describe(value)}) beyond row {LoadLimits.Rows:N0} or column {SourceTable.ColumnLetters(LoadLimits.Columns - 1)}"),
                    "if it is a stray entry, clear it (Ctrl+End in Excel goes to the last cell with content); if the data is really this large, split it into smaller files"));
                return null;
            }

            cells[(address.RowNumber, address.ColumnNumber)] = value;
            lastRow = Math.Max(lastRow, address.RowNumber);
        }

        var rows = new List<SourceRow>(lastRow);
        var byRow = cells.GroupBy(c => c.Key.Row).ToDictionary(g => g.Key, g => g.ToList());
        for (var r = 1; r <= lastRow; r++)
        {
            if (!byRow.TryGetValue(r, out var inRow))
            {
                rows.Add(new SourceRow(r, []));
                continue;
            }

            var width = inRow.Max(c => c.Key.Column);
            var row = new SourceCell[width];
            Array.Fill(row, SourceCell.Blank);
            foreach (var ((_, column), value) in inRow)
            {
                row[column - 1] = value;
            }

            rows.Add(new SourceRow(r, row));
        }

        return new SourceTable(file, sheet.Name, rows);
    }

    private static SourceCell Convert(IXLCell cell, RawCells raw)
    {
        var reference = cell.Address.ToString()!;
        if (raw.Errors.TryGetValue(reference, out var error))
        {
            return new SourceCell(CellKind.Error, error);
        }

        if (raw.FormulasWithoutResult.Contains(reference))
        {
            return new SourceCell(CellKind.Error, $"a formula (={cell.FormulaA1}) with no saved result; open the workbook in Excel or LibreOffice and save it, so that the results are stored");
        }

        try
        {
            var value = cell.HasFormula ? cell.CachedValue : cell.Value;
            var format = cell.Style.NumberFormat;
            var isPercent = format.NumberFormatId is 9 or 10 || HasOutsideQuotes(format.Format, c => c == '%');
            var isDate = cell.DataType == XLDataType.DateTime || IsDateFormat(format.NumberFormatId, format.Format);
            switch (value)
            {
                case null:
                    return SourceCell.Blank;
                case DateTime when raw.Numbers.TryGetValue(reference, out var serial):
                    // From the stored serial number: ClosedXML is a day out before March 1900.
                    return FromNumber(serial, isDate: true, isPercent: false, raw.Date1904);
                case DateTime date:
                    return SourceCell.FromDate(date.Year, date.Month, date.Day);
                case double or float or int or long or decimal:
                    var number = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    if (raw.Numbers.TryGetValue(reference, out var exact)
                        && exact.ToString("G15", CultureInfo.InvariantCulture) == number.ToString("G15", CultureInfo.InvariantCulture))
                    {
                        number = exact;
                    }

                    return FromNumber(number, isDate, isPercent, raw.Date1904);
                case bool b:
                    return new SourceCell(CellKind.Other, b ? "the value TRUE" : "the value FALSE");
                case TimeSpan time:
                    return new SourceCell(CellKind.Other, "the time " + time.ToString("c", CultureInfo.InvariantCulture));
                case string when cell.HasFormula && raw.Numbers.TryGetValue(reference, out var stored):
                    // A formula whose saved result is a number (ClosedXML may give it as text).
                    return FromNumber(stored, isDate, isPercent, raw.Date1904);
                case string text:
                    if (cell.HasFormula && cell.DataType is XLDataType.Number or XLDataType.DateTime
                        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var cached))
                    {
                        return FromNumber(cached, isDate, isPercent, raw.Date1904);
                    }

                    return SourceCell.FromText(text);
                default:
                    return SourceCell.FromText(System.Convert.ToString(value, CultureInfo.InvariantCulture));
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            string? cached = null;
            try
            {
                cached = System.Convert.ToString(cell.CachedValue, CultureInfo.InvariantCulture);
            }
            catch (Exception inner) when (inner is not OutOfMemoryException)
            {
                // No cached value either: say what happened below.
            }

            return new SourceCell(CellKind.Error, string.IsNullOrWhiteSpace(cached) ? "(the cell could not be read: " + ex.Message.TrimEnd('.') + ")" : cached.Trim());
        }
    }

    private static SourceCell FromNumber(double number, bool isDate, bool isPercent, bool date1904)
    {
        if (!double.IsFinite(number))
        {
            // A hand-made or damaged file may store NaN or INF; Excel cannot, and no series may hold them.
            return new SourceCell(CellKind.Other, $"a value that is not a finite number ({number.ToString(CultureInfo.InvariantCulture)})");
        }

        if (isDate && CellText.TryDateFromSerial(number, date1904, out var date))
        {
            return SourceCell.FromDate(date.Year, date.Month, date.Day);
        }

        return SourceCell.FromNumber(isPercent ? number * 100 : number, isPercent);
    }

    /// <summary>Whether a number format shows a date: Excel's built-in date formats, or a custom one with d, m or y outside quotes and brackets.</summary>
    private static bool IsDateFormat(int id, string? format)
    {
        if (id is (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58))
        {
            return true;
        }

        // "m" alone may be minutes ("mm:ss"); with d or y, or without h and s, it is a month.
        return HasOutsideQuotes(format, c => c is 'd' or 'D' or 'y' or 'Y')
            || (HasOutsideQuotes(format, c => c is 'm' or 'M') && !HasOutsideQuotes(format, c => c is 'h' or 'H' or 's' or 'S'));
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

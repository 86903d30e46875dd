using System.Globalization;
using System.Text;
using CsvHelper;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Excel;

/// <summary>How to choose the sheet of a workbook to read.</summary>
/// <param name="Name">The sheet wanted, matched ignoring case and surrounding spaces.</param>
/// <param name="Explicit">Whether the user named it: then it must exist. Otherwise, when no sheet has the name, the only sheet is read, else the one visible sheet that <paramref name="Fits"/>.</param>
/// <param name="Fits">Whether the first rows of a sheet hold a header the reader knows; null to take the first visible sheet.</param>
/// <param name="Setting">The configuration setting that names the sheet, for the messages ("data.sheet"), or null.</param>
internal sealed record SheetChoice(string Name, bool Explicit = false, Func<SourceTable, bool>? Fits = null, string? Setting = null);

/// <summary>
/// Opens a file the user named, read-only and shared (it may be open in Excel), decides from
/// its extension whether it is a workbook or a CSV file, and reads its cells into a
/// <see cref="SourceTable"/>. Problems with the file itself go to the problem list.
/// </summary>
internal static class TableSource
{
    public static SourceTable? Read(string path, SheetChoice sheet, LoadLimits limits, ProblemList problems)
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

        if (FileKind.NotRegular(path) is { } kind)
        {
            problems.Add(LoadMessages.NotAFile(problems.Area, path, kind));
            return null;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(LoadMessages.CannotReadFile(problems.Area, path, ex.Message));
            return null;
        }

        using (stream)
        {
            return Read(stream, path, sheet, limits, problems);
        }
    }

    public static SourceTable? Read(Stream stream, string displayName, SheetChoice sheet, LoadLimits limits, ProblemList problems)
    {
        if (!IsSupported(displayName, problems))
        {
            return null;
        }

        byte[]? bytes;
        try
        {
            bytes = ReadAtMost(stream, limits.FileBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(LoadMessages.CannotReadFile(problems.Area, displayName, ex.Message));
            return null;
        }

        if (bytes is null)
        {
            problems.Add(LoadMessages.Oversized(problems.Area, SourceLocation.InFile(displayName),
                $"the file is larger than {LoadLimits.Megabytes(limits.FileBytes)}",
                "check that it is the right file; split the data into smaller files, or remove what the report does not use, or raise data.limits.fileMegabytes in the configuration"));
            return null;
        }

        if (bytes.Length == 0)
        {
            problems.Add(LoadMessages.Empty(problems.Area, displayName));
            return null;
        }

        return IsCsv(displayName)
            ? CsvTable.Read(bytes, displayName, limits, problems)
            : ReadWorkbook(bytes, displayName, sheet, limits, problems);
    }

    /// <summary>The whole stream, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    private static byte[]? ReadAtMost(Stream stream, long limit)
    {
        if (stream.CanSeek && stream.Length - stream.Position is var length and >= 0 and < int.MaxValue)
        {
            if (length > limit)
            {
                return null;
            }

            // Known length: one array of the right size (the stream may still be shorter or longer).
            var exact = new byte[length];
            var filled = 0;
            int n;
            while (filled < exact.Length && (n = stream.Read(exact, filled, exact.Length - filled)) > 0)
            {
                filled += n;
            }

            if (filled == exact.Length && stream.ReadByte() < 0)
            {
                return exact;
            }

            stream.Position = 0;
        }

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

    private static SourceTable? ReadWorkbook(byte[] bytes, string file, SheetChoice choice, LoadLimits limits, ProblemList problems)
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

        return WorkbookReader.Read(bytes, file, choice, limits, problems);
    }

    private static string Beginning(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 24));
        var printable = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return printable.Length == 0 ? "with unreadable bytes" : "\"" + printable + "\"";
    }
}

/// <summary>Reads a CSV file's records into a <see cref="SourceTable"/>, numbering each by the line it starts on.</summary>
internal static class CsvTable
{
    public static SourceTable? Read(byte[] bytes, string file, LoadLimits limits, ProblemList problems)
    {
        if (bytes.Length >= 2 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            problems.Add(LoadMessages.NotCsv(problems.Area, SourceLocation.InFile(file),
                "an Excel workbook saved with the extension .csv. Rename it to .xlsx, or save it from Excel as CSV"));
            return null;
        }

        bytes = AsUtf8(bytes);
        var nul = bytes.AsSpan().IndexOf((byte)0);
        if (nul >= 0)
        {
            var line = bytes.AsSpan(0, nul).Count((byte)'\n') + 1;
            problems.Add(LoadMessages.NotCsv(problems.Area, SourceLocation.AtLine(file, line),
                "binary data (a NUL byte, which text never holds). Check that it is the right file, and save the data from Excel or the program that made it as CSV UTF-8 (comma delimited)"));
            return null;
        }

        string? unclosedQuote = null;
        var unclosedLine = 0;
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MaxRecordSize = LoadLimits.RecordBytes,
            PoolStrings = true,
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote && unclosedQuote is null)
                {
                    unclosedQuote = record.RawRecord;
                    unclosedLine = checked((int)record.LineNumber);
                }
            },
        };
        var rows = new List<SourceRow>();
        var cellsLeft = limits.Cells;
        var scratch = new SourceCell[16];
        using var reader = CsvReader.Create(bytes, options);
        try
        {
            while (reader.Read())
            {
                var line = checked((int)reader.LineNumber);
                if (reader.RawRecord.Length > LoadLimits.RecordBytes)
                {
                    problems.Add(LongRecord(file, line, problems.Area));
                    return null;
                }

                if (reader.FieldCount > LoadLimits.Columns)
                {
                    problems.Add(LoadMessages.Oversized(problems.Area, SourceLocation.AtLine(file, line, 1),
                        string.Create(CultureInfo.InvariantCulture, $"this line has {reader.FieldCount:N0} fields, more than {LoadLimits.Columns:N0}"),
                        "check that it is the right file, and split the data into smaller files if it is"));
                    return null;
                }

                if (scratch.Length < reader.FieldCount)
                {
                    scratch = new SourceCell[reader.FieldCount];
                }

                var last = 0;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    scratch[i] = SourceCell.FromText(reader.GetString(i));
                    last = scratch[i].IsBlank ? last : i + 1;
                }

                // Trailing blank fields are not kept: a long layout's unused columns cost nothing.
                var cells = scratch.AsSpan(0, last).ToArray();

                cellsLeft -= last;
                if (cellsLeft < 0)
                {
                    problems.Add(LoadMessages.Oversized(problems.Area, SourceLocation.AtLine(file, line, 1),
                        string.Create(CultureInfo.InvariantCulture, $"the file holds more than {limits.Cells:N0} fields with content"),
                        "check that it is the right file; split the data into smaller files, or raise data.limits.cells in the configuration if the data is really this large"));
                    return null;
                }

                if (rows.Count == 0 && last == 1 && CellText.Trim(cells[0].Text).StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
                {
                    // Excel's "sep=," hint line.
                    continue;
                }

                rows.Add(new SourceRow(line, cells));
            }
        }
        catch (CsvFormatException ex)
        {
            var line = ex.LineNumber > 0 ? checked((int)ex.LineNumber) : rows.Count == 0 ? 1 : rows[^1].Number + 1;
            problems.Add(LongRecord(file, line, problems.Area));
            return null;
        }

        if (unclosedQuote is not null)
        {
            problems.Add(LoadMessages.UnclosedQuote(problems.Area, SourceLocation.AtLine(file, unclosedLine, 1), unclosedQuote));
            return null;
        }

        return new SourceTable(file, null, rows);
    }

    private static Diagnostic LongRecord(string file, int line, DataArea area) =>
        LoadMessages.Oversized(area, SourceLocation.AtLine(file, line, 1),
            string.Create(CultureInfo.InvariantCulture, $"a line (or a quoted field that is never closed) longer than {LoadLimits.RecordBytes / 1024:N0} KB"),
            "check that it is the right file; if a field begins with a quotation mark, close it with another");

    /// <summary>
    /// The text as UTF-8: UTF-16 is converted, with its byte order mark or without one (told by the
    /// zero bytes of its ASCII characters), and so is a file that is not valid UTF-8, read as
    /// Windows-1252, which Excel's "CSV (Comma delimited)" writes on a UK Windows machine (an
    /// accented force name, a £).
    /// </summary>
    private static byte[] AsUtf8(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Encoding.UTF8.GetBytes(utf16.GetString(bytes, 2, (bytes.Length - 2) & ~1));
        }

        if (Utf16WithoutMark(bytes) is { } encoding)
        {
            return Encoding.UTF8.GetBytes(encoding.GetString(bytes, 0, bytes.Length & ~1));
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return bytes;
        }

        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        return Encoding.UTF8.GetBytes(windows1252.GetString(bytes));
    }

    /// <summary>
    /// UTF-16 without a byte order mark, as some exports write it: in the first 4 KB, an even
    /// number of bytes, and (since CSV is mostly ASCII) nearly every other byte zero, the high
    /// byte of each character: the second of each pair (little-endian) or the first (big-endian).
    /// </summary>
    private static Encoding? Utf16WithoutMark(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 4096) & ~1);
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros * 10 >= pairs * 9 && evenZeros * 10 < pairs)
        {
            return Encoding.Unicode;
        }

        return evenZeros * 10 >= pairs * 9 && oddZeros * 10 < pairs ? Encoding.BigEndianUnicode : null;
    }
}

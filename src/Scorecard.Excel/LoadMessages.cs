using System.Globalization;
using NodaTime;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Periods;

namespace Scorecard.Excel;

/// <summary>Which kind of input a problem was found in: it decides the code's series.</summary>
public enum DataArea
{
    /// <summary>Monthly series: codes SC01nn.</summary>
    Monthly,

    /// <summary>Peer data: codes SC04nn.</summary>
    Peers,
}

/// <summary>
/// Every problem the loaders report, with its stable code and its text. A problem that can occur
/// in monthly series and in peer data has the same last two digits in both: SC0102 and SC0402
/// are both "expected a number". Each text says what was expected, what was found, and how to
/// fix it. Locations name the file as the caller gave it (the path passed to <c>Load</c>, or the
/// display name given with a stream), then the sheet and cell, or the CSV line and column.
/// </summary>
public static class LoadMessages
{
    public const string FileNotFound = "00";
    public const string UnsupportedFormat = "01";
    public const string NotANumber = "02";
    public const string ErrorCell = "03";
    public const string NotAMonth = "04";
    public const string DuplicateMonth = "05";
    public const string DuplicateRow = "06";
    public const string BadMeasureId = "07";
    public const string NotAWorkbook = "08";
    public const string EmptyFile = "09";
    public const string SheetMissing = "10";
    public const string SheetEmpty = "11";
    public const string HeaderNotRecognised = "12";
    public const string ColumnMissing = "13";
    public const string DuplicateColumn = "14";
    public const string UnknownColumn = "15";
    public const string CannotRead = "16";
    public const string NoData = "17";
    public const string TooLarge = "18";
    public const string UnknownPart = "20";
    public const string NoMeasureId = "21";
    public const string NoMonthHeader = "22";
    public const string RatioPartMissing = "23";
    public const string RatioMonthIncomplete = "24";
    public const string ZeroDenominator = "25";
    public const string UnclosedQuotation = "26";
    public const string ColumnSkipped = "27";
    public const string SheetFound = "28";
    public const string NoForce = "40";
    public const string NoPeerValue = "41";
    public const string TooMany = "99";

    /// <summary>How many rows from the top the header row is looked for in (title rows may come first).</summary>
    internal const int HeaderSearchRows = 20;

    /// <summary>The full code: "SC0102" for <see cref="NotANumber"/> in monthly series.</summary>
    public static string Code(DataArea area, string number) => (area == DataArea.Monthly ? "SC01" : "SC04") + number;

    private static string Quote(string text)
    {
        var trimmed = text.Length > 60 ? text[..57] + "..." : text;
        return "\"" + trimmed.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    private static string What(DataArea area) => area == DataArea.Monthly ? "monthly series" : "peer data";

    internal static Diagnostic FileDoesNotExist(DataArea area, string file) =>
        Diagnostic.Error(Code(area, FileNotFound), SourceLocation.InFile(file),
            $"the file does not exist (looked for {Path.GetFullPath(file)}); check the path and the current folder.");

    internal static Diagnostic Unsupported(DataArea area, string file, string extension)
    {
        var found = extension.Length == 0 ? "a file name without an extension" : $"a {extension} file";
        var fix = extension.ToUpperInvariant() switch
        {
            ".XLS" => "this is the old Excel 97-2003 format; open it in Excel and save it as an Excel Workbook (.xlsx).",
            ".XLSB" => "open it in Excel and save it as an Excel Workbook (.xlsx).",
            ".ODS" => "open it in LibreOffice Calc and save it as Excel 2007-365 (.xlsx).",
            ".TSV" or ".TXT" => "save it as comma-separated values (.csv), or as an Excel Workbook (.xlsx).",
            _ => "give an Excel Workbook (.xlsx or .xlsm) or a comma-separated values file (.csv).",
        };
        return Diagnostic.Error(Code(area, UnsupportedFormat), SourceLocation.InFile(file),
            $"expected {What(area)} in .xlsx, .xlsm or .csv; found {found}. {Capitalise(fix)}");
    }

    internal static Diagnostic CannotReadFile(DataArea area, string file, string reason) =>
        Diagnostic.Error(Code(area, CannotRead), SourceLocation.InFile(file),
            $"the file could not be read ({reason.TrimEnd('.')}). Check that you may read it; if another program has it locked, close it there and try again.");

    internal static Diagnostic NotAFile(DataArea area, string file, string kind) =>
        Diagnostic.Error(Code(area, CannotRead), SourceLocation.InFile(file),
            $"expected a file; found {kind}, which is not read (it could wait for ever, or never end). Give the path of the saved workbook or CSV file itself.");

    internal static Diagnostic Empty(DataArea area, string file) =>
        Diagnostic.Error(Code(area, EmptyFile), SourceLocation.InFile(file),
            "the file is empty (0 bytes); it may not have finished saving or copying. Save it again.");

    internal static Diagnostic Oversized(DataArea area, SourceLocation at, string found, string fix) =>
        Diagnostic.Error(Code(area, TooLarge), at,
            $"{found}, more than is read from one file. {Capitalise(fix)}");

    internal static Diagnostic NotWorkbook(DataArea area, string file, string found) =>
        Diagnostic.Error(Code(area, NotAWorkbook), SourceLocation.InFile(file),
            $"expected an Excel workbook (.xlsx); found {found}.");

    internal static Diagnostic NotCsv(DataArea area, SourceLocation at, string found) =>
        Diagnostic.Error(Code(area, NotAWorkbook), at,
            $"expected comma-separated text (.csv); found {found}.");

    internal static Diagnostic UnclosedQuote(DataArea area, SourceLocation at, string record) =>
        Diagnostic.Error(Code(area, UnclosedQuotation), at,
            $"a field on this line opens a quotation mark that is never closed, so the rest of the file would be read as one field (the line begins {Quote(record)}). Close the quotation (\"like this\"), or remove the stray quotation mark.");

    internal static Diagnostic NoSuchSheet(DataArea area, string file, string sheet, IReadOnlyList<string> sheets, string? setting) =>
        Diagnostic.Error(Code(area, SheetMissing), new SourceLocation(file, sheet),
            sheets.Count == 0
                ? "the workbook has no sheets."
                : $"the workbook has no sheet named {Quote(sheet)}; its sheets are {string.Join(", ", sheets)}. Rename the sheet, or {NameTheSheet(setting)}.");

    internal static Diagnostic NoSheetFits(DataArea area, string file, string sheet, IReadOnlyList<string> sheets, string? setting) =>
        Diagnostic.Error(Code(area, SheetMissing), new SourceLocation(file, sheet),
            $"the workbook has no sheet named {Quote(sheet)}, and none of its sheets ({string.Join(", ", sheets)}) has a header row that fits a layout in its first {HeaderSearchRows} rows. Rename the sheet that holds the data to {sheet}, or {NameTheSheet(setting)}.");

    internal static Diagnostic SeveralSheetsFit(DataArea area, string file, string sheet, IReadOnlyList<string> fitting, string? setting) =>
        Diagnostic.Error(Code(area, SheetMissing), new SourceLocation(file, sheet),
            $"the workbook has no sheet named {Quote(sheet)}, and several of its sheets could hold the data ({string.Join(", ", fitting)}). Rename the one to read to {sheet}, or {NameTheSheet(setting)}.");

    internal static Diagnostic SheetChosen(DataArea area, string file, string chosen, string sheet, string? setting) =>
        Diagnostic.Info(Code(area, SheetFound), new SourceLocation(file, chosen),
            $"read this sheet, the only one whose header fits a layout (there is no sheet named {Quote(sheet)}). To be sure the right sheet is read, {NameTheSheet(setting)}.");

    internal static Diagnostic SkippedColumns(SourceLocation at, IReadOnlyList<string> columns, bool beforeMeasure)
    {
        var names = string.Join(", ", columns.Select(Quote));
        var what = columns.Count == 1 ? "column" : "columns";
        return Diagnostic.Info(Code(DataArea.Monthly, ColumnSkipped), at,
            beforeMeasure
                ? $"the {what} {names} left of Measure {(columns.Count == 1 ? "is" : "are")} not read (labels or notes)."
                : $"the {what} {names} after the months {(columns.Count == 1 ? "is" : "are")} not months and {(columns.Count == 1 ? "is" : "are")} not read (totals, notes and the like).");
    }

    private static string NameTheSheet(string? setting) =>
        setting is null ? "name the sheet to read in the options" : $"name the sheet to read with the setting {setting} in the configuration (\"data\": {{ \"sheet\": \"…\" }})";

    internal static Diagnostic EmptySheet(DataArea area, SourceLocation at, bool isCsv) =>
        Diagnostic.Error(Code(area, SheetEmpty), at,
            $"the {(isCsv ? "file" : "sheet")} has no cells with content; expected a header row ({(area == DataArea.Monthly ? "Measure followed by months, or measure,month,value" : "measure,force,month,value")}) and rows of data.");

    internal static Diagnostic NoRows(DataArea area, SourceLocation at) =>
        Diagnostic.Error(Code(area, NoData), at,
            "found a header row but no rows of data below it; add the data, or check that this is the right sheet or file.");

    internal static Diagnostic UnrecognisedHeader(SourceLocation at, IEnumerable<string> header)
    {
        var cells = header.Take(6).ToList();
        var found = string.Join(", ", cells.Select(Quote));
        var semicolons = cells.Any(c => c.Contains(';', StringComparison.Ordinal))
            ? " The file seems to use semicolons between fields (as Excel writes CSV where the decimal separator is a comma); save it with commas between fields and full stops in numbers, for example from Excel with English (UK) number settings."
            : string.Empty;
        return Diagnostic.Error(Code(DataArea.Monthly, HeaderNotRecognised), at,
            $"expected a header row that starts with Measure followed by one column per month (wide layout), or has the columns measure, month and value (long layout), in the first {HeaderSearchRows} rows (title rows above it are skipped); found {found}.{semicolons}");
    }

    internal static Diagnostic MissingColumn(DataArea area, SourceLocation at, string column, IEnumerable<string> found) =>
        Diagnostic.Error(Code(area, ColumnMissing), at,
            $"expected a column named {column}; the header has {string.Join(", ", found.Select(Quote))}. {(area == DataArea.Peers ? "Peer data has the columns measure, force, month and value, and optionally population, one row per measure, force and month: add" : "Add")} the column or correct its name.");

    internal static Diagnostic RepeatedColumn(DataArea area, SourceLocation at, string column, string firstAt) =>
        Diagnostic.Error(Code(area, DuplicateColumn), at,
            $"the column {column} appears twice (first at {firstAt}); keep one.");

    internal static Diagnostic IgnoredColumn(DataArea area, SourceLocation at, string column, IEnumerable<string> known) =>
        Diagnostic.Warning(Code(area, UnknownColumn), at,
            $"the column {Quote(column)} is not one that is read ({string.Join(", ", known)}); it is ignored. If it is a misspelling, correct it.");

    internal static Diagnostic NotNumber(DataArea area, SourceLocation at, string what, SourceCell found) =>
        Diagnostic.Error(Code(area, NotANumber), at,
            $"expected a number for {what}; found {Describe(found)}. Type the number (1234, 1,234.5 or 45%), or clear the cell if there is no figure.");

    internal static Diagnostic ErrorValue(DataArea area, SourceLocation at, string what, string error) =>
        Diagnostic.Error(Code(area, ErrorCell), at,
            error.StartsWith('#')
                ? $"expected a number for {what}; found the error {error}. Correct the formula or its inputs, or clear the cell if there is no figure."
                : $"expected a number for {what}; found {error}.");

    internal static Diagnostic NotMonth(DataArea area, SourceLocation at, SourceCell found, bool isHeader) =>
        Diagnostic.Error(Code(area, NotAMonth), at,
            $"expected {(isHeader ? "a month heading" : "a month")}; found {Describe(found)}. Write the month as a date (any day of the month) or as text such as 2019-04, Apr-19 or April 2019."
            + (isHeader && found.Kind == CellKind.Text ? " If the column is not a month (a total or notes), name it in the setting data.ignoreColumns to skip it." : string.Empty));

    internal static Diagnostic RepeatedMonth(SourceLocation at, YearMonth month, string firstAt) =>
        Diagnostic.Error(Code(DataArea.Monthly, DuplicateMonth), at,
            $"{EnglishDates.Month(month)} has a column already (at {firstAt}); each month may have one column. Delete or correct one of them.");

    internal static Diagnostic RepeatedSeries(SourceLocation at, string key, string firstAt) =>
        Diagnostic.Error(Code(DataArea.Monthly, DuplicateRow), at,
            $"{key} has a row already (at {firstAt}); each series may have one row. Delete or rename one of them.");

    internal static Diagnostic RepeatedMonthRow(SourceLocation at, string measure, YearMonth month, string firstAt) =>
        Diagnostic.Error(Code(DataArea.Monthly, DuplicateRow), at,
            $"{measure}, {EnglishDates.Month(month)} appears already (at {firstAt}); each measure and month may appear once. Delete or correct one of them.");

    internal static Diagnostic RepeatedPeer(SourceLocation at, string measure, string force, YearMonth month, string firstAt) =>
        Diagnostic.Error(Code(DataArea.Peers, DuplicateRow), at,
            $"{measure} for {force}, 12 months to {EnglishDates.Month(month)}, appears already (at {firstAt}); each measure, force and month may appear once. Delete or correct one of them.");

    internal static Diagnostic BadId(DataArea area, SourceLocation at, string id) =>
        Diagnostic.Error(Code(area, BadMeasureId), at,
            $"expected a measure id in kebab-case (lower-case letters and digits joined by single hyphens, such as crime-volume); found {Quote(id)}{Suggest(id)}");

    internal static Diagnostic UnknownSeriesPart(SourceLocation at, string key, string suffix) =>
        Diagnostic.Error(Code(DataArea.Monthly, UnknownPart), at,
            $"{Quote(key)} ends in .{suffix}, which is not a part of a series; expected the measure id alone or followed by .value, .numerator, .denominator, .volume or .margin.");

    /// <summary>An error cell, or one that could not be read, where a name belongs (<paramref name="what"/>: "measure id", "force").</summary>
    internal static Diagnostic ErrorInsteadOfName(DataArea area, SourceLocation at, string what, SourceCell found) =>
        Diagnostic.Error(Code(area, ErrorCell), at,
            found.Text.StartsWith('#')
                ? $"expected a {what}; found the error {found.Text}. Type the {what} in the cell, or correct the formula that makes it."
                : $"expected a {what}; found {Describe(found)}.");

    internal static Diagnostic MissingMeasureId(DataArea area, SourceLocation at) =>
        Diagnostic.Error(Code(area, NoMeasureId), at,
            "this row has figures but no measure id; type the measure id (such as crime-volume) in its first cell, or delete the row.");

    internal static Diagnostic MissingMonthHeader(SourceLocation at) =>
        Diagnostic.Error(Code(DataArea.Monthly, NoMonthHeader), at,
            "this column has figures but no month in its header cell; type the month (a date, or text such as 2019-04), or delete the column.");

    internal static Diagnostic RatioWithoutPart(SourceLocation at, string measure, string present, string missing, bool isColumn) =>
        Diagnostic.Error(Code(DataArea.Monthly, RatioPartMissing), at,
            isColumn
                ? $"there is a {present} column but no {missing} column; a ratio needs both. Add a {missing} column."
                : $"{measure} has the row {measure}.{present} but no row {measure}.{missing}; a ratio needs both. Add the row {measure}.{missing}.");

    internal static Diagnostic RatioMonthWithoutPart(SourceLocation at, string measure, YearMonth month, string present, string missing) =>
        Diagnostic.Error(Code(DataArea.Monthly, RatioMonthIncomplete), at,
            $"{measure}, {EnglishDates.Month(month)} has a {present} but no {missing}; a ratio needs both. Fill in the {missing}, or clear the {present} if the month is missing.");

    internal static Diagnostic DenominatorZero(SourceLocation at, string measure, YearMonth month, double numerator) =>
        Diagnostic.Error(Code(DataArea.Monthly, ZeroDenominator), at,
            $"{measure}, {EnglishDates.Month(month)} has a denominator of 0 but a numerator of {numerator.ToString("R", CultureInfo.InvariantCulture)}; a ratio cannot divide by 0. Correct the denominator (when both are 0 the month counts as missing).");

    internal static Diagnostic MissingForce(SourceLocation at) =>
        Diagnostic.Error(Code(DataArea.Peers, NoForce), at,
            "expected the name of a force; found an empty cell. Type the force's name as the peer group names it, or delete the row.");

    internal static Diagnostic MissingPeerValue(SourceLocation at, string measure, string force, YearMonth month) =>
        Diagnostic.Warning(Code(DataArea.Peers, NoPeerValue), at,
            $"{measure} for {force}, 12 months to {EnglishDates.Month(month)}, has no value; the row is skipped. Fill in the value, or delete the row to silence this.");

    internal static Diagnostic TooManyProblems(DataArea area, string file, int more, bool anyError) =>
        new(anyError ? Severity.Error : Severity.Warning, Code(area, TooMany), SourceLocation.InFile(file),
            string.Create(CultureInfo.InvariantCulture, $"and {more} more problem{(more == 1 ? string.Empty : "s")} not shown; correct those above and load the file again."));

    /// <summary>How a cell's content reads in a message: "n/a" in quotes, "an empty cell", "the date 1 April 2019".</summary>
    internal static string Describe(SourceCell cell) => cell.Kind switch
    {
        CellKind.Blank => "an empty cell",
        CellKind.Date => $"the date {cell.Text}",
        CellKind.Number => $"the number {cell.Text}",
        CellKind.Error => cell.Text.StartsWith('#') ? $"the error {cell.Text}" : cell.Text,
        CellKind.Other => cell.Text,
        _ => Quote(cell.Text),
    };

    private static string Suggest(string id)
    {
        var kebab = MeasureIds.Suggest(id);
        return kebab is null || kebab == id ? "." : $". Did you mean {kebab}?";
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

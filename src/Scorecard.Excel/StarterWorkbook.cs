using ClosedXML.Excel;
using NodaTime;

namespace Scorecard.Excel;

/// <summary>A row of the starter workbook: its key (<c>crime-volume</c>, <c>conviction-rate.numerator</c>), the measure's name, and what to enter.</summary>
public sealed record StarterRow(string Key, string Measure, string WhatToEnter);

/// <summary>
/// The data workbook <c>scorecard init</c> writes for a new office to fill in: sheet
/// <c>Monthly</c> in the wide layout <see cref="SeriesLoader"/> reads, with a title row above the
/// table, the measures' rows, and one column per month (real dates, shown as <c>mmm-yy</c>), every
/// value cell empty; and a <c>Notes</c> sheet explaining the layout and every row.
/// </summary>
public static class StarterWorkbook
{
    public const string DataSheet = "Monthly";
    public const string NotesSheet = "Notes";

    /// <summary>The row of the table's header (<c>Measure</c>, then the months): below the title and its note.</summary>
    public const int HeaderRow = 4;

    /// <param name="title">The title row: "Office of the Police and Crime Commissioner: monthly figures".</param>
    /// <param name="rows">The rows to fill in, in order.</param>
    /// <param name="months">The month columns, earliest first.</param>
    public static byte[] Write(string title, IReadOnlyList<StarterRow> rows, IReadOnlyList<YearMonth> months)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(months);
        ArgumentOutOfRangeException.ThrowIfZero(months.Count);

        using var workbook = new XLWorkbook();
        WriteData(workbook.Worksheets.Add(DataSheet), title, rows, months);
        WriteNotes(workbook.Worksheets.Add(NotesSheet), rows, months);
        workbook.Worksheet(DataSheet).SetTabActive();
        workbook.Properties.Title = title;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteData(IXLWorksheet sheet, string title, IReadOnlyList<StarterRow> rows, IReadOnlyList<YearMonth> months)
    {
        sheet.Cell(1, 1).Value = title;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).Value = "One row per measure, one column per month: type each month's figure under its month. Leave a cell blank when there is no figure. The Notes sheet explains every row.";
        sheet.Cell(2, 1).Style.Font.Italic = true;

        sheet.Cell(HeaderRow, 1).Value = "Measure";
        for (var i = 0; i < months.Count; i++)
        {
            var cell = sheet.Cell(HeaderRow, i + 2);
            cell.Value = new DateTime(months[i].Year, months[i].Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
            cell.Style.NumberFormat.Format = "mmm-yy";
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            sheet.Column(i + 2).Width = 10;
        }

        var header = sheet.Range(HeaderRow, 1, HeaderRow, months.Count + 1);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;

        for (var r = 0; r < rows.Count; r++)
        {
            sheet.Cell(HeaderRow + 1 + r, 1).Value = rows[r].Key;
        }

        sheet.Column(1).Width = Math.Clamp(rows.Select(r => r.Key.Length).DefaultIfEmpty(10).Max() + 2, 12, 60);
        if (rows.Count > 0)
        {
            var values = sheet.Range(HeaderRow + 1, 2, HeaderRow + rows.Count, months.Count + 1);
            values.Style.NumberFormat.Format = "#,##0.####";
            var validation = values.SetDataValidation();
            validation.Decimal.EqualOrGreaterThan(0);
            validation.IgnoreBlanks = true;
            validation.ShowErrorMessage = true;
            validation.ErrorStyle = XLErrorStyle.Stop;
            validation.ErrorTitle = "A number, please";
            validation.ErrorMessage = "Type the month's figure as a number (no units or text). Leave the cell blank when there is no figure.";
        }

        sheet.SheetView.Freeze(HeaderRow, 1);
    }

    private static void WriteNotes(IXLWorksheet sheet, IReadOnlyList<StarterRow> rows, IReadOnlyList<YearMonth> months)
    {
        string[] notes =
        [
            "How this workbook is laid out",
            $"The sheet \"{DataSheet}\" holds the monthly figures Scorecard reads (the \"wide\" layout). Its first rows are a title and a note; row {HeaderRow} is the table's header: \"Measure\", then one column per month.",
            $"The month headers are real Excel dates (the first of each month, shown as Mmm-yy), {months.Count} months from {Name(months[0])} to {Name(months[^1])}. To add a month, type its date (e.g. 1/{months[^1].PlusMonths(1).Month}/{months[^1].PlusMonths(1).Year}) in the next empty header cell to the right.",
            "Each row below the header is one measure, named by its id in column A, as in scorecard.config.json. Type each month's figure under its month: a plain number, no units. A blank cell is a month with no figure (never type 0 for \"not known\").",
            "A percentage is given as its two parts: <id>.numerator (what is counted) and <id>.denominator (what it is a percentage of), so quarters and 12-month figures are worked out exactly.",
            "An average (a response or answer time, in seconds) may have <id>.volume: how many incidents or calls it is the average of, so that quarters are weighted properly.",
            "A survey result with a margin of error may have an <id>.margin row.",
            "To add a measure, add its rows here and the measure to scorecard.config.json; to drop one, delete both. Do not add other columns or rows to the table.",
            "Then run: scorecard validate (checks everything and says what is missing), and scorecard render (writes the report).",
        ];
        sheet.Cell(1, 1).Value = notes[0];
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        for (var i = 1; i < notes.Length; i++)
        {
            sheet.Cell(i + 1, 1).Value = notes[i];
        }

        var table = notes.Length + 2;
        string[] headings = ["Row", "Measure", "What to enter"];
        for (var c = 0; c < headings.Length; c++)
        {
            sheet.Cell(table, c + 1).Value = headings[c];
        }

        sheet.Range(table, 1, table, headings.Length).Style.Font.Bold = true;
        sheet.Range(table, 1, table, headings.Length).Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        for (var r = 0; r < rows.Count; r++)
        {
            sheet.Cell(table + 1 + r, 1).Value = rows[r].Key;
            sheet.Cell(table + 1 + r, 2).Value = rows[r].Measure;
            sheet.Cell(table + 1 + r, 3).Value = rows[r].WhatToEnter;
        }

        sheet.Column(1).Width = Math.Clamp(rows.Select(r => r.Key.Length).DefaultIfEmpty(10).Max() + 2, 14, 50);
        sheet.Column(2).Width = 50;
        sheet.Column(3).Width = 90;
        sheet.Column(3).Style.Alignment.WrapText = true;
        sheet.Column(2).Style.Alignment.WrapText = true;
    }

    private static string Name(YearMonth month) => Scorecard.Core.Periods.EnglishDates.Month(month);
}

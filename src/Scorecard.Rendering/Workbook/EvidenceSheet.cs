using System.Globalization;
using ClosedXML.Excel;
using Scorecard.Core.Evaluation;
using Scorecard.Rendering.Export;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// The <c>Evidence</c> sheet: one row per measure and rule, the same rows and columns as the CSV
/// export, with the statistics as real numbers (the measure's own units: seconds for durations)
/// and a blank where a rule does not use a figure. The status of a fired rule is coloured by its
/// sentiment.
/// </summary>
internal static class EvidenceSheet
{
    public const string Name = "Evidence";

    public static void Write(IXLWorksheet sheet, ScorecardEvaluation evaluation, WorkbookInfo info)
    {
        var columns = EvidenceTable.Columns;
        var sizer = new ColumnSizer();
        Cells.Header(sheet, columns.Select(c => c.Heading).ToList(), sizer);
        var statusColumn = columns.ToList().FindIndex(c => c.CsvName == "status") + 1;

        var row = 2;
        foreach (var (measure, outcome) in EvidenceTable.Rows(evaluation))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = sheet.Cell(row, i + 1);
                switch (columns[i].Value(measure, outcome))
                {
                    case string text:
                        Cells.Text(cell, text);
                        sizer.Note(i + 1, text);
                        break;
                    case int whole:
                        Cells.Integer(cell, whole);
                        sizer.Note(i + 1, whole.ToString(CultureInfo.InvariantCulture));
                        break;
                    case double number:
                        Cells.Number(cell, number, "General");
                        sizer.Note(i + 1, number.ToString("G10", CultureInfo.InvariantCulture));
                        break;
                }
            }

            if (outcome.Fired)
            {
                var colour = info.Colours.For(outcome.Sentiment ?? Sentiment.Neutral);
                var cell = sheet.Cell(row, statusColumn);
                cell.Style.Fill.BackgroundColor = XLColor.FromHtml(colour.Fill);
                cell.Style.Font.FontColor = XLColor.FromHtml(colour.Text);
                cell.Style.Font.Bold = true;
            }

            row++;
        }

        sheet.Range(1, 1, Math.Max(1, row - 1), columns.Count).SetAutoFilter();
        sheet.SheetView.Freeze(1, 4);
        sizer.Apply(sheet, maximum: 50);
        // Thirty columns on one page would be unreadable: the evidence prints across pages,
        // with the measure and rule repeated on the left of each.
        WorksheetPrint.Setup(sheet, $"{ScorecardWorkbook.Title(evaluation)}: evidence", info, onePageWide: false);
        sheet.PageSetup.SetColumnsToRepeatAtLeft(1, 4);
    }
}

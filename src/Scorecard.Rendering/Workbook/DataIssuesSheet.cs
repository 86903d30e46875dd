using Scorecard.Core.Evaluation;
using Scorecard.Rendering.Workbook.Xlsx;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// The <c>Data issues</c> sheet: the problems the office has marked in its data (an outage, a
/// change of method), one row per issue with the months, the kind, the measures it affects and
/// the office's note: the table of the report's data-quality section. The Dashboard's notes point
/// here from each measure an issue affects.
/// </summary>
internal static class DataIssuesSheet
{
    public const string Name = "Data issues";

    /// <summary>Below the table: how the figures and tests treat the issues.</summary>
    public const string Explanation =
        "The figures are reported as recorded. After a change of method, the tests and the change on 12 months earlier use only the months since the change.";

    /// <summary>In place of the table when the office has marked no issue.</summary>
    public const string NoIssues = "The office has marked no data issues.";

    public static void Write(Sheet sheet, ScorecardEvaluation evaluation, WorkbookInfo info)
    {
        var sizer = new ColumnSizer();
        sizer.WrapAt(3, 40);
        sizer.WrapAt(4, 70);
        string[] headings = ["When", "What", "Measures", "Note"];
        Cells.Header(sheet, headings, sizer);

        var issues = MeasureNotices.DataIssues(evaluation);
        var row = 2;
        foreach (var issue in issues)
        {
            string[] values = [issue.Months, issue.KindLabel, issue.Measures, issue.Note];
            for (var i = 0; i < values.Length; i++)
            {
                Cells.Text(sheet.Cell(row, i + 1), values[i]);
                sizer.Note(i + 1, values[i], row: row);
            }

            row++;
        }

        if (issues.Count > 0)
        {
            var table = new CellRange(1, 1, row - 1, headings.Length);
            sheet.Style(table, s => s with { Vertical = VerticalAlignment.Top, WrapText = true });
            sheet.SetAutoFilter(table);
            Cells.Text(sheet.Cell(row + 1, 1), Explanation);
        }
        else
        {
            Cells.Text(sheet.Cell(2, 1), NoIssues);
            sheet.Cell(2, 1).Style = sheet.Cell(2, 1).Style with { Italic = true };
        }

        sheet.Freeze(1, 0);
        sizer.Apply(sheet, maximum: 72);
        WorksheetPrint.Setup(sheet, $"{ScorecardWorkbook.Title(evaluation)}: data issues", info);
    }
}

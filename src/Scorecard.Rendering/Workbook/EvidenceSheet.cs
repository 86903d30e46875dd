using System.Globalization;
using Scorecard.Core.Evaluation;
using Scorecard.Rendering.Export;
using Scorecard.Rendering.Workbook.Xlsx;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// The <c>Evidence</c> sheet: one row per measure and rule, the rows of the CSV export, with the
/// statistics as real numbers that keep their full precision and show rounded through number
/// formats in the measure's own style (<see cref="EvidenceFormats"/>), and a blank where a rule
/// does not use a figure. The columns a reader needs come first and print landscape, one page
/// wide, with the header on every page; the others (ids, the key's words, the trend's intercept,
/// t, df, the tested months, …) follow on screen. The status of a fired rule is coloured by its
/// sentiment; tests not evaluated or not applicable are grey.
/// </summary>
internal static class EvidenceSheet
{
    public const string Name = "Evidence";

    /// <summary>How many columns on the left stay in view when scrolling right: the measure and the test.</summary>
    public const int FrozenColumns = 2;

    private const string Grey = "#595959";

    public static void Write(Sheet sheet, ScorecardEvaluation evaluation, WorkbookInfo info)
    {
        var columns = EvidenceTable.SheetColumns;
        var sizer = new ColumnSizer();
        for (var i = 0; i < columns.Count; i++)
        {
            if (Wrap(columns[i]) is { } width)
            {
                sizer.WrapAt(i + 1, width);
            }
        }

        var headings = columns.Select(c => c.Heading).ToList();
        Cells.WrappingHeader(sheet, headings, sizer);
        var statusColumn = Index(columns, "Status");

        var row = 2;
        foreach (var (measure, outcome) in EvidenceTable.Rows(evaluation))
        {
            var formats = new EvidenceFormats(measure, outcome);
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = sheet.Cell(row, i + 1);
                switch (columns[i].Value(measure, outcome))
                {
                    case string text:
                        Cells.Text(cell, text);

                        // Only the printed columns wrap and set a row's height; the long texts on
                        // screen only (the key's words, the tested months) stay on one line.
                        sizer.Note(i + 1, text, row: columns[i].Printed ? row : null);
                        break;
                    case int whole:
                        Cells.Integer(cell, whole);
                        sizer.Note(i + 1, whole.ToString(CultureInfo.InvariantCulture));
                        break;
                    case double number:
                        var shown = formats.For(columns[i].Figure, number);
                        Cells.Number(cell, shown.Cell, shown.Format);
                        sizer.Note(i + 1, shown.Display);
                        break;
                }
            }

            var status = sheet.Cell(row, statusColumn);
            if (outcome.Fired)
            {
                var colour = info.Colours.For(outcome.Sentiment ?? Sentiment.Neutral);
                status.Style = status.Style with { Fill = colour.Fill, FontColour = colour.Text, Bold = true };
            }
            else if (outcome.Status == RuleStatus.NotEvaluated)
            {
                status.Style = status.Style with { Italic = true, FontColour = Grey };
            }

            row++;
        }

        var lastRow = Math.Max(1, row - 1);
        var table = new CellRange(1, 1, lastRow, columns.Count);
        sheet.Style(table, s => s with { Vertical = VerticalAlignment.Top });
        sheet.SetAutoFilter(table);
        sheet.Freeze(1, FrozenColumns);
        sizer.Apply(sheet, minimum: 4, maximum: 50);
        Cells.HeaderHeight(sheet, headings);

        WorksheetPrint.Setup(sheet, $"{ScorecardWorkbook.Title(evaluation)}: evidence", info);
        var printed = columns.Count(c => c.Printed);
        sheet.Page.PrintArea = new CellRange(1, 1, lastRow, printed);
    }

    /// <summary>The width at which a column's text wraps, or null for a column that never wraps.</summary>
    private static int? Wrap(EvidenceColumn column) => column.Heading switch
    {
        "Measure" => 20,
        "Test" => 15,
        "Status" => 10,
        "Reason" => 24,
        _ => null,
    };

    private static int Index(IReadOnlyList<EvidenceColumn> columns, string heading) =>
        columns.Select((c, i) => (c, i)).First(p => p.c.Heading == heading).i + 1;
}

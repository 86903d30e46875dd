using Scorecard.Core.Evaluation;
using Scorecard.Core.Spc;
using Scorecard.Rendering.Workbook.Xlsx;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// The <c>SPC points</c> sheet, in a workbook with "Making Data Count" measures: every point of each
/// measure's XmR chart, one row a month, with the lines it was judged against (its calculation
/// period's mean and process limits) and its variation, as real numbers and dates, so that an
/// analyst can redraw or check the chart. Limits are blank when the chart has too few points.
/// </summary>
internal static class SpcPointsSheet
{
    public const string Name = "SPC points";

    /// <summary>The sheet's headings, in order.</summary>
    public static readonly IReadOnlyList<string> Headings =
        ["Measure", "Month", "Value", "Mean", "Upper limit", "Lower limit", "Variation", "Period", "Period from"];

    /// <summary>True when the evaluation has a measure on an XmR chart (only then is the sheet written).</summary>
    public static bool Applies(ScorecardEvaluation evaluation) =>
        evaluation.Measures.Any(m => m.RuleSet.UsesXmrCharts && m.Spc is not null);

    public static void Write(Sheet sheet, ScorecardEvaluation evaluation, WorkbookInfo info)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(evaluation);
        var sizer = new ColumnSizer();
        sizer.WrapAt(1, 30);
        Cells.Header(sheet, Headings, sizer);

        var row = 2;
        foreach (var result in evaluation.Measures.Where(m => m.RuleSet.UsesXmrCharts && m.Spc is not null))
        {
            var chart = result.Spc!;
            var format = result.Measure.Format;
            var valueFormat = NumberFormats.Value(format);
            var fineFormat = NumberFormats.Value(format with { Decimals = format.Decimals + 1 });
            foreach (var point in chart.Points)
            {
                Cells.Text(sheet.Cell(row, 1), result.Measure.Name);
                sizer.Note(1, result.Measure.Name, row: row);
                Cells.Month(sheet.Cell(row, 2), point.Month);
                sizer.Note(2, "Sep-19");
                Cells.Number(sheet.Cell(row, 3), NumberFormats.CellValue(point.Value, format), valueFormat);
                Cells.Number(sheet.Cell(row, 4), NumberFormats.CellValue(point.Lines.Mean, format), fineFormat);
                Cells.Number(sheet.Cell(row, 5), point.Lines.UpperLimit is { } u ? NumberFormats.CellValue(u, format) : null, fineFormat);
                Cells.Number(sheet.Cell(row, 6), point.Lines.LowerLimit is { } l ? NumberFormats.CellValue(l, format) : null, fineFormat);
                foreach (var (column, value) in new[] { (3, point.Value), (4, point.Lines.Mean) })
                {
                    sizer.Note(column, NumberFormats.Display(value, format with { Decimals = format.Decimals + 1 }));
                }

                var variation = SpcNames.Of(point.Variation);
                Cells.Text(sheet.Cell(row, 7), variation);
                sizer.Note(7, variation);
                Cells.Integer(sheet.Cell(row, 8), point.Period + 1);
                var from = chart.Periods[point.Period].Months.First;
                Cells.Month(sheet.Cell(row, 9), from);
                row++;
            }
        }

        if (row > 2)
        {
            sheet.SetAutoFilter(new CellRange(1, 1, row - 1, Headings.Count));
        }

        sheet.Freeze(1, 0);
        sizer.Apply(sheet);
        WorksheetPrint.Setup(sheet, $"{ScorecardWorkbook.Title(evaluation)}: SPC points", info);
    }
}

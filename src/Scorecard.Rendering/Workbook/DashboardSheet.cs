using ClosedXML.Excel;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Periods;
using Scorecard.Rendering.Export;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// The <c>Dashboard</c> sheet: one row per measure with its quarter and 12-month figures as real
/// numbers, and one column per group of the key holding the fired flags, each as its symbol and
/// short label, filled in its sentiment's colour.
/// </summary>
internal static class DashboardSheet
{
    public const string Name = "Dashboard";

    public static void Write(IXLWorksheet sheet, ScorecardEvaluation evaluation, WorkbookInfo info)
    {
        var quarter = evaluation.Quarter;
        var month = evaluation.Month;
        var groups = Groups(evaluation);
        var hasMargins = evaluation.Measures.Any(m => Twelve(m.Figures, month).Margin is not null);
        var hasLags = evaluation.Measures.Any(m => m.Figures.Lags(month));

        var headings = new List<string>
        {
            "Priority",
            "Measure",
            $"{quarter.Previous.ShortLabel} {quarter.Previous.FinancialYear}",
            $"{quarter.ShortLabel} {quarter.FinancialYear}",
            $"12 months to {EnglishDates.ShortMonth(month.PlusMonths(-12))}",
            $"12 months to {EnglishDates.ShortMonth(month)}",
            "Change",
            "Change %",
        };
        if (hasMargins)
        {
            headings.Add("Margin");
        }

        if (hasLags)
        {
            headings.Add("Data to");
        }

        var firstGroupColumn = headings.Count + 1;
        headings.AddRange(groups.Select(DashboardKeyText.GroupTitle));

        // Long priority titles, measure names and flag words wrap, so that the sheet still prints
        // one page wide at a readable size.
        var sizer = new ColumnSizer();
        sizer.WrapAt(1, 18);
        sizer.WrapAt(2, 28);
        for (var g = 0; g < groups.Count; g++)
        {
            sizer.WrapAt(firstGroupColumn + g, 20);
        }

        Cells.Header(sheet, headings, sizer);

        var row = 2;
        foreach (var result in evaluation.Measures)
        {
            var format = result.Measure.Format;
            var figures = result.Figures;
            var twelve = Twelve(figures, month);
            var priority = info.PriorityLabel(result.PriorityNumber);
            Cells.Text(sheet.Cell(row, 1), priority);
            sizer.Note(1, priority, row: row);
            Cells.Text(sheet.Cell(row, 2), result.Measure.Name);
            sizer.Note(2, result.Measure.Name, row: row);

            var column = 3;
            foreach (var value in new[] { figures.PreviousQuarter, figures.Quarter, twelve.PreviousRolling12, twelve.Rolling12 })
            {
                if (value is { } v)
                {
                    Cells.Number(sheet.Cell(row, column), NumberFormats.CellValue(v, format), NumberFormats.Value(format));
                    sizer.Note(column, NumberFormats.Display(v, format));
                }

                column++;
            }

            Cells.Number(sheet.Cell(row, column), twelve.ChangeAbsolute, NumberFormats.Change(format));
            sizer.Note(column, twelve.ChangeAbsolute is { } change ? NumberFormats.DisplayChange(change, format) : null);
            column++;
            Cells.Number(sheet.Cell(row, column), twelve.ChangePercent, NumberFormats.ChangePercent);
            sizer.Note(column, twelve.ChangePercent is { } percent ? NumberFormats.DisplayChange(percent, Core.Measures.ValueFormat.Percent) : null);
            column++;
            if (hasMargins)
            {
                Cells.Number(sheet.Cell(row, column), twelve.Margin, NumberFormats.Margin(format));
                sizer.Note(column, twelve.Margin is { } margin ? "±" + NumberFormats.Display(margin, format) : null);
                column++;
            }

            if (hasLags)
            {
                var dataTo = figures.Lags(month) ? EnglishDates.Month(figures.Latest!.Month) : null;
                if (dataTo is not null)
                {
                    Cells.Text(sheet.Cell(row, column), dataTo);
                }

                sizer.Note(column, dataTo ?? "Data to");
            }

            for (var g = 0; g < groups.Count; g++)
            {
                var cell = sheet.Cell(row, firstGroupColumn + g);
                var text = WriteFlags(cell, info.Colours, result.Outcomes.Where(o => o.Rule.Group == groups[g]).ToList());
                sizer.Note(firstGroupColumn + g, text, row: row);
            }

            row++;
        }

        var lastRow = Math.Max(1, row - 1);
        var table = sheet.Range(1, 1, lastRow, headings.Count);
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        table.SetAutoFilter();
        sheet.SheetView.Freeze(1, 2);
        sizer.Apply(sheet);

        var title = ScorecardWorkbook.Title(evaluation);
        WorksheetPrint.Setup(sheet, title, info);
    }

    /// <summary>
    /// The 12-month figures a row shows: those at T, or, when the measure's data stop before T,
    /// those to its last month (and the "Data to" column names that month).
    /// </summary>
    private static LatestFigures Twelve(MeasureFigures f, NodaTime.YearMonth month) =>
        f.Lags(month)
            ? f.Latest!
            : new LatestFigures(month, f.Rolling12, f.PreviousRolling12, f.ChangeAbsolute, f.ChangePercent, f.Margin);

    /// <summary>The key's groups that have rules, in the key's order.</summary>
    internal static IReadOnlyList<RuleGroup> Groups(ScorecardEvaluation evaluation)
    {
        var rules = evaluation.Key.Count > 0
            ? evaluation.Key
            : evaluation.Measures.SelectMany(m => m.Outcomes.Select(o => o.Rule)).ToList();
        return rules.Select(r => r.Group).Distinct().Order().ToList();
    }

    /// <summary>
    /// Writes a group's fired flags into <paramref name="cell"/>, one per line, coloured by their
    /// sentiment; or says that the group's rules were not evaluated. Returns the text written.
    /// </summary>
    private static string? WriteFlags(IXLCell cell, SentimentPalette palette, List<RuleOutcome> outcomes)
    {
        var fired = outcomes.Where(o => o.Fired).ToList();
        if (fired.Count > 0)
        {
            var text = string.Join("\n", fired.Select(o => DashboardSymbols.Label(o.Rule)));
            Cells.Text(cell, text);
            var colour = palette.For(SentimentPalette.Strongest(fired.Select(o => o.Sentiment ?? Sentiment.Neutral)));
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml(colour.Fill);
            cell.Style.Font.FontColor = XLColor.FromHtml(colour.Text);
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = fired.Count > 1;
            return text;
        }

        var notEvaluated = outcomes.Count(o => o.Status == RuleStatus.NotEvaluated);
        if (notEvaluated == 0)
        {
            return null;
        }

        var words = notEvaluated == outcomes.Count ? "not evaluated" : $"{notEvaluated} of {outcomes.Count} not evaluated";
        Cells.Text(cell, words);
        cell.Style.Font.Italic = true;
        cell.Style.Font.FontColor = XLColor.FromHtml("#595959");
        return words;
    }
}

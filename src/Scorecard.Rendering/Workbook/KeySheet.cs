using ClosedXML.Excel;
using Scorecard.Core.Evaluation;
using Scorecard.Rendering.Export;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// The <c>Key</c> sheet: each symbol of the dashboard key with its rule id, the key's words, its
/// short label and group; below, the sentiment colours and what they mean.
/// </summary>
internal static class KeySheet
{
    public const string Name = "Key";

    public static void Write(IXLWorksheet sheet, ScorecardEvaluation evaluation, WorkbookInfo info)
    {
        var sizer = new ColumnSizer();
        string[] headings = ["Symbol", "Rule id", "Key text", "Short label", "Group", "Direction"];
        Cells.Header(sheet, headings, sizer);

        var row = 2;
        foreach (var rule in evaluation.Key)
        {
            string[] values =
            [
                DashboardSymbols.For(rule.Id),
                rule.Id,
                rule.KeyText,
                rule.ShortLabel,
                DashboardKeyText.GroupTitle(rule.Group),
                rule.Direction switch
                {
                    RuleDirection.High => "high",
                    RuleDirection.Low => "low",
                    _ => "none",
                },
            ];
            for (var i = 0; i < values.Length; i++)
            {
                Cells.Text(sheet.Cell(row, i + 1), values[i]);
                sizer.Note(i + 1, values[i]);
            }

            sheet.Cell(row, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, 1).Style.Font.Bold = true;
            row++;
        }

        row++;
        string[] colourHeadings = ["Colour", "Sentiment", "Meaning"];
        for (var i = 0; i < colourHeadings.Length; i++)
        {
            Cells.Text(sheet.Cell(row, i + 1), colourHeadings[i]);
        }

        sheet.Range(row, 1, row, colourHeadings.Length).Style.Font.Bold = true;
        row++;
        foreach (var colour in info.Colours.All)
        {
            var swatch = sheet.Cell(row, 1);
            Cells.Text(swatch, colour.Base);
            swatch.Style.Fill.BackgroundColor = XLColor.FromHtml(colour.Fill);
            swatch.Style.Font.FontColor = XLColor.FromHtml(colour.Text);
            swatch.Style.Font.Bold = true;
            Cells.Text(sheet.Cell(row, 2), DashboardKeyText.Sentiment(colour.Sentiment));
            Cells.Text(sheet.Cell(row, 3), colour.Meaning);
            sizer.Note(2, DashboardKeyText.Sentiment(colour.Sentiment));
            row++;
        }

        const string notEvaluated =
            "A rule that could not be tested (too few months, a tested month missing) is \"not evaluated\", never \"not fired\"; the Evidence sheet says why.";
        Cells.Text(sheet.Cell(row + 1, 1), notEvaluated);

        sheet.SheetView.FreezeRows(1);
        sizer.Apply(sheet, maximum: 110);
        WorksheetPrint.Setup(sheet, $"{ScorecardWorkbook.Title(evaluation)}: key", info);
    }
}

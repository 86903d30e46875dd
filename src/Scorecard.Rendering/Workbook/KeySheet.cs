using Scorecard.Core.Evaluation;
using Scorecard.Rendering.Export;
using Scorecard.Rendering.Model;
using Scorecard.Rendering.Workbook.Xlsx;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// The <c>Key</c> sheet: each symbol of the dashboard key with its short label, the report's plain
/// sentence for a reader who is not a statistician beside the key's own words, the Dashboard
/// column it shows in, its direction and its rule id; below, the sentiment colours and what they
/// mean, and what "not run", "not evaluated" and "not applicable" mean.
/// </summary>
internal static class KeySheet
{
    public const string Name = "Key";

    /// <summary>The notes under the colours, one a row.</summary>
    public static IReadOnlyList<string> Notes { get; } =
    [
        "A test that could not be run (too few months, a tested month missing) can neither show its symbol nor rule it out. "
            + "The Dashboard says \"not run\" in the column of its symbols and names the tests and why in its notes; "
            + "the Evidence sheet calls it \"not evaluated\", with the reason, never \"not fired\".",
        "A test that can never run for a measure is \"not applicable\": the peer tests of a measure without a peer comparison "
            + "(the Dashboard says \"no peer comparison\" once) and a level measure's rolling trend "
            + "(its monthly figure is already its 12-month figure, so the discrete trend tests the same numbers).",
    ];

    public static void Write(Sheet sheet, ScorecardEvaluation evaluation, WorkbookInfo info)
    {
        var sizer = new ColumnSizer();
        sizer.WrapAt(3, 52);
        sizer.WrapAt(4, 44);
        string[] headings = ["Symbol", "Short label", "Meaning", "Key text", "Dashboard column", "Direction", "Rule id", "Rule set"];
        Cells.Header(sheet, headings, sizer);

        // The plain sentences name the office's own parameters ("the previous two years"), as the report's key does;
        // a report that mixes rule sets lists each set's symbols in turn.
        var row = 2;
        foreach (var (set, rule, parameters) in evaluation.RuleSets.SelectMany(set => set.Key.Select(rule => (set, rule, KeyMeanings.CommonParameters(evaluation, set)))))
        {
            string[] values =
            [
                DashboardSymbols.For(rule.Id),
                rule.ShortLabel,
                set.Meaning(rule, parameters),
                set.KeyText(rule, parameters),
                DashboardKeyText.GroupTitle(DashboardKeyText.Column(rule)),
                rule.Direction switch
                {
                    RuleDirection.High => "high",
                    RuleDirection.Low => "low",
                    _ => "none",
                },
                rule.Id,
                set.Name,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                Cells.Text(sheet.Cell(row, i + 1), values[i]);
                sizer.Note(i + 1, values[i], row: row);
            }

            var symbol = sheet.Cell(row, 1);
            symbol.Style = symbol.Style with { Horizontal = HorizontalAlignment.Center, Bold = true };
            row++;
        }

        if (row > 2)
        {
            sheet.Style(new CellRange(2, 1, row - 1, headings.Length), s => s with { Vertical = VerticalAlignment.Top });
        }

        row++;
        string[] colourHeadings = ["Colour", "Sentiment", "Meaning"];
        for (var i = 0; i < colourHeadings.Length; i++)
        {
            Cells.Text(sheet.Cell(row, i + 1), colourHeadings[i]);
        }

        sheet.Style(new CellRange(row, 1, row, colourHeadings.Length), s => s with { Bold = true });
        row++;
        foreach (var colour in info.Colours.All)
        {
            var swatch = sheet.Cell(row, 1);
            Cells.Text(swatch, colour.Base);
            swatch.Style = swatch.Style with { Fill = colour.Fill, FontColour = colour.Text, Bold = true };

            // The word the Dashboard prints after each symbol ("needs attention"), so that the meaning survives greyscale print.
            var word = Symbols.SentimentLabel(colour.Sentiment).ToLowerInvariant();
            Cells.Text(sheet.Cell(row, 2), word);
            Cells.Text(sheet.Cell(row, 3), colour.Meaning);
            sizer.Note(2, word);
            sizer.Note(3, colour.Meaning, row: row);
            row++;
        }

        row++;
        foreach (var note in Notes)
        {
            // A note spans the table's width and wraps within it.
            var range = new CellRange(row, 1, row, headings.Length);
            sheet.Merge(range);
            Cells.Text(sheet.Cell(row, 1), note);
            sheet.Style(range, s => s with { WrapText = true, Vertical = VerticalAlignment.Top });
            sheet.RowHeight(row, 15 * 3);
            row++;
        }

        sheet.Freeze(1, 0);
        sizer.Apply(sheet, maximum: 110);
        WorksheetPrint.Setup(sheet, $"{ScorecardWorkbook.Title(evaluation)}: key", info);
    }
}

using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Rendering.Export;
using Scorecard.Rendering.Model;
using Scorecard.Rendering.Workbook.Xlsx;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// The <c>Dashboard</c> sheet: one row per measure with its quarter and 12-month figures as real
/// numbers, one column per column of the dashboard key holding the fired flags, each as its
/// symbol, short label and sentiment word ("↗ Trend up (concern)"), filled in its sentiment's
/// colour, and a last column of notes: the tests that could not run and why, the office's known
/// data issues, and missing commentary. Nothing is left blank that could be read as "nothing to
/// report": a column whose tests did not run says so, and a measure without a peer comparison says
/// that once.
/// </summary>
internal static class DashboardSheet
{
    public const string Name = "Dashboard";

    /// <summary>The heading of the last column.</summary>
    public const string NotesHeading = "Notes";

    /// <summary>In the peers column of a measure that has no peer comparison configured.</summary>
    public const string NoPeerComparison = "no peer comparison";

    /// <summary>The heading of the variation icon column (reports with "Making Data Count" measures).</summary>
    public const string VariationHeading = "SPC variation";

    /// <summary>The heading of the assurance icon column.</summary>
    public const string AssuranceHeading = "SPC assurance";

    /// <summary>In the icon columns of a measure read by the dashboard key, which has no XmR chart.</summary>
    public const string NotSpc = "– (dashboard key: no SPC chart)";

    private const string Grey = "#595959";

    /// <summary>A measure's two summary icons in words: "Special cause variation of improving nature (low values)", "Target hit or miss".</summary>
    internal static (string Variation, string Assurance) SpcIconWords(MeasureResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.RuleSet.UsesXmrCharts)
        {
            return (NotSpc, NotSpc);
        }

        var chart = result.Spc;
        var variation = chart?.VariationIcon ?? Core.Spc.VariationIcon.None;
        var assurance = chart?.AssuranceIcon ?? Core.Spc.AssuranceIcon.None;
        return (SpcIcons.Name(variation), SpcIcons.Name(assurance));
    }

    public static void Write(Sheet sheet, ScorecardEvaluation evaluation, WorkbookInfo info)
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

        // A report with "Making Data Count" measures: their chart's two summary icons, in words.
        var hasSpc = evaluation.Measures.Any(m => m.RuleSet.UsesXmrCharts);
        var spcColumn = headings.Count + 1;
        if (hasSpc)
        {
            headings.Add(VariationHeading);
            headings.Add(AssuranceHeading);
        }

        var notesColumn = headings.Count + 1;
        headings.Add(NotesHeading);

        // Long priority titles, measure names, flag words and notes wrap, so that the sheet still
        // prints one page wide at a readable size.
        var sizer = new ColumnSizer();
        sizer.WrapAt(1, 16);
        sizer.WrapAt(2, 24);
        for (var g = 0; g < groups.Count; g++)
        {
            sizer.WrapAt(firstGroupColumn + g, 19);
        }

        if (hasSpc)
        {
            sizer.WrapAt(spcColumn, 24);
            sizer.WrapAt(spcColumn + 1, 16);
        }

        sizer.WrapAt(notesColumn, 30);
        Cells.WrappingHeader(sheet, headings, sizer);

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

            // A change too small for the measure's decimals gets those that show it: "+0.2 s", not "+0 s".
            var changeFormat = twelve.ChangeAbsolute is { } small ? format with { Decimals = NumberFormats.DecimalsToShow(small, format.Decimals) } : format;
            Cells.Number(sheet.Cell(row, column), twelve.ChangeAbsolute, NumberFormats.Change(changeFormat));
            sizer.Note(column, twelve.ChangeAbsolute is { } change ? NumberFormats.DisplayChange(change, changeFormat) : null);
            column++;

            // A percentage's change is in percentage points (the Change column); a percentage of a
            // percentage would mislead, so, as in the report, it is not given.
            var changePercent = format.Style == ValueStyle.Percent ? null : twelve.ChangePercent;
            Cells.Number(sheet.Cell(row, column), changePercent, NumberFormats.ChangePercent);
            sizer.Note(column, changePercent is { } percent ? NumberFormats.DisplayChange(percent, ValueFormat.Percent) : null);
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
                var outcomes = result.Outcomes.Where(o => DashboardKeyText.Column(o.Rule) == groups[g]).ToList();
                var text = WriteFlags(cell, info.Colours, result, groups[g], outcomes);
                sizer.Note(firstGroupColumn + g, text, row: row);
            }

            if (hasSpc)
            {
                var (variation, assurance) = SpcIconWords(result);
                Cells.Text(sheet.Cell(row, spcColumn), variation);
                Cells.Text(sheet.Cell(row, spcColumn + 1), assurance);
                sizer.Note(spcColumn, variation, row: row);
                sizer.Note(spcColumn + 1, assurance, row: row);
                if (!result.RuleSet.UsesXmrCharts)
                {
                    sheet.Style(new CellRange(row, spcColumn, row, spcColumn + 1), s => s with { FontColour = Grey });
                }
            }

            var notes = WriteNotes(sheet.Cell(row, notesColumn), result, month, info);
            sizer.Note(notesColumn, notes, row: row);
            row++;
        }

        var lastRow = Math.Max(1, row - 1);
        var table = new CellRange(1, 1, lastRow, headings.Count);
        sheet.Style(table, s => s with { Vertical = VerticalAlignment.Top });
        sheet.SetAutoFilter(table);
        sheet.Freeze(1, 2);
        sizer.Apply(sheet);
        Cells.HeaderHeight(sheet, headings);

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

    /// <summary>The dashboard's columns of symbols (<see cref="DashboardKeyText.Column"/>) that have rules, in the key's order.</summary>
    internal static IReadOnlyList<RuleGroup> Groups(ScorecardEvaluation evaluation)
    {
        var rules = evaluation.Key.Count > 0
            ? evaluation.Key
            : evaluation.Measures.SelectMany(m => m.Outcomes.Select(o => o.Rule)).ToList();
        return rules.Select(DashboardKeyText.Column).Distinct().Order().ToList();
    }

    /// <summary>"↗ Trend up (concern)": the flag's symbol, short label and sentiment word, so that greyscale print tells a concern from an improvement.</summary>
    internal static string FlagText(RuleOutcome outcome) =>
        $"{DashboardSymbols.Label(outcome.Rule)} ({Symbols.SentimentLabel(outcome.Sentiment ?? Sentiment.Neutral).ToLowerInvariant()})";

    /// <summary>
    /// Writes a column's fired flags into <paramref name="cell"/>, one per line, coloured by their
    /// sentiment; or says that its tests did not run ("not run", "2 of 5 not run"), or, in the peers
    /// column of a measure without a peer comparison, "no peer comparison". A test that can never run
    /// for the measure is not counted as not run. Returns the text written.
    /// </summary>
    private static string? WriteFlags(SheetCell cell, SentimentPalette palette, MeasureResult result, RuleGroup column, List<RuleOutcome> outcomes)
    {
        var fired = outcomes.Where(o => o.Fired).ToList();
        if (fired.Count > 0)
        {
            var text = string.Join("\n", fired.Select(FlagText));
            Cells.Text(cell, text);
            var colour = palette.For(SentimentPalette.Strongest(fired.Select(o => o.Sentiment ?? Sentiment.Neutral)));
            cell.Style = cell.Style with { Fill = colour.Fill, FontColour = colour.Text, Bold = true, WrapText = true };
            return text;
        }

        var applicable = outcomes.Where(o => !MeasureNotices.IsNotApplicable(o)).ToList();
        string? words;
        if (applicable.Count == 0)
        {
            words = column == RuleGroup.Peers && outcomes.Count > 0 ? NoPeerComparison : null;
        }
        else
        {
            var notRun = applicable.Count(o => o.Status == RuleStatus.NotEvaluated);
            words = notRun == 0 ? null : notRun == applicable.Count ? "not run" : $"{notRun} of {applicable.Count} not run";
        }

        if (words is null)
        {
            return null;
        }

        Cells.Text(cell, words);
        cell.Style = cell.Style with { Italic = true, FontColour = Grey };
        return words;
    }

    /// <summary>
    /// The measure's notes, one a line: the tests that could not run and why (the report's words),
    /// its known data issues (detailed on the Data issues sheet), and, in bold, the report's notice
    /// when it fired an exception that the office's commentary does not explain. Returns the text.
    /// </summary>
    private static string? WriteNotes(SheetCell cell, MeasureResult result, NodaTime.YearMonth month, WorkbookInfo info)
    {
        var lines = new List<(string Text, bool Bold)>();
        if (MeasureNotices.NotRun(result, month) is { } notRun)
        {
            lines.Add((Sentence(notRun), false));
        }

        foreach (var issue in result.Measure.DataIssues.Select(i => MeasureNotices.Issue(i, result.Measure.Name)))
        {
            lines.Add(($"{issue.KindLabel}, {issue.Months}: see {DataIssuesSheet.Name}.", false));
        }

        if (MeasureNotices.HasExceptions(result) && info.LacksCommentary(result.Measure.Id))
        {
            lines.Add((MeasureNotices.MissingCommentary, true));
        }

        if (lines.Count == 0)
        {
            return null;
        }

        Cells.Lines(cell, lines);
        cell.Style = cell.Style with { WrapText = true };
        return string.Join("\n", lines.Select(l => l.Text));
    }

    /// <summary>"3 tests not run: September 2019 missing." with a capital and a full stop.</summary>
    private static string Sentence(string text) => char.ToUpperInvariant(text[0]) + text[1..].TrimEnd('.') + ".";
}

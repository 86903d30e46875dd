using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Periods;
using Scorecard.Core.Series;
using Scorecard.Rendering.Workbook.Xlsx;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// The <c>Data</c> sheet: the evaluated measures' monthly series in the wide layout that
/// Scorecard reads, so the workbook can be fed back in. Row 1 is <c>Measure</c> and one column per
/// month (real dates, the first of the month, shown <c>mmm-yy</c>), running without a break from
/// the earliest month to the latest; then one row per part of each series that has one:
/// <c>id</c> (values), <c>id.numerator</c>, <c>id.denominator</c>, <c>id.volume</c>,
/// <c>id.margin</c>. A missing month is a blank cell. Values are as recorded (seconds for
/// durations), not formatted.
/// </summary>
internal static class DataSheet
{
    public const string Name = "Data";

    private static readonly (string? Suffix, Func<MonthlyObservation, double?> Get)[] Parts =
    [
        (null, o => o.Value),
        ("numerator", o => o.Numerator),
        ("denominator", o => o.Denominator),
        ("volume", o => o.Volume),
        ("margin", o => o.Margin),
    ];

    public static void Write(Sheet sheet, ScorecardEvaluation evaluation, MeasureData data, WorkbookInfo info)
    {
        var series = evaluation.Measures
            .Select(m => data.Find(m.Measure.Id))
            .OfType<MonthlySeries>()
            .Distinct()
            .ToList();
        var months = AllMonths(series);

        var sizer = new ColumnSizer();
        Cells.Text(sheet.Cell(1, 1), "Measure");
        sizer.Note(1, "Measure");
        for (var i = 0; i < months.Count; i++)
        {
            Cells.Month(sheet.Cell(1, i + 2), months[i]);
        }

        var row = 2;
        foreach (var s in series)
        {
            foreach (var (suffix, get) in Parts)
            {
                if (!s.Observations.Any(o => get(o) is not null))
                {
                    continue;
                }

                var key = suffix is null ? s.MeasureId : $"{s.MeasureId}.{suffix}";
                Cells.Text(sheet.Cell(row, 1), key);
                sizer.Note(1, key);
                for (var i = 0; i < months.Count; i++)
                {
                    if (s[months[i]] is { } observation && get(observation) is { } value)
                    {
                        Cells.Number(sheet.Cell(row, i + 2), value, "General");
                    }
                }

                row++;
            }
        }

        sheet.StyleRow(1, s => s with { Bold = true });
        sheet.Freeze(1, 1);
        sizer.Apply(sheet);
        for (var i = 0; i < months.Count; i++)
        {
            sheet.ColumnWidth(i + 2, 10);
        }

        WorksheetPrint.Setup(sheet, $"{ScorecardWorkbook.Title(evaluation)}: data", info, onePageWide: false);
        sheet.Page.ColumnsToRepeat = (1, 1);
    }

    private static List<YearMonth> AllMonths(IEnumerable<MonthlySeries> series)
    {
        var present = series.SelectMany(s => s.Observations).Select(o => o.Month).ToList();
        return present.Count == 0 ? [] : new MonthWindow(present.Min(), present.Max()).Months().ToList();
    }
}

using CsvHelper;
using Scorecard.Core.Evaluation;

namespace Scorecard.Rendering.Export;

/// <summary>
/// The scorecard's evidence as CSV, for <c>scorecard evaluate --format csv</c>: a header row,
/// then one row per measure and rule (measures in report order, rules in the key's order),
/// the same rows as the workbook's <c>Evidence</c> sheet.
/// </summary>
/// <remarks>
/// <para>Columns: <c>priority, measure_id, measure, rule_id, key_text, group, status, sentiment,
/// reason, window, n, mean, sd, k, threshold, lower_threshold, upper_threshold, value, slope,
/// intercept, standard_error, t, df, p, alpha, comparison_month, peer_count,
/// force_change_percent, group_change_percent, tested, variation_icon, assurance_icon</c>. <c>status</c> is
/// <c>fired</c>, <c>not fired</c>, <c>not evaluated</c> (the data did not allow the test; the
/// reason says why) or <c>not applicable</c> (a test that can never run for the measure: the peer
/// tests of a measure without a peer comparison, a level measure's rolling trend);
/// <c>sentiment</c> is set for fired rules only. <c>group</c> is the dashboard column the symbol
/// shows in. Statistics are in the measure's own units (seconds for durations, percentage
/// points for percentages). <c>variation_icon</c> and <c>assurance_icon</c> are a "Making Data
/// Count" measure's XmR chart icons (evaluation.json's names: <c>improvement-low</c>,
/// <c>hit-or-miss</c>, <c>none</c>), on each of its rows, and empty for a measure of the dashboard
/// key. See src/Scorecard.Rendering/Workbook/README.md.</para>
/// <para>Numbers are written in the invariant culture in their shortest round-trip form, so
/// parsing a field gives back the same <see cref="double"/>; a null is an empty field. Months
/// are <c>yyyy-MM</c>. Lines end in <c>\n</c>. Text that a spreadsheet would run as a formula
/// (starting <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) is prefixed with a single quote.</para>
/// </remarks>
public static class ScorecardCsv
{
    /// <summary>The CSV column names, in order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = EvidenceTable.CsvColumns.Select(c => c.CsvName!).ToList();

    public static void Write(ScorecardEvaluation evaluation, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(writer);

        var options = new CsvWriterOptions
        {
            NewLine = "\n",
            Injection = CsvInjection.Escape,
        };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        foreach (var name in ColumnNames)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        foreach (var (measure, outcome) in EvidenceTable.Rows(evaluation))
        {
            foreach (var column in EvidenceTable.CsvColumns)
            {
                switch (column.Value(measure, outcome))
                {
                    case null:
                        csv.WriteField(string.Empty);
                        break;
                    case double number:
                        csv.WriteField(number, default);
                        break;
                    case int whole:
                        csv.WriteField(whole, default);
                        break;
                    case string text:
                        csv.WriteField(text);
                        break;
                    case var other:
                        throw new InvalidOperationException($"Column {column.CsvName} gave a {other.GetType().Name}.");
                }
            }

            csv.EndRecord();
        }

        csv.Flush();
    }
}

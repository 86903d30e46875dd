using NodaTime;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Peers;

namespace Scorecard.Excel;

/// <summary>
/// Loads peer data: a CSV file, or the sheet <c>Peers</c> of a workbook (else its first visible
/// sheet), with the columns <c>measure</c>, <c>force</c>, <c>month</c> (the last month of the
/// 12 months the value covers), <c>value</c> and optionally <c>population</c>, in any order,
/// names ignoring case. Problems are reported with codes SC04nn and their locations.
/// </summary>
public static class PeerLoader
{
    private static readonly string[] Columns = ["measure", "force", "month", "value", "population"];
    private static readonly string[] Required = ["measure", "force", "month", "value"];

    /// <param name="limits">The size limits, or null for <see cref="LoadLimits.Default"/>.</param>
    public static Result<PeerData> Load(string path, LoadLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var problems = new ProblemList(DataArea.Peers, path);
        var table = TableSource.Read(path, new SheetChoice("Peers"), limits ?? LoadLimits.Default, problems);
        var data = table is null ? null : Read(table, problems);
        return new Result<PeerData>(problems.HasErrors ? null : data, problems.ToList());
    }

    private static PeerData? Read(SourceTable table, ProblemList problems)
    {
        // The header: the first row (of the first few; title rows may come first) that names at
        // least two of the columns, else the first row with content, for its columns to be reported.
        var headerIndex = -1;
        for (var i = 0; i < Math.Min(table.Rows.Count, LoadMessages.HeaderSearchRows) && headerIndex < 0; i++)
        {
            var known = table.Rows[i].Cells.Count(c => c.Kind == CellKind.Text && Columns.Contains(CellText.Trim(c.Text), StringComparer.OrdinalIgnoreCase));
            headerIndex = known >= 2 ? i : -1;
        }

        for (var i = 0; i < table.Rows.Count && headerIndex < 0; i++)
        {
            headerIndex = table.Rows[i].IsBlank ? -1 : i;
        }

        if (headerIndex < 0)
        {
            problems.Add(LoadMessages.EmptySheet(DataArea.Peers, table.Whole, table.IsCsv));
            return null;
        }

        var header = table.Rows[headerIndex];
        var columnOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var column = 0; column < header.Cells.Count; column++)
        {
            var name = CellText.Trim(header[column].Text);
            if (name.Length == 0)
            {
                continue;
            }

            if (!Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(LoadMessages.IgnoredColumn(DataArea.Peers, table.Locate(header, column), name, Columns));
            }
            else if (columnOf.TryGetValue(name, out var first))
            {
                problems.Add(LoadMessages.RepeatedColumn(DataArea.Peers, table.Locate(header, column), name.ToLowerInvariant(), Where(table, header, first)));
            }
            else
            {
                columnOf[name] = column;
            }
        }

        var names = header.Cells.Select(c => c.Text).Where(t => CellText.Trim(t).Length > 0).ToList();
        var missing = Required.Where(c => !columnOf.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            problems.Add(LoadMessages.MissingColumn(DataArea.Peers, table.Locate(header, 0), column, names));
        }

        if (missing.Count > 0)
        {
            return null;
        }

        var observations = new List<PeerObservation>();
        var firstRowOf = new Dictionary<(string, string, YearMonth), SourceRow>();
        var hasRows = false;
        for (var i = headerIndex + 1; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            hasRows = true;
            var measureAt = table.Locate(row, columnOf["measure"]);
            var measure = CellText.Trim(row[columnOf["measure"]].Text);
            var ok = true;
            if (row[columnOf["measure"]].Kind == CellKind.Error)
            {
                problems.Add(LoadMessages.ErrorInsteadOfName(DataArea.Peers, measureAt, "measure id", row[columnOf["measure"]]));
                ok = false;
            }
            else if (measure.Length == 0)
            {
                problems.Add(LoadMessages.MissingMeasureId(DataArea.Peers, measureAt));
                ok = false;
            }
            else if (!MeasureIds.IsValid(measure))
            {
                problems.Add(LoadMessages.BadId(DataArea.Peers, measureAt, measure));
                ok = false;
            }

            var force = CellText.Trim(row[columnOf["force"]].Text);
            if (row[columnOf["force"]].Kind == CellKind.Error)
            {
                problems.Add(LoadMessages.ErrorInsteadOfName(DataArea.Peers, table.Locate(row, columnOf["force"]), "force", row[columnOf["force"]]));
                ok = false;
            }
            else if (force.Length == 0)
            {
                problems.Add(LoadMessages.MissingForce(table.Locate(row, columnOf["force"])));
                ok = false;
            }

            var monthCell = row[columnOf["month"]];
            if (!SeriesTableReader.TryReadMonth(monthCell, out var month))
            {
                problems.Add(LoadMessages.NotMonth(DataArea.Peers, table.Locate(row, columnOf["month"]), monthCell, isHeader: false));
                ok = false;
            }

            var what = ok ? $"{measure} for {force}, 12 months to {Core.Periods.EnglishDates.Month(month)}" : "a peer figure";
            var valueAt = table.Locate(row, columnOf["value"]);
            var value = SeriesTableReader.ReadNumber(row[columnOf["value"]], valueAt, what, problems);
            double? population = null;
            if (columnOf.TryGetValue("population", out var populationColumn))
            {
                population = SeriesTableReader.ReadNumber(row[populationColumn], table.Locate(row, populationColumn), "the population of " + (force.Length == 0 ? "a force" : force), problems);
            }

            if (!ok)
            {
                continue;
            }

            var key = (measure, force.ToUpperInvariant(), month);
            if (firstRowOf.TryGetValue(key, out var earlier))
            {
                problems.Add(LoadMessages.RepeatedPeer(measureAt, measure, force, month, Where(table, earlier, columnOf["measure"])));
                continue;
            }

            firstRowOf[key] = row;
            if (value is null)
            {
                if (row[columnOf["value"]].IsBlank)
                {
                    problems.Add(LoadMessages.MissingPeerValue(valueAt, measure, force, month));
                }

                continue;
            }

            observations.Add(new PeerObservation(measure, force, month, value.Value, population));
        }

        if (!hasRows)
        {
            problems.Add(LoadMessages.NoRows(DataArea.Peers, table.Locate(header, 0)));
            return null;
        }

        return new PeerData(observations);
    }

    private static string Where(SourceTable table, SourceRow row, int column) =>
        table.Locate(row, column).Cell ?? $"line {row.Number}";
}

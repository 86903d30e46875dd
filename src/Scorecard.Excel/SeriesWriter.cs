using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CsvHelper;
using NodaTime;
using Scorecard.Core.Periods;
using Scorecard.Core.Series;

namespace Scorecard.Excel;

/// <summary>
/// Writes monthly series in the layouts <c>SeriesLoader</c> reads, so that what is written
/// loads back identically. Files are written atomically: a reader sees the old file or the new one.
/// </summary>
public static partial class SeriesWriter
{
    /// <summary>The header of the long layout, in the order written.</summary>
    internal static readonly string[] LongColumns = ["measure", "month", "value", "numerator", "denominator", "volume", "margin"];

    /// <summary>
    /// Writes the wide layout to an .xlsx workbook: a sheet whose first row is <c>Measure</c> and
    /// one column per month (real dates, the first of the month, shown as <c>mmm-yy</c>), then one
    /// row per series part: <c>id</c> for values, <c>id.numerator</c>, <c>id.denominator</c>,
    /// <c>id.volume</c>, <c>id.margin</c> where the series has them. Months run without a break
    /// from the earliest to the latest month in the data; a missing month is a blank cell.
    /// The header is bold and frozen.
    /// </summary>
    public static void WriteWide(MeasureData data, string path, string sheet = "Monthly")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(sheet);

        using var workbook = new XLWorkbook();
        var worksheet = workbook.Worksheets.Add(sheet);
        worksheet.Cell(1, 1).Value = "Measure";
        var months = AllMonths(data);
        for (var i = 0; i < months.Count; i++)
        {
            var cell = worksheet.Cell(1, i + 2);
            var month = months[i];
            cell.Value = new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
            cell.Style.NumberFormat.Format = "mmm-yy";
        }

        // ClosedXML writes numbers to 15 significant digits, as Excel shows them; the few that
        // need more to read back identically are put back into the saved sheet afterwards.
        var beyondFifteenDigits = new Dictionary<string, string>(StringComparer.Ordinal);
        var row = 2;
        foreach (var series in data.Series)
        {
            foreach (var part in SeriesParts.All)
            {
                if (!series.Observations.Any(o => part.Get(o) is not null))
                {
                    continue;
                }

                worksheet.Cell(row, 1).Value = part.Suffix is null ? series.MeasureId : $"{series.MeasureId}.{part.Suffix}";
                for (var i = 0; i < months.Count; i++)
                {
                    if (series[months[i]] is { } observation && part.Get(observation) is { } value)
                    {
                        var cell = worksheet.Cell(row, i + 2);
                        cell.Value = value;
                        var exact = value.ToString("R", CultureInfo.InvariantCulture);
                        if (exact != value.ToString("G15", CultureInfo.InvariantCulture))
                        {
                            beyondFifteenDigits[cell.Address.ToString()!] = exact;
                        }
                    }
                }

                row++;
            }
        }

        var header = worksheet.Row(1);
        header.Style.Font.Bold = true;
        worksheet.SheetView.FreezeRows(1);
        worksheet.Column(1).Width = Math.Clamp(data.Series.Select(s => s.MeasureId.Length + 12).DefaultIfEmpty(10).Max(), 10, 60);

        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        if (beyondFifteenDigits.Count > 0)
        {
            RestoreFullPrecision(saved, beyondFifteenDigits);
        }

        AtomicFile.Write(path, stream => stream.Write(saved.GetBuffer(), 0, checked((int)saved.Length)));
    }

    /// <summary>Rewrites the value of each listed cell of the workbook's only sheet with its round-trip text.</summary>
    private static void RestoreFullPrecision(MemoryStream workbook, Dictionary<string, string> values)
    {
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Update, leaveOpen: true);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml")
            ?? throw new InvalidOperationException("ClosedXML wrote no xl/worksheets/sheet1.xml.");
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        xml = CellValue().Replace(xml, m =>
            values.TryGetValue(m.Groups["ref"].Value, out var exact) ? m.Groups["open"].Value + exact + m.Groups["close"].Value : m.Value);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new System.Text.UTF8Encoding(false));
        writer.Write(xml);
    }

    [GeneratedRegex(@"(?<open><(?:\w+:)?c r=""(?<ref>[A-Z]+[0-9]+)""[^>]*>\s*<(?:\w+:)?v>)[^<]*(?<close></(?:\w+:)?v>)", RegexOptions.CultureInvariant)]
    private static partial Regex CellValue();

    /// <summary>
    /// Writes the long layout to a CSV file: <c>measure,month,value,numerator,denominator,volume,margin</c>,
    /// one line per measure and month present, months as <c>yyyy-MM</c>, numbers in the invariant
    /// culture in their shortest round-trip form, a missing part as an empty field, UTF-8 without
    /// a byte order mark, <c>\n</c> line endings.
    /// </summary>
    public static void WriteLong(MeasureData data, string path)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        AtomicFile.Write(path, stream =>
        {
            using var csv = CsvWriter.Create(stream, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
            foreach (var column in LongColumns)
            {
                csv.WriteField(column);
            }

            csv.EndRecord();
            foreach (var series in data.Series)
            {
                foreach (var observation in series.Observations)
                {
                    csv.WriteField(series.MeasureId);
                    csv.WriteField(EnglishDates.Iso(observation.Month));
                    foreach (var part in SeriesParts.All)
                    {
                        csv.WriteField(Format(part.Get(observation)));
                    }

                    csv.EndRecord();
                }
            }

            csv.Flush();
        });
    }

    private static string Format(double? value) =>
        value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static List<YearMonth> AllMonths(MeasureData data)
    {
        var present = data.Series.SelectMany(s => s.Observations).Select(o => o.Month).ToList();
        if (present.Count == 0)
        {
            return [];
        }

        return new MonthWindow(present.Min(), present.Max()).Months().ToList();
    }
}

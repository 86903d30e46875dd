using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Scorecard.Core.Peers;

namespace Scorecard.ExampleGenerator;

/// <summary>Writes the example's files: invariant culture, LF line endings, no clock.</summary>
internal static partial class Writers
{
    private const string FixedCorePropertiesPart = "package/services/metadata/core-properties/core.psmdcp";

    [GeneratedRegex("package/services/metadata/core-properties/[0-9a-f]{32}\\.psmdcp")]
    private static partial Regex CorePropertiesPart();

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomRelationshipId();

    /// <summary>Every date stamped into the workbook (document properties and zip entries).</summary>
    private static readonly DateTime FixedStamp = new(2019, 12, 19, 0, 0, 0, DateTimeKind.Utc);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The wide layout: sheet Monthly, row 1 "Measure" then one column per month, one row per key.</summary>
    public static void Workbook(IReadOnlyList<GeneratedSeries> series, string path)
    {
        using var buffer = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            workbook.Properties.Author = "Scorecard example generator";
            workbook.Properties.Title = "Wiltshire monthly series (illustrative, calibrated to the OPCC Q2 2019-20 report)";
            workbook.Properties.Created = FixedStamp;
            workbook.Properties.Modified = FixedStamp;
            workbook.Properties.LastModifiedBy = "Scorecard example generator";
            var sheet = workbook.Worksheets.Add("Monthly");
            sheet.Cell(1, 1).Value = "Measure";
            for (var i = 0; i < Months.Count; i++)
            {
                var month = Months.At(i);
                var cell = sheet.Cell(1, i + 2);
                cell.Value = new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
                cell.Style.NumberFormat.Format = "mmm-yy";
            }

            var row = 2;
            foreach (var (key, values) in Rows(series))
            {
                sheet.Cell(row, 1).Value = key;
                for (var i = 0; i < Months.Count; i++)
                {
                    if (values[i] is { } v)
                    {
                        sheet.Cell(row, i + 2).Value = v;
                    }
                }

                row++;
            }

            sheet.Column(1).Width = 34;
            sheet.SheetView.FreezeColumns(1);
            sheet.SheetView.FreezeRows(1);
            workbook.SaveAs(buffer);
        }

        File.WriteAllBytes(path, Restamp(buffer.ToArray()));
    }

    /// <summary>The long layout: measure,month,value,numerator,denominator,volume,margin.</summary>
    public static void LongCsv(IReadOnlyList<GeneratedSeries> series, string path)
    {
        var text = new StringBuilder("measure,month,value,numerator,denominator,volume,margin\n");
        foreach (var s in series)
        {
            for (var i = 0; i < Months.Count; i++)
            {
                if (s.Value[i] is null && s.Numerator[i] is null)
                {
                    continue;
                }

                text.Append(CultureInfo.InvariantCulture, $"{s.Id},{Months.At(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)},{N(s.Value[i])},{N(s.Numerator[i])},{N(s.Denominator[i])},{N(s.Volume[i])},{N(s.Margin[i])}\n");
            }
        }

        File.WriteAllText(path, text.ToString(), Utf8);
    }

    public static void PeersCsv(PeerData peers, string path)
    {
        var text = new StringBuilder("measure,force,month,value,population\n");
        foreach (var o in peers.Observations)
        {
            text.Append(CultureInfo.InvariantCulture, $"{o.MeasureKey},{o.Force},{o.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)},{N(o.Value)},{N(o.Population)}\n");
        }

        File.WriteAllText(path, text.ToString(), Utf8);
    }

    /// <summary>The measures as they go into scorecard.config.json.</summary>
    public static void MeasuresJson(string path)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("priorities");
            for (var p = 0; p < Catalogue.PriorityTitles.Length; p++)
            {
                json.WriteStartObject();
                json.WriteString("title", Catalogue.PriorityTitles[p]);
                json.WriteStartArray("measures");
                foreach (var m in Catalogue.Measures.Where(m => m.Priority == p + 1))
                {
                    json.WriteStartObject();
                    json.WriteString("id", m.Id);
                    json.WriteString("name", m.Name);
                    json.WriteString("kind", m.Kind);
                    json.WriteString("polarity", m.Polarity);
                    if (m.Decimals is { } decimals)
                    {
                        json.WriteStartObject("format");
                        json.WriteString("style", m.Style);
                        json.WriteNumber("decimals", decimals);
                        json.WriteEndObject();
                    }
                    else
                    {
                        json.WriteString("format", m.Style);
                    }

                    json.WriteString("unit", m.Unit);
                    if (m.Peer is not null)
                    {
                        json.WriteString("peer", m.Peer);
                    }

                    if (m.PeerUnit is not null)
                    {
                        json.WriteString("peerUnit", m.PeerUnit);
                    }

                    if (m.Description is not null)
                    {
                        json.WriteString("description", m.Description);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("peerGroup");
            json.WriteString("name", "most similar group (MSG)");
            json.WriteString("asOf", "2019-01-01");
            json.WriteStartArray("forces");
            foreach (var (name, _) in Peers.Group)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        File.WriteAllText(path, Utf8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n", Utf8);
    }

    public static void CalibrationMarkdown(IReadOnlyList<CalibrationRow> rows, string path)
    {
        var text = new StringBuilder();
        text.Append("# Calibration: the reference report's figures against the example data\n\n");
        text.Append("Written by `dotnet run --project examples/generator`; the generator stops with an error if any row misses.\n");
        text.Append("Percentages must print as the report prints them under both half-away-from-zero and half-to-even rounding;\n");
        text.Append("durations (seconds) must round to the printed second. \"(narrative)\" rows check a statement in the report's words.\n\n");
        text.Append("| measure | figure | report | example data | hit |\n|---|---|---|---|---|\n");
        foreach (var r in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {r.Measure} | {r.Figure} | {r.Printed} | {r.Achieved} | {(r.Hit ? "yes" : "**NO**")} |\n");
        }

        File.WriteAllText(path, text.ToString(), Utf8);
    }

    /// <summary>The (key, monthly values) rows of the wide layout, in measure order.</summary>
    private static IEnumerable<(string Key, double?[] Values)> Rows(IReadOnlyList<GeneratedSeries> series)
    {
        foreach (var s in series)
        {
            if (s.HasRatioParts)
            {
                yield return ($"{s.Id}.numerator", s.Numerator);
                yield return ($"{s.Id}.denominator", s.Denominator);
                continue;
            }

            yield return (s.Id, s.Value);
            if (s.HasVolume)
            {
                yield return ($"{s.Id}.volume", s.Volume);
            }

            if (s.HasMargin)
            {
                yield return ($"{s.Id}.margin", s.Margin);
            }
        }
    }

    private static string N(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Rewrites the package with every zip entry stamped <see cref="FixedStamp"/>, so reruns give the same bytes.</summary>
    private static byte[] Restamp(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                // System.IO.Packaging names the core-properties part and the package relationships
                // with fresh GUIDs on every save; give them fixed names.
                var name = CorePropertiesPart().IsMatch(entry.FullName) ? FixedCorePropertiesPart : entry.FullName;
                var copy = archive.CreateEntry(name, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(FixedStamp);
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    using var reader = new StreamReader(from, Encoding.UTF8);
                    var rels = CorePropertiesPart().Replace(reader.ReadToEnd(), FixedCorePropertiesPart);
                    var n = 0;
                    rels = RandomRelationshipId().Replace(rels, _ => string.Create(CultureInfo.InvariantCulture, $"Id=\"R{++n:D16}\""));
                    to.Write(Encoding.UTF8.GetPreamble());
                    to.Write(Encoding.UTF8.GetBytes(rels));
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }
}

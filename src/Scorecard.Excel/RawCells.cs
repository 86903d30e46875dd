using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Scorecard.Excel;

/// <summary>
/// What ClosedXML 0.95 loses when it loads a sheet, read from the sheet's XML, keyed by cell
/// ("D3"): numbers exactly as stored (it keeps 15 significant digits; Excel stores up to 17,
/// and 1/3 must read back as the same double), error cells (it reads a stored #DIV/0! as an
/// empty string) and formulas with no saved result (it reads them as empty).
/// It also reads whether the workbook counts dates from 1904 (<c>&lt;workbookPr date1904="1"/&gt;</c>,
/// as Mac Excel may save), so that date serial numbers read as the dates shown.
/// Anything unexpected in the package yields empty maps, and ClosedXML's values stand.
/// </summary>
internal sealed record RawCells(
    IReadOnlyDictionary<string, double> Numbers,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlySet<string> FormulasWithoutResult,
    bool Date1904 = false)
{
    public static RawCells None { get; } = new(new Dictionary<string, double>(), new Dictionary<string, string>(), new HashSet<string>());

    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static RawCells Read(byte[] workbook, string sheetName)
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var uncached = new HashSet<string>(StringComparer.Ordinal);
        var date1904 = false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(workbook, writable: false), ZipArchiveMode.Read);
            (var part, date1904) = SheetPart(zip, sheetName);
            var entry = part is null ? null : zip.GetEntry(part);
            if (entry is null)
            {
                return None with { Date1904 = date1904 };
            }

            using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
            string? cell = null;
            string? type = null;
            var hasFormula = false;
            var hasValue = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "c" && cell is not null)
                {
                    if (hasFormula && !hasValue)
                    {
                        uncached.Add(cell);
                    }

                    cell = null;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "c":
                        cell = reader.GetAttribute("r");
                        type = reader.GetAttribute("t");
                        hasFormula = false;
                        hasValue = false;
                        if (reader.IsEmptyElement)
                        {
                            cell = null;
                        }

                        break;
                    case "f" when cell is not null:
                        hasFormula = true;
                        break;
                    case "v" when cell is not null:
                        var text = reader.ReadElementContentAsString();
                        hasValue = true;
                        if (type == "e")
                        {
                            errors[cell] = text.Trim();
                        }
                        else if (type is null or "n" && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                        {
                            numbers[cell] = number;
                        }

                        if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "c")
                        {
                            if (hasFormula && !hasValue)
                            {
                                uncached.Add(cell);
                            }

                            cell = null;
                        }

                        break;
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            return None;
        }

        return new RawCells(numbers, errors, uncached, date1904);
    }

    /// <summary>The path in the zip of the sheet's part, and whether the workbook uses the 1904 date system.</summary>
    private static (string? Part, bool Date1904) SheetPart(ZipArchive zip, string sheetName)
    {
        var workbookEntry = zip.GetEntry("xl/workbook.xml");
        var relsEntry = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (workbookEntry is null || relsEntry is null)
        {
            return (null, false);
        }

        XDocument workbook, rels;
        using (var stream = workbookEntry.Open())
        {
            workbook = XDocument.Load(stream);
        }

        using (var stream = relsEntry.Open())
        {
            rels = XDocument.Load(stream);
        }

        var date1904 = workbook.Descendants().FirstOrDefault(e => e.Name.LocalName == "workbookPr")?.Attribute("date1904")?.Value is "1" or "true";
        var id = workbook.Descendants().Where(e => e.Name.LocalName == "sheet")
            .FirstOrDefault(e => (string?)e.Attribute("name") == sheetName)?
            .Attribute(XName.Get("id", RelationshipNamespace))?.Value;
        var target = rels.Descendants().Where(e => e.Name.LocalName == "Relationship")
            .FirstOrDefault(e => (string?)e.Attribute("Id") == id)?
            .Attribute("Target")?.Value;
        if (target is null)
        {
            return (null, date1904);
        }

        return (target.StartsWith('/') ? target[1..] : "xl/" + target, date1904);
    }
}

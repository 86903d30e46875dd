using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Scorecard.Excel;

/// <summary>
/// The numbers of one sheet exactly as the file stores them. ClosedXML 0.95 keeps a loaded
/// number to 15 significant digits; Excel stores up to 17, and a figure such as 1/3 must read
/// back as the same double. Keyed by cell ("D3"); only plain numeric cells (no type, or t="n").
/// Anything unexpected in the package yields an empty map, and ClosedXML's value stands.
/// </summary>
internal static class RawNumbers
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static IReadOnlyDictionary<string, double> Read(byte[] workbook, string sheetName)
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(workbook, writable: false), ZipArchiveMode.Read);
            var part = SheetPart(zip, sheetName);
            var entry = part is null ? null : zip.GetEntry(part);
            if (entry is null)
            {
                return numbers;
            }

            using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
            string? cell = null;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "c")
                {
                    var type = reader.GetAttribute("t");
                    cell = type is null or "n" ? reader.GetAttribute("r") : null;
                }
                else if (reader.LocalName == "v" && cell is not null)
                {
                    if (double.TryParse(reader.ReadElementContentAsString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        numbers[cell] = number;
                    }

                    cell = null;
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            numbers.Clear();
        }

        return numbers;
    }

    private static string? SheetPart(ZipArchive zip, string sheetName)
    {
        var workbookEntry = zip.GetEntry("xl/workbook.xml");
        var relsEntry = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (workbookEntry is null || relsEntry is null)
        {
            return null;
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

        var id = workbook.Descendants().Where(e => e.Name.LocalName == "sheet")
            .FirstOrDefault(e => (string?)e.Attribute("name") == sheetName)?
            .Attribute(XName.Get("id", RelationshipNamespace))?.Value;
        var target = rels.Descendants().Where(e => e.Name.LocalName == "Relationship")
            .FirstOrDefault(e => (string?)e.Attribute("Id") == id)?
            .Attribute("Target")?.Value;
        if (target is null)
        {
            return null;
        }

        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }
}

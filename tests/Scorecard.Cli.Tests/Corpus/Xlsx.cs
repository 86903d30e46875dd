using System.IO.Compression;
using System.Text;

namespace Scorecard.Cli.Tests.Corpus;

/// <summary>The smallest workbook package that holds one sheet named Monthly, its parts given as text.</summary>
internal static class Xlsx
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A wide sheet of crime-volume for 2017-10 to 2019-09 (24 months), the rows given as XML.</summary>
    public static string Rows(Func<int, string?>? value = null)
    {
        var header = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Measure</t></is></c>");
        var data = new StringBuilder("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>crime-volume</t></is></c>");
        for (var i = 0; i < 24; i++)
        {
            var column = Column(i + 2);
            var month = new DateOnly(2017, 10, 1).AddMonths(i);
            header.Append(System.Globalization.CultureInfo.InvariantCulture, $"<c r=\"{column}1\" t=\"inlineStr\"><is><t>{month:yyyy-MM}</t></is></c>");
            data.Append(System.Globalization.CultureInfo.InvariantCulture, $"<c r=\"{column}2\">{value?.Invoke(i) ?? $"<v>{3500 + (i * 10)}</v>"}</c>");
        }

        return header.Append("</row>").ToString() + data.Append("</row>").ToString();
    }

    public static string Column(int number)
    {
        var name = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The sheet part: an optional prologue (a DOCTYPE), then the worksheet with <paramref name="sheetData"/>.</summary>
    public static string Sheet(string sheetData, string prologue = "") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>{prologue}<worksheet xmlns=\"{Main}\"><sheetData>{sheetData}</sheetData></worksheet>";

    /// <summary>
    /// The package around <paramref name="sheetPart"/>, stored under <paramref name="sheetName"/> (a
    /// name need not end in .xml: its relationship and content type say what it is). Its styles are
    /// General (0) and a date (1, built-in format 14); <paramref name="styles"/> false leaves the
    /// styles part out altogether, as a workbook may.
    /// </summary>
    public static byte[] Package(string sheetPart, CompressionLevel level = CompressionLevel.Fastest, string sheetName = "sheet1.xml", bool styles = true)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }

            Add("[Content_Types].xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>{(styles ? "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" : string.Empty)}<Override PartName=\"/xl/worksheets/{sheetName}\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Add("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Monthly\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add("xl/_rels/workbook.xml.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/{sheetName}\"/>{(styles ? "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" : string.Empty)}</Relationships>");
            if (styles)
            {
                Add("xl/styles.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"{Main}\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
            }

            Add("xl/worksheets/" + sheetName, sheetPart);
        }

        return buffer.ToArray();
    }
}
